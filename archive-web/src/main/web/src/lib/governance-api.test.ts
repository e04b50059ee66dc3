import { describe, expect, it } from 'vitest';
import { apiCode, apiCodes, apiQuery } from './governance-api';

describe('governance requests', () => {
  it('writes enum codes as the API does', () => {
    expect(apiCode('two-thirds')).toBe('TWO_THIRDS');
    expect(apiCodes({ guidelineId: 3, kind: 'adopt', threshold: 'two-thirds', ballotList: 'named', quorum: 50 })).toEqual({
      guidelineId: 3,
      kind: 'ADOPT',
      threshold: 'TWO_THIRDS',
      ballotList: 'NAMED',
      quorum: 50,
    });
    expect(apiCodes({ choice: 'abstain' })).toEqual({ choice: 'ABSTAIN' });
    expect(apiCodes({ kind: 'repeal', opensAt: '2025-06-02T09:00:00.000Z', closesAt: '2025-06-09T09:00:00.000Z' })).toEqual({
      kind: 'REPEAL',
      opensAt: '2025-06-02T09:00:00.000Z',
      closesAt: '2025-06-09T09:00:00.000Z',
    });
  });

  it('leaves principle codes, keys and texts alone', () => {
    const draft = { title: 'yes', clauses: [{ key: 'c1', text: 'no', principles: ['human-oversight'] }] };
    expect(apiCodes(draft)).toEqual(draft);
  });

  it('turns the state filter of a listing', () => {
    expect(apiQuery('/guidelines?state=draft&page=0')).toBe('/guidelines?state=DRAFT&page=0');
    expect(apiQuery('/votes?page=1&state=open')).toBe('/votes?page=1&state=OPEN');
    expect(apiQuery('/votes?state=scheduled&page=0&size=20')).toBe('/votes?state=SCHEDULED&page=0&size=20');
    expect(apiQuery('/guidelines/4')).toBe('/guidelines/4');
  });
});
