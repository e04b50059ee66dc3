import { useEffect, useState } from 'preact/hooks';
import { getJson, isAbort } from './api';
import { apiPath } from './query';
import type { Suggestion, SuggestResponse } from './types';

/** Composers and titles offered while a member types into the search box. */

/** Wait this long after the last key press before asking, so fast typing sends one request. */
export const SUGGEST_DELAY_MS = 150;
/** Fewer letters than this match too much to be useful. */
export const SUGGEST_MIN_LENGTH = 2;
export const SUGGEST_LIMIT = 8;

/** One empty list, so "no suggestions" is the same value from render to render. */
const NONE: Suggestion[] = [];

/**
 * The suggestions for what is typed: none while `paused` (just chosen or searched) or when the text
 * is short; an outdated request is aborted. Failures show no suggestions: they are a convenience,
 * and the search itself will report what is wrong.
 */
export function useSuggestions(text: string, paused: boolean): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>(NONE);
  const prefix = text.trim();
  const wanted = !paused && prefix.length >= SUGGEST_MIN_LENGTH;

  useEffect(() => {
    if (!wanted) {
      setSuggestions(NONE);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      getJson<SuggestResponse>(apiPath('/suggest', { prefix, limit: SUGGEST_LIMIT }), controller.signal).then(
        ({ body }) => {
          if (!controller.signal.aborted) setSuggestions(uniqueSuggestions(body?.suggestions));
        },
        (error: unknown) => {
          if (!controller.signal.aborted && !isAbort(error)) setSuggestions(NONE);
        },
      );
    }, SUGGEST_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [prefix, wanted]);

  return wanted ? suggestions : NONE;
}

/** Readable suggestions, each text once (a composer may also be a title's only word). */
export function uniqueSuggestions(suggestions: readonly Suggestion[] | null | undefined): Suggestion[] {
  const seen = new Set<string>();
  const unique: Suggestion[] = [];
  for (const suggestion of suggestions ?? []) {
    if (typeof suggestion?.text !== 'string' || !suggestion.text.trim() || seen.has(suggestion.text)) continue;
    seen.add(suggestion.text);
    unique.push(suggestion);
  }
  return unique.slice(0, SUGGEST_LIMIT);
}

/**
 * The option the arrow keys move to in a list of `count`: from none, Down goes to the first and Up
 * to the last; past either end it wraps around.
 */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (active < 0 || active >= count) return step > 0 ? 0 : count - 1;
  return (active + step + count) % count;
}
