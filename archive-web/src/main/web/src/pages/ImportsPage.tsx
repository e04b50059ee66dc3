import { useEffect, useState } from 'preact/hooks';
import { Heading } from '../components/Heading';
import { ImportBar } from '../components/ImportBar';
import { Pager } from '../components/Pager';
import { RequireRole } from '../components/RequireRole';
import { Loading, ProblemNotice } from '../components/Status';
import { fieldId, FileField, TextField } from '../forms/fields';
import { NO_RIGHTS, RightsField, rightsProblem, rightsUri, type RightsValue } from '../forms/RightsField';
import { useUpload } from '../forms/useUpload';
import { announce, flash } from '../lib/announce';
import { asApiError, getJson, sendJson } from '../lib/api';
import { hasRole, sessionStore } from '../lib/auth';
import { formatBytes } from '../lib/files';
import { count, formatInstant } from '../lib/format';
import { uploadFieldErrors, type ApiError } from '../lib/problem';
import { isActive, STATE_WORDS } from '../lib/progress';
import { usePolled } from '../lib/polling';
import { apiPage, apiPath, hrefWith, readPage } from '../lib/query';
import { navigate, useLocation } from '../lib/router';
import { useStore } from '../lib/store';
import type { ImportView, Page } from '../lib/types';

const PAGE_SIZE = 20;

/** Librarians: start a bulk import from a zip (admins also from a server folder) and follow the imports. */
export function ImportsPage() {
  return (
    <RequireRole role="librarian" purpose="import files in bulk">
      <Imports />
    </RequireRole>
  );
}

function Imports() {
  const admin = hasRole(useStore(sessionStore), 'admin');
  const { params, search } = useLocation();
  const page = readPage(params);
  // While any import on the page runs, the list refreshes itself every few seconds.
  const imports = usePolled(
    (signal) => getJson<Page<ImportView>>(apiPath('/imports', { page: apiPage(page), size: PAGE_SIZE }), signal).then((r) => r.body),
    search,
    (data) => data.items.some((item) => isActive(item.state)),
    3000,
  );

  return (
    <>
      <Heading>Imports</Heading>
      <p class="lead">
        Import a zip of score files (MusicXML, MXL, MEI, ABC, Humdrum, MARCXML, with PDFs, images and recordings). Each file is checked and
        read; a file already in the archive (same checksum) is not stored twice, and the report says what became of every file.
      </p>
      <ZipImportForm />
      {admin && <FolderImportForm />}
      <section aria-labelledby="imports-heading">
        <h2 id="imports-heading">Recent imports</h2>
        {imports.error && (
          <ProblemNotice error={imports.error}>
            <button type="button" class="button secondary" onClick={imports.reload}>
              Try again
            </button>
          </ProblemNotice>
        )}
        {!imports.data && !imports.error && <Loading />}
        {imports.data &&
          (imports.data.items.length ? (
            <>
              <p class="list-count">{count(imports.data.totalItems, 'import')}, newest first.</p>
              <ul class="record-list">
                {imports.data.items.map((item) => (
                  <li key={item.id}>
                    <a class="record-title" href={`/imports/${item.id}`}>
                      {item.origin}
                    </a>
                    <span class={`badge badge-${item.state.toLowerCase()}`}>{STATE_WORDS[item.state]}</span>
                    <p class="record-meta">
                      <span>Started by {item.startedBy}</span>
                      <span>{formatInstant(item.createdAt)}</span>
                      <span>
                        {item.imported} imported, {item.duplicates} duplicate, {item.merged} merged, {item.rejected} rejected
                      </span>
                    </p>
                    {isActive(item.state) && <ImportBar view={item} labelled={`Progress of ${item.origin}`} />}
                  </li>
                ))}
              </ul>
              <Pager page={page} totalPages={imports.data.totalPages} hrefFor={(n) => hrefWith('/imports', params, { page: n })} />
            </>
          ) : (
            <p>No imports yet.</p>
          ))}
      </section>
    </>
  );
}

