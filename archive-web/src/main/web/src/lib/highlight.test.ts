import { describe, expect, it } from 'vitest';
import { hasMatch, tidyFragments } from './highlight';
import type { Fragment } from './types';

describe('highlight fragments', () => {
  it('drops empty pieces and joins neighbours of the same kind', () => {
    const fragments: Fragment[] = [
      { text: 'Serenade ', match: false },
      { text: '', match: true },
      { text: 'for ', match: false },
      { text: 'Str', match: true },
      { text: 'ings', match: true },
    ];
    expect(tidyFragments(fragments)).toEqual([
      { text: 'Serenade for ', match: false },
      { text: 'Strings', match: true },
    ]);
    expect(hasMatch(tidyFragments(fragments))).toBe(true);
  });

  it('takes nothing for absent highlights and never treats odd values as matches', () => {
    expect(tidyFragments(undefined)).toEqual([]);
    expect(tidyFragments(null)).toEqual([]);
    const odd = [{ text: '<b>x</b>', match: 'yes' }] as unknown as Fragment[];
    expect(tidyFragments(odd)).toEqual([{ text: '<b>x</b>', match: false }]);
    expect(hasMatch([{ text: 'a', match: false }])).toBe(false);
  });
});
