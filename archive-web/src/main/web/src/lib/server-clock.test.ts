import { afterEach, describe, expect, it } from 'vitest';
import { noteServerDate, serverNow } from './server-clock';

const received = Date.parse('2026-12-05T10:00:00.000Z');

afterEach(() => noteServerDate(new Date(Date.now()).toUTCString(), Date.now()));

describe('server clock', () => {
  it('follows a server whose clock is ahead of the browser', () => {
    noteServerDate('Sat, 05 Dec 2026 10:05:00 GMT', received);
    expect(serverNow() - Date.now()).toBe(5 * 60 * 1000 + 500);
  });

  it('follows a server whose clock is behind the browser', () => {
    noteServerDate('Sat, 05 Dec 2026 09:59:50 GMT', received);
    expect(serverNow() - Date.now()).toBe(-9500);
  });

  it('takes an offset within the header’s precision as none', () => {
    noteServerDate('Sat, 05 Dec 2026 10:05:00 GMT', received);
    noteServerDate('Sat, 05 Dec 2026 10:00:01 GMT', received);
    expect(serverNow() - Date.now()).toBe(0);
  });

  it('keeps what it knew when the header is missing or unreadable', () => {
    noteServerDate('Sat, 05 Dec 2026 10:00:30 GMT', received);
    noteServerDate(null, received);
    noteServerDate('not a date', received);
    expect(serverNow() - Date.now()).toBe(30500);
  });
});
