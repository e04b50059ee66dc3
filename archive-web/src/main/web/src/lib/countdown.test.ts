import { describe, expect, it } from 'vitest';
import { formatCountdown, fromLocalInput, isoDuration, nextPollMs, nextVotePollMs, readVoteTimes, remainingMs, toLocalInput } from './countdown';

describe('formatCountdown', () => {
  it('shows the two largest units', () => {
    expect(formatCountdown(((2 * 24 + 3) * 60 + 10) * 60_000)).toBe('2 days 3 hours');
    expect(formatCountdown((3 * 60 + 4) * 60_000)).toBe('3 hours 4 minutes');
    expect(formatCountdown((4 * 60 + 5) * 1000)).toBe('4 minutes 5 seconds');
    expect(formatCountdown(35_000)).toBe('35 seconds');
    expect(formatCountdown(24 * 3600_000)).toBe('1 day');
    expect(formatCountdown(3600_000)).toBe('1 hour');
    expect(formatCountdown(60_000)).toBe('1 minute');
  });

  it('rounds up, so zero means the time is up', () => {
    expect(formatCountdown(1)).toBe('1 second');
    expect(formatCountdown(59_001)).toBe('1 minute');
    expect(formatCountdown(0)).toBe('0 seconds');
    expect(formatCountdown(-5000)).toBe('0 seconds');
  });
});

describe('remainingMs', () => {
  it('counts down to the closing instant and stops at zero', () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    expect(remainingMs('2025-06-01T12:00:30Z', now)).toBe(30_000);
    expect(remainingMs('2025-06-01T11:59:00Z', now)).toBe(0);
    expect(remainingMs('not a date', now)).toBe(0);
  });
});

describe('isoDuration', () => {
  it('writes the span for <time datetime>', () => {
    expect(isoDuration(245_000)).toBe('PT4M5S');
    expect(isoDuration((2 * 24 + 3) * 3600_000)).toBe('P2DT3H');
    expect(isoDuration(0)).toBe('PT0S');
  });
});

describe('nextPollMs', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it('asks every second once the closing time has passed', () => {
    expect(nextPollMs('2025-06-01T11:59:59Z', now)).toBe(1000);
  });
  it('otherwise waits until the close, refreshing the turnout now and then', () => {
    expect(nextPollMs('2025-06-01T12:00:05Z', now)).toBe(5000);
    expect(nextPollMs('2025-06-02T12:00:00Z', now)).toBe(15_000);
  });
});

describe('datetime-local values', () => {
  it('round-trips an instant through the local form', () => {
    const instant = Date.parse('2025-06-01T12:34:56Z');
    expect(fromLocalInput(toLocalInput(instant))).toBe('2025-06-01T12:34:56.000Z');
  });
  it('refuses what is not a date and time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
  });
});

describe('nextVotePollMs', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  const opensAt = '2025-06-01T12:00:05Z';
  const closesAt = '2025-06-08T12:00:00Z';
  it('waits for a scheduled vote to open, then asks every second until it has', () => {
    expect(nextVotePollMs({ state: 'scheduled', opensAt, closesAt }, now)).toBe(5000);
    expect(nextVotePollMs({ state: 'scheduled', opensAt: '2025-06-02T12:00:00Z', closesAt }, now)).toBe(15_000);
    expect(nextVotePollMs({ state: 'scheduled', opensAt: '2025-06-01T11:59:59Z', closesAt }, now)).toBe(1000);
  });
  it('waits for an open vote to close', () => {
    expect(nextVotePollMs({ state: 'open', opensAt: '2025-06-01T11:00:00Z', closesAt: '2025-06-01T12:00:03Z' }, now)).toBe(3000);
  });
  it('stops once the vote is closed', () => {
    expect(nextVotePollMs({ state: 'closed', opensAt, closesAt }, now)).toBeNull();
  });
});

describe('readVoteTimes', () => {
  it('leaves out an empty opening time: the vote opens now', () => {
    const times = readVoteTimes('', '2025-06-08T12:00:00');
    expect(times.errors).toEqual({});
    expect(times.opensAt).toBeUndefined();
    expect(times.closesAt).toBe(new Date('2025-06-08T12:00:00').toISOString());
    expect(readVoteTimes('   ', '2025-06-08T12:00:00').opensAt).toBeUndefined();
  });
  it('sends an opening time as an instant, like the closing time', () => {
    const times = readVoteTimes('2025-06-02T09:30:15', '2025-06-08T12:00:00');
    expect(times.errors).toEqual({});
    expect(times.opensAt).toBe(new Date('2025-06-02T09:30:15').toISOString());
  });
  it('wants the vote to open before it closes', () => {
    expect(readVoteTimes('2025-06-08T12:00:00', '2025-06-08T12:00:00').errors).toEqual({ opensAt: 'The vote must open before it closes.' });
    expect(readVoteTimes('2025-06-09T12:00:00', '2025-06-08T12:00:00').errors.opensAt).toBe('The vote must open before it closes.');
  });
  it('names each field that is not a date and time', () => {
    expect(readVoteTimes('soon', '').errors).toEqual({
      opensAt: 'Enter the date and time the vote opens, or leave it empty to open the vote now.',
      closesAt: 'Enter the date and time the vote closes.',
    });
    expect(readVoteTimes('2025-06-02T09:30', 'later').errors).toEqual({ closesAt: 'Enter the date and time the vote closes.' });
  });
});
