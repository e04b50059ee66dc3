import { describe, expect, it } from 'vitest';
import { etagFor, etagOfVersion, strongEtag } from './etag';

describe('ETags', () => {
  it('keeps a strong ETag as the server sent it', () => {
    expect(strongEtag('"3"')).toBe('"3"');
    expect(strongEtag(' "12" ')).toBe('"12"');
  });

  it('refuses weak, unquoted, listed or missing ETags, which If-Match could never match', () => {
    expect(strongEtag('W/"3"')).toBeNull();
    expect(strongEtag('3')).toBeNull();
    expect(strongEtag('"3", "4"')).toBeNull();
    expect(strongEtag('*')).toBeNull();
    expect(strongEtag(null)).toBeNull();
    expect(strongEtag(undefined)).toBeNull();
  });

  it('derives the ETag from the body’s version when the header is missing', () => {
    expect(etagOfVersion(7)).toBe('"7"');
    expect(etagFor(null, 7)).toBe('"7"');
    expect(etagFor('"8"', 7)).toBe('"8"');
    expect(etagFor('W/"8"', 7)).toBe('"7"');
    expect(etagFor(null, undefined)).toBeNull();
  });
});