/** A zip file and the rights statement of everything in it; on success, the import's own page. */
function ZipImportForm() {
  const upload = useUpload<ImportView>();
  const [file, setFile] = useState<File | null>(null);
  const [rights, setRights] = useState<RightsValue>(NO_RIGHTS);
  const [errors, setErrors] = useState<{ file?: string; rights?: string }>({});
  const placed = upload.error ? uploadFieldErrors(upload.error.problem) : {};
  const fileError = errors.file ?? placed.file;
  const rightsError = errors.rights ?? placed.rights;

  useEffect(() => {
    if (placed.file || placed.rights) focusField(placed.file ? 'zip' : rights.choice === 'other' ? 'zip-rights-uri' : 'zip-rights');
  }, [upload.error]);

  async function submit(event: Event) {
    event.preventDefault();
    if (upload.sending) return;
    upload.clearError();
    const found = {
      file: !file ? 'Choose a zip file.' : /\.zip$/i.test(file.name) ? undefined : 'Choose a .zip file.',
      rights: rightsProblem(rights) ?? undefined,
    };
    setErrors(found);
    if (found.file || found.rights) {
      focusField(found.file ? 'zip' : rights.choice === 'other' ? 'zip-rights-uri' : 'zip-rights');
      announce('Not started: ' + [found.file, found.rights].filter(Boolean).join(' '));
      return;
    }
    const started = await upload.send(apiPath('/imports', { name: file!.name, rights: rightsUri(rights) }), file!, 'application/zip');
    if (started) {
      navigate(`/imports/${started.id}`);
      flash(`Import of ${started.origin} started.`);
    }
  }

  return (
    <form class="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="zip-import-heading">
      <h2 id="zip-import-heading">Import a zip file</h2>
      <FileField
        name="zip"
        label="Zip file"
        required
        accept=".zip,application/zip"
        hint={file ? `${file.name}, ${formatBytes(file.size)}.` : 'Folders inside the zip are kept as the files’ paths in the report.'}
        onChange={(chosen) => {
          setFile(chosen);
          setErrors((current) => ({ ...current, file: undefined }));
          upload.clearError();
        }}
        error={fileError}
      />
      <RightsField name="zip-rights" value={rights} onChange={setRights} error={rightsError} />
      {upload.error && placed.other && <ProblemNotice error={upload.error} />}
      <div class="form-actions">
        <button type="submit" class="button primary" aria-disabled={upload.sending ? 'true' : undefined}>
          Start import
        </button>
        {upload.sending && (
          <>
            <progress max={100} value={upload.percent} aria-label="Upload progress" />
            <span class="saving">{upload.percent}% uploaded</span>
            <button type="button" class="button secondary" onClick={upload.cancel}>
              Cancel upload
            </button>
          </>
        )}
      </div>
    </form>
  );
}

/** Admins: import a folder that is already on the server, under its import root. */
function FolderImportForm() {
  const [folder, setFolder] = useState('');
  const [rights, setRights] = useState<RightsValue>(NO_RIGHTS);
  const [errors, setErrors] = useState<{ folder?: string; rights?: string }>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = {
      folder: folder.trim() ? undefined : 'Type the folder’s path under the import folder.',
      rights: rightsProblem(rights) ?? undefined,
    };
    setErrors(found);
    if (found.folder || found.rights) {
      focusField(found.folder ? 'folder' : rights.choice === 'other' ? 'folder-rights-uri' : 'folder-rights');
      announce('Not started: ' + [found.folder, found.rights].filter(Boolean).join(' '));
      return;
    }
    setBusy(true);
    try {
      const started = (await sendJson<ImportView>('POST', '/imports/folder', { folder: folder.trim(), rights: rightsUri(rights) })).body;
      navigate(`/imports/${started.id}`);
      flash(`Import of ${started.origin} started.`);
    } catch (thrown) {
      const error = asApiError(thrown);
      // A refusal is placed like an upload's: the rights next to the rights, anything else about the folder next to it.
      const placed = uploadFieldErrors(error.problem);
      if (placed.other) {
        setFailure(error);
      } else {
        setErrors({ folder: placed.file, rights: placed.rights });
        focusField(placed.file ? 'folder' : rights.choice === 'other' ? 'folder-rights-uri' : 'folder-rights');
      }
      announce(`Not started: ${error.problem.detail ?? error.problem.title}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="record-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="folder-import-heading">
      <h2 id="folder-import-heading">Import a server folder</h2>
      <p class="hint">Admins only: a folder already on the server, given relative to the archive’s import folder.</p>
      <TextField
        name="folder"
        label="Folder"
        required
        hint="For example “openscore-lieder/scores”."
        value={folder}
        onInput={setFolder}
        error={errors.folder}
        spellcheck={false}
      />
      <RightsField name="folder-rights" value={rights} onChange={setRights} error={errors.rights} />
      {failure && <ProblemNotice error={failure} />}
      <div class="form-actions">
        <button type="submit" class="button primary" aria-disabled={busy ? 'true' : undefined}>
          Import the folder
        </button>
      </div>
    </form>
  );
}

function focusField(name: string) {
  window.setTimeout(() => document.getElementById(fieldId(name))?.focus());
}
