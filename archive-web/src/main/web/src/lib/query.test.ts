import { describe, expect, it } from 'vitest';
import { apiPage, apiPath, hrefWith, readId, readPage, readSort, readText, safeReturnPath } from './query';

const params = (query: string) => new URLSearchParams(query);

describe('reading list state from the address', () => {
  it('reads 1-based pages and falls back to page 1', () => {
    expect(readPage(params('page=3'))).toBe(3);
    expect(readPage(params(''))).toBe(1);
    expect(readPage(params('page=0'))).toBe(1);
    expect(readPage(params('page=-2'))).toBe(1);
    expect(readPage(params('page=two'))).toBe(1);
    expect(apiPage(3)).toBe(2);
    expect(apiPage(1)).toBe(0);
  });

  it('accepts only offered sorts', () => {
    const offered = ['title', '-title', 'date'] as const;
    expect(readSort(params('sort=-title'), offered, 'title')).toBe('-title');
    expect(readSort(params('sort=shoe'), offered, 'title')).toBe('title');
    expect(readSort(params(''), offered, 'title')).toBe('title');
  });

  it('reads text and ids', () => {
    expect(readText(params('q=%20Dvo%C5%99%C3%A1k%20'), 'q')).toBe('Dvořák');
    expect(readText(params(''), 'q')).toBe('');
    expect(readId(params('work=42'), 'work')).toBe(42);
    expect(readId(params('work=0'), 'work')).toBeUndefined();
    expect(readId(params('work=4x'), 'work')).toBeUndefined();
  });
});

describe('writing list state into addresses', () => {
  it('changes one parameter, drops defaults and resets the page', () => {
    const current = params('q=hensel&page=3&sort=date');
    expect(hrefWith('/works', current, { sort: 'title' }, { sort: 'title' })).toBe('/works?q=hensel');
    expect(hrefWith('/works', current, { page: 4 })).toBe('/works?page=4&q=hensel&sort=date');
    expect(hrefWith('/works', current, { page: 1 })).toBe('/works?q=hensel&sort=date');
    expect(hrefWith('/search', params(''), { q: 'lied' })).toBe('/search?q=lied');
    expect(hrefWith('/people', params('q=x'), { q: '' })).toBe('/people');
  });

  it('gives each state one address, whatever order it was written in', () => {
    expect(hrefWith('/works', params('sort=date&composer=3'), { page: 2 })).toBe(
      hrefWith('/works', params('composer=3&sort=date'), { page: 2 }),
    );
  });

  it('builds API paths without empty parameters', () => {
    expect(apiPath('/works', { q: 'a b', page: 0, size: 20, sort: undefined, composer: null })).toBe('/works?q=a+b&page=0&size=20');
    expect(apiPath('/collections', { topLevel: true })).toBe('/collections?topLevel=true');
    expect(apiPath('/works', {})).toBe('/works');
  });
});

describe('returning after sign-in', () => {
  it('returns only to paths of this site', () => {
    expect(safeReturnPath('/works/3?tab=history')).toBe('/works/3?tab=history');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example/')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/auth/callback?code=x')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
