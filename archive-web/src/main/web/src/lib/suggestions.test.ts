import { describe, expect, it } from 'vitest';
import { moveActive, uniqueSuggestions } from './suggestions';

describe('moving through suggestions', () => {
  it('starts at either end and wraps around', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(0, 3, 1)).toBe(1);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(5, 3, 1)).toBe(0);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });

  it('offers each text once, and only readable ones', () => {
    const answer = [
      { text: 'Antonín Dvořák', kind: 'composer' },
      { text: 'Antonín Dvořák', kind: 'title' },
      { text: '  ', kind: 'title' },
      { text: 'Serenade in E', kind: 'title' },
    ];
    expect(uniqueSuggestions(answer)).toEqual([
      { text: 'Antonín Dvořák', kind: 'composer' },
      { text: 'Serenade in E', kind: 'title' },
    ]);
    expect(uniqueSuggestions(undefined)).toEqual([]);
  });
});
