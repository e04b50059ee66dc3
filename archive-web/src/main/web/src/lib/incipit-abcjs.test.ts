import abcjs from 'abcjs';
import { describe, expect, it } from 'vitest';
import { engravedNotes } from '../score/abc';
import { incipitToAbc, midiOf, noteClasses, parseIncipit, type AbcOptions } from './incipit';
import { parseMidi } from './midi';

/** The keys abcjs plays for the ABC the converter writes: the accidentals must mean what the incipit says. */
function played(text: string, options?: AbcOptions) {
  const abc = incipitToAbc(parseIncipit(text)!, options);
  const [midi] = abcjs.synth.getMidiFile(abc, { midiOutputType: 'binary' }) as unknown as Uint8Array[];
  return parseMidi(midi).notes;
}

function playedKeys(text: string, options?: AbcOptions): number[] {
  return played(text, options).map((note) => note.pitch);
}

function writtenKeys(text: string): number[] {
  return parseIncipit(text)!
    .filter((note) => note.pitch)
    .map((note) => midiOf(note.pitch!));
}

describe('incipits as abcjs reads them', () => {
  const cases: [string, AbcOptions?][] = [
    ['G4:1/4 C5:3/8 B4:1/8 r:1/4 Bb4:1/16*'],
    ['F#4:1/4 G4:1/4 F4:1/4 F4:1/4'],
    ['F#4:1/4 F#5:1/4 F4:1/4 F5:1/4'],
    ['Bb4:1/4 B4:1/4 Bb4:1/4 Eb5:1/8 E5:1/8', { key: 'E-flat major' }],
    ['F#4:1/8 E4:1/8 F4:1/4 C#5:1/4', { key: 'D major' }],
    ['Ebb4:1/4 C##5:1/4 E4:1/4 C5:1/4'],
    ['C3:1/4 G2:1/4 Bb2:1/2'],
    ['C5:1/12 D5:1/12 E5:1/12 F5:1/4'],
  ];

  it.each(cases)('plays %s as written', (text, options) => {
    expect(playedKeys(text, options)).toEqual(writtenKeys(text));
  });

  it.each(cases)('plays %s in the written rhythm', (text, options) => {
    // Onsets of the pitched notes as fractions of a whole note, against abcjs's seconds scaled alike.
    const notes = parseIncipit(text)!;
    const written: number[] = [];
    let position = 0;
    for (const note of notes) {
      if (note.pitch) written.push(position);
      position += note.duration.num / note.duration.den;
    }
    const onsets = played(text, options).map((note) => note.start);
    const scale = (onsets[onsets.length - 1] - onsets[0]) / (written[written.length - 1] - written[0] || 1);
    onsets.forEach((onset, i) => expect(onset / scale).toBeCloseTo(written[i], 3));
  });
});

interface ParsedElement {
  el_type?: string;
  rest?: { type: string };
  pitches?: { pitch: number }[];
  duration?: number;
}

/** Where abcjs puts a note: diatonic steps above middle C (its `pitch`), or a rest. */
function staffPosition(element: ParsedElement): number | 'rest' {
  return element.rest ? 'rest' : element.pitches![0].pitch;
}

function diatonic(pitch: { step: string; octave: number }): number {
  return (pitch.octave - 4) * 7 + 'CDEFGAB'.indexOf(pitch.step);
}

describe('finding an incipit\'s notes among what abcjs engraves', () => {
  // Triplets, a supplied note's asterisk, accidentals and rests all add ABC around the notes.
  const text = 'G4:1/4 C5:1/12* D5:1/12 E5:1/12 r:1/4 F#4:1/8 Bb4:1/16* r:1/16 G4:3/8';
  const notes = parseIncipit(text)!;

  it('finds one engraved note or rest per incipit note, in order', () => {
    const [tune] = abcjs.parseOnly(incipitToAbc(notes, { metre: '3/4', key: 'F major' }));
    const engraved = engravedNotes<ParsedElement>(tune);
    expect(engraved).toHaveLength(notes.length);
    expect(engraved.map(staffPosition)).toEqual(notes.map((note) => (note.pitch ? diatonic(note.pitch) : 'rest')));
  });

  it('gives the matched span\'s classes to the engraved notes of that span', () => {
    const [tune] = abcjs.parseOnly(incipitToAbc(notes));
    const engraved = engravedNotes<ParsedElement>(tune);
    // matchStart 3, matchEnd 7: E5, the rest, F#4 and Bb4, as the API counts them.
    const classes = noteClasses(notes, { start: 3, end: 7 });
    const matched = engraved.filter((_, index) => classes[index].includes('incipit-match'));
    expect(matched.map(staffPosition)).toEqual([9, 'rest', 3, 6]);
    expect(classes[6]).toEqual(['incipit-supplied', 'incipit-match']);
  });
});
