import { locationStore } from './router';
import { createStore } from './store';

/**
 * What the page tells screen-reader users without moving their focus (loading, saved, errors),
 * through a polite live region, and the visible confirmation ("Saved.") shown above a page until
 * the next navigation.
 */

export interface Announcement {
  text: string;
  /** Increases with every announcement, so the same words can be announced twice. */
  serial: number;
}

export const announcementStore = createStore<Announcement>({ text: '', serial: 0 });
export const flashStore = createStore<string>('');

/** Says something through the live region. */
export function announce(text: string): void {
  announcementStore.set({ text, serial: announcementStore.get().serial + 1 });
}

/** Shows (and announces) a confirmation on the current page until the next navigation. */
export function flash(text: string): void {
  flashStore.set(text);
}

locationStore.subscribe(() => flashStore.set(''));
