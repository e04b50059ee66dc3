import { chosenRights, COMMON_RIGHTS, looksLikeUri, OTHER_RIGHTS } from '../lib/rights';
import { SelectField, TextField } from './fields';

export interface RightsValue {
  /** A common URI, OTHER_RIGHTS, or '' before anything is chosen. */
  choice: string;
  /** The URI typed in when the choice is OTHER_RIGHTS. */
  other: string;
}

export const NO_RIGHTS: RightsValue = { choice: '', other: '' };

const CHOICES = [
  { value: '', label: 'Choose a rights statement' },
  ...COMMON_RIGHTS.map((rights) => ({ value: rights.uri, label: rights.label })),
  { value: OTHER_RIGHTS, label: 'Other: type its URI' },
];

/**
 * The rights statement of uploaded files: a select of the common Creative Commons and
 * rightsstatements.org URIs, and a URI field when "Other" is chosen. `name` makes the controls'
 * ids (`field-<name>`, `field-<name>-uri`), so several forms can share a page.
 */
export function RightsField({
  name,
  value,
  onChange,
  error,
}: {
  name: string;
  value: RightsValue;
  onChange: (value: RightsValue) => void;
  error?: string;
}) {
  const other = value.choice === OTHER_RIGHTS;
  return (
    <>
      <SelectField
        name={name}
        label="Rights"
        required
        hint="Who may use the file, and how: a Creative Commons licence or a rightsstatements.org statement."
        value={value.choice}
        onChange={(choice) => onChange({ ...value, choice })}
        choices={CHOICES}
        error={other ? undefined : error}
      />
      {other && (
        <TextField
          name={`${name}-uri`}
          label="Rights URI"
          required
          hint="For example https://creativecommons.org/licenses/by-nd/4.0/"
          value={value.other}
          onInput={(text) => onChange({ ...value, other: text })}
          error={error}
          spellcheck={false}
        />
      )}
    </>
  );
}

/** What to say before sending, when the rights field cannot be right; null when it may be. */
export function rightsProblem(value: RightsValue): string | null {
  if (!value.choice) return 'Choose a rights statement.';
  if (value.choice === OTHER_RIGHTS && !looksLikeUri(value.other)) return 'Type the statement’s URI, starting with https://.';
  return null;
}

export function rightsUri(value: RightsValue): string {
  return chosenRights(value.choice, value.other);
}
