import { describe, expect, it } from 'vitest';
import { matchRoute } from './router';

describe('routes', () => {
  it('matches every page address', () => {
    expect(matchRoute('/')).toEqual({ name: 'home', params: {} });
    expect(matchRoute('/works')).toEqual({ name: 'works', params: {} });
    expect(matchRoute('/works/new')).toEqual({ name: 'work-new', params: {} });
    expect(matchRoute('/works/42')).toEqual({ name: 'work', params: { id: '42' } });
    expect(matchRoute('/works/42/edit')).toEqual({ name: 'work-edit', params: { id: '42' } });
    expect(matchRoute('/sources/new')).toEqual({ name: 'source-new', params: {} });
    expect(matchRoute('/collections/7/')).toEqual({ name: 'collection', params: { id: '7' } });
    expect(matchRoute('/auth/callback')).toEqual({ name: 'auth-callback', params: {} });
    expect(matchRoute('/imports')).toEqual({ name: 'imports', params: {} });
    expect(matchRoute('/imports/5')).toEqual({ name: 'import', params: { id: '5' } });
    expect(matchRoute('/fixity')).toEqual({ name: 'fixity', params: {} });
    expect(matchRoute('/guidelines')).toEqual({ name: 'guidelines', params: {} });
    expect(matchRoute('/guidelines/new')).toEqual({ name: 'guideline-new', params: {} });
    expect(matchRoute('/guidelines/3')).toEqual({ name: 'guideline', params: { id: '3' } });
    expect(matchRoute('/guidelines/3/edit')).toEqual({ name: 'guideline-edit', params: { id: '3' } });
    expect(matchRoute('/framework')).toEqual({ name: 'framework', params: {} });
    expect(matchRoute('/votes')).toEqual({ name: 'votes', params: {} });
    expect(matchRoute('/votes/8')).toEqual({ name: 'vote', params: { id: '8' } });
    expect(matchRoute('/votes/8/results')).toEqual({ name: 'vote-results', params: { id: '8' } });
  });

  it('leaves other addresses to the browser', () => {
    expect(matchRoute('/api/works')).toBeNull();
    expect(matchRoute('/openapi')).toBeNull();
    expect(matchRoute('/works/0')).toBeNull();
    expect(matchRoute('/works/abc')).toBeNull();
    expect(matchRoute('/works/42/history')).toBeNull();
  });
});
