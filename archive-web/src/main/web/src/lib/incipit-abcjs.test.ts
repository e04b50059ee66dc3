import abcjs from 'abcjs';
import { describe, expect, it } from 'vitest';
import { incipitToAbc, midiOf, parseIncipit, type AbcOptions } from './incipit';
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
