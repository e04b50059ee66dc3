/**
 * A work's incipit (the opening of its top voice) as the API stores it — `"G4:1/4 C5:3/8 B4:1/8
 * r:1/4 Bb4:1/16*"`: a spelled pitch (C4 is middle C) or `r` for a rest, a colon, the duration as a
 * fraction of a whole note, and `*` when an editor or a model supplied the note — and how the page
 * turns it into ABC for abcjs to engrave, and into words for screen readers.
 */

export type Step = 'C' | 'D' | 'E' | 'F' | 'G' | 'A' | 'B';

export interface Pitch {
  step: Step;
  /** Semitones: -2 (double flat) to +2 (double sharp). */
  alter: number;
  /** Scientific octave: C4 is middle C. */
  octave: number;
}

/** A reduced fraction of a whole note. */
export interface Duration {
  num: number;
  den: number;
}

export interface IncipitNote {
  /** Null for a rest. */
  pitch: Pitch | null;
  duration: Duration;
  /** Supplied by an editor or a model rather than read from the source. */
  supplied: boolean;
}

const STEPS: readonly Step[] = ['C', 'D', 'E', 'F', 'G', 'A', 'B'];
const ALTERS: Record<string, number> = { '': 0, '#': 1, '##': 2, b: -1, bb: -2 };
const TOKEN = /^(?:(r)|([A-G])(##|#|bb|b)?([0-9])):([1-9]\d{0,5})\/([1-9]\d{0,5})(\*)?$/;

/** The notes of an incipit's text form; null when the text is absent or not in that form. */
export function parseIncipit(text: string | null | undefined): IncipitNote[] | null {
  const tokens = text?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (!tokens.length) return null;
  const notes: IncipitNote[] = [];
  for (const token of tokens) {
    const match = TOKEN.exec(token);
    if (!match) return null;
    const [, rest, step, accidentals, octave, num, den, supplied] = match;
    notes.push({
      pitch: rest ? null : { step: step as Step, alter: ALTERS[accidentals ?? ''], octave: Number(octave) },
      duration: reduce(Number(num), Number(den)),
      supplied: supplied === '*',
    });
  }
  return notes.some((note) => note.pitch) ? notes : null;
}

/** Whether any note of the incipit was supplied by an editor or a model. */
export function hasSupplied(notes: readonly IncipitNote[]): boolean {
  return notes.some((note) => note.supplied);
}

// ---- matched spans --------------------------------------------------------------------------

/** Notes `start` to `end` (exclusive) of an incipit, counted from 0, rests included. */
export interface NoteSpan {
  start: number;
  end: number;
}

/** The span within an incipit of `length` notes; null when it is absent or covers no note. */
export function clampSpan(span: NoteSpan | null | undefined, length: number): NoteSpan | null {
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return null;
  const start = Math.max(0, span.start);
  const end = Math.min(length, span.end);
  return start < end ? { start, end } : null;
}

/**
 * The classes each engraved note gets, in incipit order: `incipit-supplied` for a supplied note,
 * `incipit-match` for a note of the matched span.
 */
export function noteClasses(notes: readonly IncipitNote[], span?: NoteSpan | null): string[][] {
  const matched = clampSpan(span, notes.length);
  return notes.map((note, index) => {
    const classes: string[] = [];
    if (note.supplied) classes.push('incipit-supplied');
    if (matched && index >= matched.start && index < matched.end) classes.push('incipit-match');
    return classes;
  });
}

/**
 * The span in words, counted from 1 as readers count: "Matched notes 4 to 9 of 12". Rests count
 * as notes, which is said when a rest comes before the span's end.
 */
export function describeSpan(span: NoteSpan, notes: readonly IncipitNote[]): string {
  const words =
    span.end - span.start === 1
      ? `Matched note ${span.start + 1} of ${notes.length}`
      : `Matched notes ${span.start + 1} to ${span.end} of ${notes.length}`;
  return notes.slice(0, span.end).some((note) => !note.pitch) ? `${words}, counting rests` : words;
}

// ---- key signatures ------------------------------------------------------------------------

/** A key signature: what ABC calls it, and the alteration it gives each step. */
export interface KeySignature {
  abc: string;
  alters: Partial<Record<Step, number>>;
}

const TONIC_FIFTHS: Record<Step, number> = { C: 0, G: 1, D: 2, A: 3, E: 4, B: 5, F: -1 };
const MODES: Record<string, { fifths: number; abc: string }> = {
  major: { fifths: 0, abc: '' },
  ionian: { fifths: 0, abc: '' },
  dur: { fifths: 0, abc: '' },
  minor: { fifths: -3, abc: 'm' },
  aeolian: { fifths: -3, abc: 'm' },
  moll: { fifths: -3, abc: 'm' },
  dorian: { fifths: -2, abc: 'dor' },
  phrygian: { fifths: -4, abc: 'phr' },
  lydian: { fifths: 1, abc: 'lyd' },
  mixolydian: { fifths: -1, abc: 'mix' },
  locrian: { fifths: -5, abc: 'loc' },
};
const SHARP_ORDER: readonly Step[] = ['F', 'C', 'G', 'D', 'A', 'E', 'B'];
const FLAT_ORDER: readonly Step[] = ['B', 'E', 'A', 'D', 'G', 'C', 'F'];
const KEY = /^([A-Ga-g])\s*(-?\s*flat|-?\s*sharp|b|#|♭|♯)?(?:\s*-?\s*(\p{L}+))?$/iu;

/**
 * The key signature of a catalogue key such as "E-flat major", "f# minor", "D dorian" or "Bb";
 * a lower-case tonic without a mode is read as minor. Null when the text is not a key or would
 * need more than seven sharps or flats (the notes then carry their own accidentals).
 */
export function keySignature(text: string | null | undefined): KeySignature | null {
  const match = KEY.exec(text?.trim() ?? '');
  if (!match) return null;
  const [, letter, accidental, modeWord] = match;
  const tonic = letter.toUpperCase() as Step;
  const alter = !accidental ? 0 : /flat|b|♭/i.test(accidental) ? -1 : 1;
  const mode = modeWord ? MODES[modeWord.toLowerCase()] : letter === letter.toLowerCase() ? MODES.minor : MODES.major;
  if (!mode) return null;
  const fifths = TONIC_FIFTHS[tonic] + 7 * alter + mode.fifths;
  if (Math.abs(fifths) > 7) return null;
  const alters: Partial<Record<Step, number>> = {};
  const order = fifths > 0 ? SHARP_ORDER : FLAT_ORDER;
  for (const step of order.slice(0, Math.abs(fifths))) alters[step] = fifths > 0 ? 1 : -1;
  return { abc: tonic + (alter < 0 ? 'b' : alter > 0 ? '#' : '') + mode.abc, alters };
}

// ---- ABC -------------------------------------------------------------------------------------

export interface AbcOptions {
  /** The work's metre ("3/4", "C", "C|"); shown as the time signature when it is one. */
  metre?: string | null;
  /** The work's key ("E-flat major"); its key signature is used when it can be read. */
  key?: string | null;
}

/** The ABC unit note length the converter writes (`L:1/8`). */
const UNIT: Duration = { num: 1, den: 8 };

/**
 * The incipit as a one-line ABC tune for abcjs. Every incipit note becomes exactly one ABC note,
 * in order (the page relies on that to mark supplied notes), with an asterisk above each supplied
 * one. There are no bar lines (an incipit says nothing about an upbeat), so accidentals are
 * written wherever a note differs from what the key signature or an earlier accidental implies.
 */
export function incipitToAbc(notes: readonly IncipitNote[], options: AbcOptions = {}): string {
  const key = keySignature(options.key);
  const metre = options.metre?.trim() ?? '';
  const pitched = notes.filter((note) => note.pitch);
  const meanMidi = pitched.reduce((sum, note) => sum + midiOf(note.pitch!), 0) / Math.max(1, pitched.length);
  const clef = meanMidi < 57 ? ' clef=bass' : '';
  const header = ['X:1', `M:${/^(?:C\|?|\d{1,2}\/\d{1,2})$/.test(metre) ? metre : 'none'}`, `L:${UNIT.num}/${UNIT.den}`];
  header.push(`K:${key?.abc ?? 'C'}${clef}`);

  const beat: Duration = /^(6|9|12)\/8$/.test(metre) ? { num: 3, den: 8 } : { num: 1, den: 4 };
  const accidentals = new AccidentalState(key?.alters ?? {});
  let body = '';
  let position: Duration = { num: 0, den: 1 };
  let previousBeamable = false;
  let previousBeat = -1;
  let tupletLeft = 0;

  notes.forEach((note, index) => {
    const tuplet = tupletOf(note.duration);
    const written = tuplet ? multiply(note.duration, tuplet.p, tuplet.q) : note.duration;
    const beatIndex = Math.floor(ratio(position, beat) + 1e-9);
    const beamable = note.pitch !== null && compare(written, { num: 1, den: 4 }) < 0;
    const joined = index > 0 && beamable && previousBeamable && beatIndex === previousBeat;
    let token = '';
    if (tuplet && tupletLeft === 0) {
      tupletLeft = tupletRun(notes, index, tuplet);
      token += `(${tuplet.p}:${tuplet.q}:${tupletLeft}`;
    }
    if (tupletLeft > 0) tupletLeft--;
    if (note.supplied) token += '"^*"';
    token += note.pitch ? accidentals.write(note.pitch) + abcPitch(note.pitch) : 'z';
    token += abcLength(written);
    body += (index === 0 || joined ? '' : ' ') + token;
    position = add(position, note.duration);
    previousBeamable = beamable;
    previousBeat = beatIndex;
  });
  return `${header.join('\n')}\n${body}\n`;
}

/**
 * Which accidentals to write. ABC carries an accidental on to later notes (of the same octave, or
 * of every octave: readers differ), so a note gets an explicit accidental whenever either reading
 * would otherwise give it another alteration.
 */
class AccidentalState {
  private readonly byOctave = new Map<string, number>();
  private readonly byStep = new Map<Step, number>();

  constructor(private readonly keyAlters: Partial<Record<Step, number>>) {}

  write(pitch: Pitch): string {
    const inKey = this.keyAlters[pitch.step] ?? 0;
    const octaveKey = `${pitch.step}${pitch.octave}`;
    const sameOctave = this.byOctave.get(octaveKey) ?? inKey;
    const sameStep = this.byStep.get(pitch.step) ?? inKey;
    if (pitch.alter === sameOctave && pitch.alter === sameStep) return '';
    this.byOctave.set(octaveKey, pitch.alter);
    this.byStep.set(pitch.step, pitch.alter);
    return ['__', '_', '=', '^', '^^'][pitch.alter + 2];
  }
}

function abcPitch(pitch: Pitch): string {
  return pitch.octave >= 5 ? pitch.step.toLowerCase() + "'".repeat(pitch.octave - 5) : pitch.step + ','.repeat(4 - pitch.octave);
}

/** A written duration as an ABC length multiplier of the unit: "", "2", "3/2", "/", "/4". */
function abcLength(duration: Duration): string {
  const { num, den } = reduce(duration.num * UNIT.den, duration.den * UNIT.num);
  if (den === 1) return num === 1 ? '' : String(num);
  if (num === 1) return den === 2 ? '/' : `/${den}`;
  return `${num}/${den}`;
}

interface Tuplet {
  /** p notes in the time of q. */
  p: number;
  q: number;
}

/** Triplets (a denominator divisible by 3) and quintuplets (by 5); other durations are plain. */
function tupletOf(duration: Duration): Tuplet | null {
  if (duration.den % 3 === 0) return { p: 3, q: 2 };
  if (duration.den % 5 === 0) return { p: 5, q: 4 };
  return null;
}

/**
 * How many notes from `start` form one tuplet bracket: notes of the same tuplet kind, until they
 * fill the time of q of the first note's written value (three triplet eighths fill a quarter).
 */
function tupletRun(notes: readonly IncipitNote[], start: number, tuplet: Tuplet): number {
  const first = multiply(notes[start].duration, tuplet.p, tuplet.q);
  const span = multiply(first, tuplet.q, 1);
  let total: Duration = { num: 0, den: 1 };
  let count = 0;
  for (let i = start; i < notes.length; i++) {
    const kind = tupletOf(notes[i].duration);
    if (!kind || kind.p !== tuplet.p) break;
    total = add(total, notes[i].duration);
    count++;
    if (compare(total, span) >= 0) break;
  }
  return count;
}

// ---- words -----------------------------------------------------------------------------------

const DURATION_NAMES: Record<string, string> = {
  '1/1': 'whole',
  '1/2': 'half',
  '1/4': 'quarter',
  '1/8': 'eighth',
  '1/16': 'sixteenth',
  '1/32': 'thirty-second',
  '1/64': 'sixty-fourth',
  '2/1': 'double whole',
};
const ALTER_WORDS = ['double flat', 'flat', '', 'sharp', 'double sharp'];

/** A duration in words: "quarter", "dotted eighth", "triplet eighth"; else the fraction. */
export function durationName(duration: Duration): string {
  const plain = DURATION_NAMES[`${duration.num}/${duration.den}`];
  if (plain) return plain;
  const dotted = DURATION_NAMES[key(multiply(duration, 2, 3))];
  if (dotted) return `dotted ${dotted}`;
  const doubleDotted = DURATION_NAMES[key(multiply(duration, 4, 7))];
  if (doubleDotted) return `double-dotted ${doubleDotted}`;
  const triplet = DURATION_NAMES[key(multiply(duration, 3, 2))];
  if (triplet) return `triplet ${triplet}`;
  return `${duration.num}/${duration.den} of a whole note`;
}

/** The incipit read aloud: "G 4 quarter, C 5 dotted quarter, quarter rest, B flat 4 sixteenth (supplied)". */
export function describeIncipit(notes: readonly IncipitNote[]): string {
  return notes
    .map((note) => {
      const length = durationName(note.duration);
      const words = note.pitch
        ? [note.pitch.step, ALTER_WORDS[note.pitch.alter + 2], String(note.pitch.octave), length].filter(Boolean).join(' ')
        : `${length} rest`;
      return note.supplied ? `${words} (supplied)` : words;
    })
    .join(', ');
}

// ---- fractions -------------------------------------------------------------------------------

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function reduce(num: number, den: number): Duration {
  const divisor = gcd(num, den) || 1;
  return { num: num / divisor, den: den / divisor };
}

function multiply(d: Duration, num: number, den: number): Duration {
  return reduce(d.num * num, d.den * den);
}

function add(a: Duration, b: Duration): Duration {
  return reduce(a.num * b.den + b.num * a.den, a.den * b.den);
}

function compare(a: Duration, b: Duration): number {
  return a.num * b.den - b.num * a.den;
}

function ratio(a: Duration, b: Duration): number {
  return (a.num * b.den) / (a.den * b.num);
}

function key(d: Duration): string {
  return `${d.num}/${d.den}`;
}

/** The MIDI key number of a pitch (C4 is 60). */
export function midiOf(pitch: Pitch): number {
  return 12 * (pitch.octave + 1) + [0, 2, 4, 5, 7, 9, 11][STEPS.indexOf(pitch.step)] + pitch.alter;
}
