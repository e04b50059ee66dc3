import { ProblemText } from '../components/Status';
import { fieldLabel, inFormOrder, KINDS, type Kind } from '../lib/kinds';
import { fieldId } from './fields';
import type { RecordForm } from './useRecordForm';

/**
 * What went wrong with the last save, at the top of the form: a linked list of the fields to
 * correct, the server's explanation of any other failure, or the notice that someone else saved
 * the record first.
 */
export function FormProblems<F extends object>({
  kind,
  state,
  describe,
}: {
  kind: Kind;
  state: RecordForm<F>;
  /** How a form value reads in the conflict notice. */
  describe: (field: keyof F & string, form: F) => string;
}) {
  const { error, conflict, fieldErrors, problemRef } = state;
  if (!error) return null;
  const noun = KINDS[kind].noun;

  if (conflict) {
    return (
      <div class="notice notice-warning" role="alert" tabIndex={-1} ref={problemRef}>
        <h2>Someone else changed this {noun}</h2>
        <p>It was saved by someone else after you opened this form, so your changes were not saved. Everything you typed is still here.</p>
        {!conflict.latest ? (
          <button type="button" class="button secondary" onClick={() => void state.loadLatest()}>
            Load their changes
          </button>
        ) : conflict.changed.length ? (
          <>
            <p>They changed:</p>
            <ul>
              {conflict.changed.map((field) => (
                <li key={field}>
                  {fieldLabel(kind, field)}: now “{describe(field, conflict.latest!) || 'empty'}”
                </li>
              ))}
            </ul>
            <p>Save again to store your version of every field, or take their version instead.</p>
            <button type="button" class="button secondary" onClick={state.takeLatest}>
              Use their version
            </button>
          </>
        ) : (
          <p>They changed nothing this form shows. Save again to store your changes.</p>
        )}
      </div>
    );
  }

  const entries = inFormOrder(kind, Object.keys(fieldErrors)).map((field) => [field, fieldErrors[field]] as const);
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={problemRef}>
      <h2>{entries.length ? 'Please correct the following' : 'Not saved'}</h2>
      {entries.length ? (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${fieldId(field)}`}
                onClick={(event) => {
                  const target = document.getElementById(fieldId(field));
                  if (target) {
                    event.preventDefault();
                    target.focus();
                  }
                }}
              >
                {fieldLabel(kind, field)}: {message}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <ProblemText error={error} />
      )}
    </div>
  );
}
