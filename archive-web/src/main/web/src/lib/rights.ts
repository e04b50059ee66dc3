/**
 * Rights statements: every stored file carries one, as a rightsstatements.org or Creative Commons
 * URI. The forms offer the common ones by name, and any other URI typed in.
 */

export interface RightsChoice {
  uri: string;
  label: string;
}

export const COMMON_RIGHTS: readonly RightsChoice[] = [
  { uri: 'https://creativecommons.org/publicdomain/zero/1.0/', label: 'CC0 1.0: no rights reserved' },
  { uri: 'https://creativecommons.org/publicdomain/mark/1.0/', label: 'Public Domain Mark 1.0' },
  { uri: 'https://creativecommons.org/licenses/by/4.0/', label: 'CC BY 4.0: attribution' },
  { uri: 'https://creativecommons.org/licenses/by-sa/4.0/', label: 'CC BY-SA 4.0: attribution, share alike' },
  { uri: 'https://creativecommons.org/licenses/by-nc-sa/4.0/', label: 'CC BY-NC-SA 4.0: attribution, non-commercial, share alike' },
  { uri: 'http://rightsstatements.org/vocab/InC/1.0/', label: 'In copyright' },
  { uri: 'http://rightsstatements.org/vocab/NoC-US/1.0/', label: 'No copyright: United States' },
  { uri: 'http://rightsstatements.org/vocab/CNE/1.0/', label: 'Copyright not evaluated' },
  { uri: 'http://rightsstatements.org/vocab/UND/1.0/', label: 'Copyright undetermined' },
];

/** The select's value for "Other URI" (a URI typed in). */
export const OTHER_RIGHTS = 'other';

const CC_LICENCE = /^https?:\/\/creativecommons\.org\/licenses\/([a-z-]+)\/(\d\.\d)\/?$/i;
const RIGHTS_STATEMENT = /^https?:\/\/rightsstatements\.org\/(?:vocab|page)\/([A-Za-z-]+)\/(\d\.\d)\/?$/;

/** The comparable form of a rights URI: http and https alike, trailing slash optional. */
function canonical(uri: string): string {
  return uri.trim().replace(/^https?:\/\//i, '').replace(/\/?$/, '/').toLowerCase();
}

/**
 * A rights URI as a person reads it: the common ones by name, other Creative Commons licences by
 * their code ("CC BY-ND 4.0"), other rights statements by their id, anything else as written.
 */
export function rightsLabel(uri: string | null | undefined): string {
  if (!uri) return '';
  const known = COMMON_RIGHTS.find((choice) => canonical(choice.uri) === canonical(uri));
  if (known) return known.label;
  const licence = CC_LICENCE.exec(uri.trim());
  if (licence) return `CC ${licence[1].toUpperCase()} ${licence[2]}`;
  const statement = RIGHTS_STATEMENT.exec(uri.trim());
  if (statement) return `Rights statement ${statement[1]} ${statement[2]}`;
  return uri;
}

/** Whether text could be sent as a rights URI (the server decides whether it accepts it). */
export function looksLikeUri(text: string): boolean {
  return /^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/i.test(text.trim());
}

/** The URI a rights field holds: the chosen common one, or the one typed in. */
export function chosenRights(choice: string, other: string): string {
  return choice === OTHER_RIGHTS ? other.trim() : choice;
}
