import { describe, expect, it } from 'vitest';
import { base64ToBytes, firstNoteFrom, formatClock, MidiFormatError, parseMidi } from './midi';

/** A Standard MIDI File from its tracks' event bytes (delta times included). */
function smf(format: number, division: number, ...tracks: number[][]): Uint8Array {
  const bytes = [0x4d, 0x54, 0x68, 0x64, 0, 0, 0, 6, 0, format, 0, tracks.length, division >> 8, division & 0xff];
  for (const track of tracks) {
    const body = [...track, 0x00, 0xff, 0x2f, 0x00];
    bytes.push(0x4d, 0x54, 0x72, 0x6b, 0, 0, body.length >> 8, body.length & 0xff, ...body);
  }
  return new Uint8Array(bytes);
}

describe('reading MIDI files', () => {
  it('reads notes at the default tempo (120 crotchets a minute)', () => {
    // C4 for a quarter (480 ticks), then E4 for a half, with running status for the second note-on.
    const song = parseMidi(
      smf(0, 480, [0x00, 0x90, 60, 100, 0x83, 0x60, 0x80, 60, 0, 0x00, 0x90, 64, 90, 0x87, 0x40, 64, 0]),
    );
    expect(song.notes).toEqual([
      { start: 0, duration: 0.5, pitch: 60, velocity: 100, channel: 0 },
      { start: 0.5, duration: 1, pitch: 64, velocity: 90, channel: 0 },
    ]);
    expect(song.duration).toBe(1.5);
  });

  it('follows tempo changes in a separate track (format 1)', () => {
    // Tempo 60 bpm (1,000,000 µs a quarter) from the start, 120 bpm after one quarter.
    const tempo = [0x00, 0xff, 0x51, 0x03, 0x0f, 0x42, 0x40, 0x83, 0x60, 0xff, 0x51, 0x03, 0x07, 0xa1, 0x20];
    const notes = [0x00, 0x91, 67, 80, 0x87, 0x40, 0x81, 67, 64];
    const song = parseMidi(smf(1, 480, tempo, notes));
    // A half note: one quarter at 60 bpm (1 s), one at 120 bpm (0.5 s).
    expect(song.notes).toEqual([{ start: 0, duration: 1.5, pitch: 67, velocity: 80, channel: 1 }]);
  });

  it('skips meta, system exclusive and controller messages', () => {
    const track = [
      0x00, 0xff, 0x03, 0x04, 0x4c, 0x69, 0x65, 0x64, // track name "Lied"
      0x00, 0xf0, 0x02, 0x7e, 0xf7, // sysex
      0x00, 0xc0, 0x00, // program change
      0x00, 0xb0, 0x07, 100, // volume
      0x00, 0x90, 72, 64, 0x83, 0x60, 0x90, 72, 0, // note-off as note-on with velocity 0
    ];
    expect(parseMidi(smf(0, 480, track)).notes).toEqual([{ start: 0, duration: 0.5, pitch: 72, velocity: 64, channel: 0 }]);
  });

  it('refuses what is not a MIDI file', () => {
    expect(() => parseMidi(new TextEncoder().encode('<score-partwise/>'))).toThrow(MidiFormatError);
    expect(() => parseMidi(smf(0, 480, [0x00, 0x90, 60]).slice(0, 20))).toThrow(MidiFormatError);
  });

  it('decodes base64 as Verovio answers it', () => {
    expect(Array.from(base64ToBytes('TVRoZA=='))).toEqual([0x4d, 0x54, 0x68, 0x64]);
  });
});

describe('playing time', () => {
  const notes = [0, 0.5, 0.5, 1, 2].map((start) => ({ start, duration: 0.5, pitch: 60, velocity: 64, channel: 0 }));

  it('finds where to continue scheduling', () => {
    expect(firstNoteFrom(notes, 0)).toBe(0);
    expect(firstNoteFrom(notes, 0.5)).toBe(1);
    expect(firstNoteFrom(notes, 0.75)).toBe(3);
    expect(firstNoteFrom(notes, 5)).toBe(5);
  });

  it('writes minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.4)).toBe('1:05');
    expect(formatClock(-3)).toBe('0:00');
  });
});
