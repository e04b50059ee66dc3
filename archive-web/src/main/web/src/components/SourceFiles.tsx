import { useEffect, useState } from 'preact/hooks';
import { fieldId, FileField } from '../forms/fields';
import { NO_RIGHTS, RightsField, rightsProblem, rightsUri, type RightsValue } from '../forms/RightsField';
import { useUpload } from '../forms/useUpload';
import { announce } from '../lib/announce';
import { contentUrl, formatBytes, formatLabel } from '../lib/files';
import { formatInstant } from '../lib/format';
import { uploadFieldErrors } from '../lib/problem';
import { apiPath } from '../lib/query';
import { rightsLabel } from '../lib/rights';
import type { FileView } from '../lib/types';
import { ProblemNotice } from './Status';

/** A source's files: name (a download), format, size, rights, and who added it when. */
export function FileList({ files }: { files: readonly FileView[] }) {
  if (!files.length) return <p class="hint">No files are attached to this source yet.</p>;
  return (
    <ul class="file-list">
      {files.map((file) => (
        <li key={file.id}>
          <a class="file-name" href={contentUrl(file.id)} download={file.filename}>
            <span class="sr-only">Download </span>
            {file.filename}
          </a>
          <p class="record-meta">
            <span>{formatLabel(file.format)}</span>
            <span>{formatBytes(file.size)}</span>
            {file.locator && <span>{file.locator}</span>}
            <span>
              <span class="sr-only">Rights: </span>
              <a href={file.rights} rel="license">
                {rightsLabel(file.rights)}
              </a>
            </span>
            <span>
              Added {formatInstant(file.uploadedAt)} by {file.uploadedBy}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * A librarian's form to attach a file (a score encoding, a PDF, an image or a recording) to a
 * source, with the file's rights statement. The server reads the file; when it refuses it, its
 * reason appears next to the file field.
 */
export function AttachFile({ sourceId, sourceTitle, onAttached }: { sourceId: number; sourceTitle: string; onAttached: (file: FileView) => void }) {
  const upload = useUpload<FileView>();
  const [file, setFile] = useState<File | null>(null);
  const [rights, setRights] = useState<RightsValue>(NO_RIGHTS);
  const [errors, setErrors] = useState<{ file?: string; rights?: string }>({});
  const [inputKey, setInputKey] = useState(0);
  const [attached, setAttached] = useState('');
  const names = { file: `file-${sourceId}`, rights: `rights-${sourceId}` };

  function focusFirst(found: { file?: string; rights?: string }) {
    const name = found.file ? names.file : found.rights ? (rights.choice === 'other' ? `${names.rights}-uri` : names.rights) : null;
    if (name) window.setTimeout(() => document.getElementById(fieldId(name))?.focus());
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (upload.sending) return;
    setAttached('');
    upload.clearError();
    const found = { file: file ? undefined : 'Choose a file to attach.', rights: rightsProblem(rights) ?? undefined };
    if (found.file || found.rights) {
      setErrors(found);
      focusFirst(found);
      announce('Not attached: ' + [found.file, found.rights].filter(Boolean).join(' '));
      return;
    }
    setErrors({});
    const created = await upload.send(
      apiPath(`/sources/${sourceId}/files`, { name: file!.name, rights: rightsUri(rights) }),
      file!,
      'application/octet-stream',
    );
    if (created) {
      const message = `Attached ${created.filename} (${formatLabel(created.format)}, ${formatBytes(created.size)}).`;
      setAttached(message);
      announce(message);
      setFile(null);
      setInputKey((n) => n + 1);
      onAttached(created);
    }
  }

  // A refused upload's reason goes next to the field it concerns.
  const failure = upload.error;
  const placed = failure ? uploadFieldErrors(failure.problem) : {};
  const fileError = errors.file ?? placed.file;
  const rightsError = errors.rights ?? placed.rights;
  useEffect(() => {
    if (failure && (placed.file || placed.rights)) focusFirst(placed);
  }, [failure]);

  return (
    <form class="attach-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>
          Attach a file<span class="sr-only"> to {sourceTitle}</span>
        </legend>
        <FileField
          key={inputKey}
          name={names.file}
          label="File"
          required
          hint="A score encoding (MusicXML, MXL, MEI, ABC, Humdrum, MARCXML), a PDF, an image or a recording."
          onChange={(chosen) => {
            setFile(chosen);
            setErrors((current) => ({ ...current, file: undefined }));
            upload.clearError();
          }}
          error={fileError}
        />
        <RightsField name={names.rights} value={rights} onChange={setRights} error={rightsError} />
        {failure && placed.other && <ProblemNotice error={failure} />}
        <div class="form-actions">
          <button type="submit" class="button primary" aria-disabled={upload.sending ? 'true' : undefined}>
            Attach
          </button>
          {upload.sending && (
            <>
              <progress max={100} value={upload.percent} aria-label="Upload progress" />
              <span class="saving">{upload.percent}% sent</span>
              <button type="button" class="button secondary" onClick={upload.cancel}>
                Cancel upload
              </button>
            </>
          )}
        </div>
        {attached && <p class="attach-done">{attached}</p>}
      </fieldset>
    </form>
  );
}
