import { describe, expect, it } from 'vitest';
import { changedFields, joinLines, lines, optional } from './details';

describe('form values to API details', () => {
  it('trims text and sends nothing typed as null', () => {
    expect(optional('  Das Jahr ')).toBe('Das Jahr');
    expect(optional('   ')).toBeNull();
  });

  it('reads one entry per line, skipping blank lines', () => {
    expect(lines('voice\r\n\n  piano \n')).toEqual(['voice', 'piano']);
    expect(lines('')).toEqual([]);
    expect(joinLines(['voice', 'piano'])).toBe('voice\npiano');
    expect(joinLines(undefined)).toBe('');
  });

  it('finds the fields another edit changed', () => {
    const before = { title: 'Das Jahr', key: '', composerIds: [{ id: 1, label: 'Fanny Hensel' }] };
    const after = { title: 'Das Jahr', key: 'E-flat major', composerIds: [{ id: 2, label: 'Clara Schumann' }] };
    expect(changedFields(before, after)).toEqual(['key', 'composerIds']);
    expect(changedFields(before, before)).toEqual([]);
  });
});
