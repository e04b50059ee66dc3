import { describe, expect, it } from 'vitest';
import { chosenRights, COMMON_RIGHTS, looksLikeUri, OTHER_RIGHTS, rightsLabel } from './rights';

describe('rights labels', () => {
  it('names the common statements and licences', () => {
    expect(rightsLabel('https://creativecommons.org/publicdomain/zero/1.0/')).toBe('CC0 1.0: no rights reserved');
    expect(rightsLabel('http://rightsstatements.org/vocab/InC/1.0/')).toBe('In copyright');
    for (const choice of COMMON_RIGHTS) expect(rightsLabel(choice.uri)).toBe(choice.label);
  });

  it('ignores the scheme and a missing trailing slash', () => {
    expect(rightsLabel('http://creativecommons.org/licenses/by/4.0')).toBe('CC BY 4.0: attribution');
    expect(rightsLabel('https://rightsstatements.org/vocab/UND/1.0/')).toBe('Copyright undetermined');
  });

  it('names other licences and statements by their code', () => {
    expect(rightsLabel('https://creativecommons.org/licenses/by-nd/4.0/')).toBe('CC BY-ND 4.0');
    expect(rightsLabel('https://creativecommons.org/licenses/by-nc/3.0/')).toBe('CC BY-NC 3.0');
    expect(rightsLabel('http://rightsstatements.org/vocab/InC-EDU/1.0/')).toBe('Rights statement InC-EDU 1.0');
  });

  it('shows anything else as written', () => {
    expect(rightsLabel('https://example.org/terms')).toBe('https://example.org/terms');
    expect(rightsLabel(null)).toBe('');
  });
});

describe('the rights field', () => {
  it('answers the chosen URI or the one typed in', () => {
    expect(chosenRights(COMMON_RIGHTS[0].uri, 'ignored')).toBe(COMMON_RIGHTS[0].uri);
    expect(chosenRights(OTHER_RIGHTS, ' https://example.org/terms/ ')).toBe('https://example.org/terms/');
  });

  it('tells a URI from other text', () => {
    expect(looksLikeUri('https://example.org/terms')).toBe(true);
    expect(looksLikeUri('CC BY')).toBe(false);
    expect(looksLikeUri('ftp://example.org/x')).toBe(false);
  });
});
