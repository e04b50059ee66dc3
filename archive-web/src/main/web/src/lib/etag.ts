/**
 * Record versions travel as strong ETags (`"3"`). A change must send back the ETag it was based
 * on in If-Match; a weak or malformed one could never match, so the UI refuses to invent one.
 */

/** The ETag header as it must be sent back in If-Match, or null when there is no usable one. */
export function strongEtag(header: string | null | undefined): string | null {
  const value = header?.trim();
  if (!value || value.startsWith('W/')) return null;
  return /^"[^"]*"$/.test(value) ? value : null;
}

/** The ETag of a record version, for when a body carries the version but the header is missing. */
export function etagOfVersion(version: number): string {
  return `"${version}"`;
}

/** The ETag to send: the header's when there is one, else the one derived from the body's version. */
export function etagFor(header: string | null | undefined, version: number | undefined): string | null {
  return strongEtag(header) ?? (typeof version === 'number' ? etagOfVersion(version) : null);
}
