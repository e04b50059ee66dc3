import { useState } from 'preact/hooks';
import { Heading } from '../components/Heading';
import { Pager } from '../components/Pager';
import { RequireRole } from '../components/RequireRole';
import { ErrorPage, Loading, ProblemNotice } from '../components/Status';
import { announce } from '../lib/announce';
import { asApiError, getJson, sendJson } from '../lib/api';
import { roles } from '../lib/auth';
import { count, formatInstant } from '../lib/format';
import type { ApiError } from '../lib/problem';
import { apiPage, apiPath, hrefWith, readPage, readText } from '../lib/query';
import { useResource } from '../lib/resource';
import { navigate, useLocation } from '../lib/router';
import type { LedgerEntry, Member, MemberPage } from '../lib/types';

const PAGE_SIZE = 20;

/** Admins: find members, grant and revoke roles, see each member's role history. */
export function MembersPage() {
  return (
    <RequireRole role="admin" purpose="manage members">
      <Members />
    </RequireRole>
  );
}

function Members() {
  const { params, search } = useLocation();
  const page = readPage(params);
  const text = readText(params, 'search');
  const members = useResource(
    (signal) =>
      getJson<MemberPage>(apiPath('/members', { search: text, page: apiPage(page), size: PAGE_SIZE }), signal).then((r) => r.body),
    search,
  );
  if (members.error) return <ErrorPage error={members.error} onRetry={members.reload} />;
  const totalPages = members.data ? Math.ceil(members.data.totalItems / PAGE_SIZE) : 0;
  return (
    <>
      <Heading>Members</Heading>
      <MemberSearch key={text} initial={text} onApply={(value) => navigate(hrefWith('/members', params, { search: value }))} />
      {!members.data ? (
        <Loading />
      ) : (
        <div aria-busy={members.loading ? 'true' : undefined}>
          <p class="list-count">
            {count(members.data.totalItems, 'member')}
            {text ? ` matching “${text}”` : ''}
          </p>
          <ul class="member-list">
            {members.data.items.map((member) => (
              <MemberCard key={member.id} initial={member} />
            ))}
          </ul>
          <Pager page={page} totalPages={totalPages} hrefFor={(n) => hrefWith('/members', params, { page: n })} />
        </div>
      )}
    </>
  );
}

function MemberSearch({ initial, onApply }: { initial: string; onApply: (text: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      class="inline-form"
      role="search"
      aria-label="Members"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(value.trim());
      }}
    >
      <label for="member-search">Search members</label>
      <input id="member-search" type="search" value={value} autoComplete="off" onInput={(event) => setValue(event.currentTarget.value)} />
      <button type="submit" class="button secondary">
        Find
      </button>
    </form>
  );
}

function displayName(member: Member): string {
  return [member.firstName, member.lastName].filter(Boolean).join(' ') || member.username;
}

function MemberCard({ initial }: { initial: Member }) {
  const [member, setMember] = useState(initial);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const name = displayName(member);
  const held = new Set(member.roles ?? []);

  async function toggle(role: string, grant: boolean) {
    setPending(role);
    setError(null);
    try {
      const path = `/members/${encodeURIComponent(member.id)}/roles/${encodeURIComponent(role)}`;
      const updated = (await sendJson<Member>(grant ? 'PUT' : 'DELETE', path)).body;
      setMember(updated);
      announce(`${grant ? 'Granted' : 'Revoked'} the ${role} role ${grant ? 'to' : 'from'} ${name}.`);
    } catch (thrown) {
      const failure = asApiError(thrown);
      setError(failure);
      announce(failure.problem.detail ?? failure.problem.title);
    } finally {
      setPending(null);
    }
  }

  const historyId = `history-${member.id}`;
  return (
    <li class="member">
      <h2>{name}</h2>
      <p class="record-meta">
        <span>{member.username}</span>
        {member.email && <span>{member.email}</span>}
        {!member.enabled && <span class="badge">Account disabled</span>}
      </p>
      <fieldset class="roles">
        <legend>Roles of {name}</legend>
        {roles().map((role) => (
          <label key={role} class="check">
            <input
              type="checkbox"
              checked={held.has(role)}
              disabled={pending !== null}
              onChange={(event) => void toggle(role, event.currentTarget.checked)}
            />
            {role}
          </label>
        ))}
      </fieldset>
      {error && <ProblemNotice error={error} />}
      <button
        type="button"
        class="button small secondary"
        aria-expanded={showHistory ? 'true' : 'false'}
        aria-controls={historyId}
        onClick={() => setShowHistory(!showHistory)}
      >
        Role history
      </button>
      <div id={historyId}>{showHistory && <RoleHistory member={member} />}</div>
    </li>
  );
}

const CHANGE_WORDS: Record<string, string> = {
  'member.role-granted': 'granted',
  'member.role-revoked': 'revoked',
};

/** The member's role changes as the provenance ledger recorded them, newest first. */
function RoleHistory({ member }: { member: Member }) {
  const history = useResource(
    (signal) => getJson<LedgerEntry[]>(`/members/${encodeURIComponent(member.id)}/history`, signal).then((r) => r.body),
    `${member.id}:${(member.roles ?? []).join(',')}`,
  );
  if (history.error) return <ProblemNotice error={history.error} />;
  if (!history.data) return <Loading />;
  if (!history.data.length) return <p>No role changes are recorded for {displayName(member)}.</p>;
  return (
    <ol class="ledger">
      {history.data.map((entry) => (
        <li key={entry.sequence}>
          <span class="record-meta">{formatInstant(entry.recordedAt)}</span> {entry.actor.replace(/^user:/, '')}{' '}
          {CHANGE_WORDS[entry.type] ?? entry.type} <strong>{roleOf(entry.payload)}</strong>
        </li>
      ))}
    </ol>
  );
}

function roleOf(payload: string | undefined): string {
  if (!payload) return '';
  try {
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { role?: unknown }).role === 'string'
      ? (parsed as { role: string }).role
      : '';
  } catch {
    return '';
  }
}
