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
  });

  it('leaves other addresses to the browser', () => {
    expect(matchRoute('/api/works')).toBeNull();
    expect(matchRoute('/openapi')).toBeNull();
    expect(matchRoute('/works/0')).toBeNull();
    expect(matchRoute('/works/abc')).toBeNull();
    expect(matchRoute('/works/42/history')).toBeNull();
  });
});
