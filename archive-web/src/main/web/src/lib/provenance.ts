/** Ledger entries as a record's provenance trail shows them. */

const EVENT_WORDS: Record<string, string> = {
  'work.created': 'Work catalogued',
  'source.created': 'Source catalogued',
  'file.ingested': 'File ingested',
  'fixity.checked': 'Fixity checked',
  'revision.restored': 'Earlier revision restored',
};

/** An event type in words: "file.ingested" → "File ingested", "work.role-granted" → "Work role granted". */
export function eventLabel(type: string): string {
  const known = EVENT_WORDS[type];
  if (known) return known;
  const words = type
    .split(/[.\-_]+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : type;
}

/** Who did it: "user:alice" → "alice"; the system's own actions say so. */
export function actorName(actor: string): string {
  const name = actor.replace(/^user:/, '');
  return name === 'system' || actor.startsWith('system') ? 'the archive itself' : name;
}

/** The first characters of a hash, enough to recognise it. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? hash.slice(0, length) : hash;
}

/** The few payload fields worth a word in the trail (file name, outcome, reason), if present. */
export function payloadSummary(payload: string | null | undefined): string {
  const fields = parsePayload(payload);
  if (!fields) return '';
  const parts: string[] = [];
  for (const key of ['filename', 'name', 'outcome', 'reason']) {
    const value = fields[key];
    if (typeof value === 'string' && value) parts.push(key === 'outcome' ? value.toLowerCase() : value);
  }
  return parts.join(', ');
}

/** The payload indented for reading; as given when it is not JSON. */
export function prettyPayload(payload: string | null | undefined): string {
  if (!payload) return '';
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

function parsePayload(payload: string | null | undefined): Record<string, unknown> | null {
  if (!payload) return null;
  try {
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
