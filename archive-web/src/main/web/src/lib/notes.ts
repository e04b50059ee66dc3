import { midiOf, type Duration, type IncipitNote, type Step } from './incipit';
import type { Song } from './midi';

/**
 * Note names as a member types or plays them into the melodic search (`C#4:1/8 D4 r:1/4 Bb4`):
 * the on-screen keyboard's keys, the tokens it writes, and the notes the page plays back.
 */

export interface KeyboardKey {
  /** The token the key writes: "C4", "C#4". */
  name: string;
  /** What a screen reader says: "C sharp 4". */
  label: string;
  midi: number;
  black: boolean;
}

const CHROMATIC: readonly { step: Step; sharp: boolean }[] = [
  { step: 'C', sharp: false },
  { step: 'C', sharp: true },
  { step: 'D', sharp: false },
  { step: 'D', sharp: true },
  { step: 'E', sharp: false },
  { step: 'F', sharp: false },
  { step: 'F', sharp: true },
  { step: 'G', sharp: false },
  { step: 'G', sharp: true },
  { step: 'A', sharp: false },
  { step: 'A', sharp: true },
  { step: 'B', sharp: false },
];

/** The keys of `octaves` octaves from C of `fromOctave`, chromatically; black keys spelled as sharps. */
export function keyboardKeys(fromOctave: number, octaves: number): KeyboardKey[] {
  const keys: KeyboardKey[] = [];
  for (let octave = fromOctave; octave < fromOctave + octaves; octave++) {
    for (const { step, sharp } of CHROMATIC) {
      keys.push({
        name: `${step}${sharp ? '#' : ''}${octave}`,
        label: `${step}${sharp ? ' sharp' : ''} ${octave}`,
        midi: midiOf({ step, alter: sharp ? 1 : 0, octave }),
        black: sharp,
      });
    }
  }
  return keys;
}

/** The search page's keyboard: two octaves, C4 (middle C) to B5. */
export const KEYBOARD: readonly KeyboardKey[] = keyboardKeys(4, 2);

export type NoteLength = '1/8' | '1/4' | '1/2';
export const NOTE_LENGTHS: readonly { value: NoteLength; label: string }[] = [
  { value: '1/8', label: 'Eighth' },
  { value: '1/4', label: 'Quarter' },
  { value: '1/2', label: 'Half' },
];

/** What pressing a key writes: the note with its octave and length, "C#4:1/8". */
export function keyToken(key: KeyboardKey, length: NoteLength): string {
  return `${key.name}:${length}`;
}

/** The melody with a token added at the end, one space between tokens. */
export function appendToken(text: string, token: string): string {
  const trimmed = text.trim();
  return trimmed ? `${trimmed} ${token}` : token;
}

/** The melody without its last token (Backspace for whole notes). */
export function dropLastToken(text: string): string {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  return tokens.slice(0, -1).join(' ');
}

/** The frequency of a MIDI key in equal temperament, A4 = 440 Hz. */
export function frequency(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

const NOTE_NAME = /^(?:([rR])|([A-Ga-g])(##|#|♯|bb|b|♭)?(\d)?)(?::([1-9]\d{0,2})\/([1-9]\d{0,2}))?$/u;
const ALTER: Record<string, number> = { '': 0, '#': 1, '♯': 1, '##': 2, b: -1, '♭': -1, bb: -2 };
const QUARTER: Duration = { num: 1, den: 4 };

/**
 * Notes typed as note names: a letter, `#` or `b`, an octave (4 when left out: C4 is middle C),
 * and a length after a colon (a quarter when left out); `r` is a rest. Tokens are separated by
 * spaces or commas. Null when a token is not a note name or there is no pitched note, so the page
 * plays only what it can read.
 */
export function parseNoteNames(text: string): IncipitNote[] | null {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  const notes: IncipitNote[] = [];
  for (const token of tokens) {
    const match = NOTE_NAME.exec(token);
    if (!match) return null;
    const [, rest, letter, accidental, octave, num, den] = match;
    const duration = num ? { num: Number(num), den: Number(den) } : QUARTER;
    notes.push({
      pitch: rest ? null : { step: letter.toUpperCase() as Step, alter: ALTER[accidental ?? ''], octave: octave ? Number(octave) : 4 },
      duration,
      supplied: false,
    });
  }
  return notes.some((note) => note.pitch) ? notes : null;
}

/** Seconds a quarter note lasts when the page plays a melody (crotchet = 100). */
export const QUARTER_SECONDS = 0.6;

/** A melody as the page's synthesiser plays it: rests are silences, notes slightly detached. */
export function melodySong(notes: readonly IncipitNote[], quarterSeconds = QUARTER_SECONDS): Song {
  const whole = quarterSeconds * 4;
  const song: Song = { notes: [], duration: 0 };
  let time = 0;
  for (const note of notes) {
    const length = (note.duration.num / note.duration.den) * whole;
    if (note.pitch) {
      song.notes.push({ start: time, duration: length * 0.9, pitch: midiOf(note.pitch), velocity: 96, channel: 0 });
    }
    time += length;
  }
  song.duration = time;
  return song;
}
