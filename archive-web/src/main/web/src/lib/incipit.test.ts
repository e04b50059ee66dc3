import { describe, expect, it } from 'vitest';
import {
  clampSpan,
  describeIncipit,
  describeSpan,
  durationName,
  hasSupplied,
  incipitToAbc,
  keySignature,
  midiOf,
  noteClasses,
  parseIncipit,
} from './incipit';

function abcBody(text: string, options = {}): string {
  return incipitToAbc(parseIncipit(text)!, options).trim().split('\n').pop()!;
}

describe('reading the incipit text form', () => {
  it('reads pitches, rests, durations and supplied notes', () => {
    expect(parseIncipit('G4:1/4 C5:3/8 r:1/4 Bb4:1/16* F##3:2/4')).toEqual([
      { pitch: { step: 'G', alter: 0, octave: 4 }, duration: { num: 1, den: 4 }, supplied: false },
      { pitch: { step: 'C', alter: 0, octave: 5 }, duration: { num: 3, den: 8 }, supplied: false },
      { pitch: null, duration: { num: 1, den: 4 }, supplied: false },
      { pitch: { step: 'B', alter: -1, octave: 4 }, duration: { num: 1, den: 16 }, supplied: true },
      { pitch: { step: 'F', alter: 2, octave: 3 }, duration: { num: 1, den: 2 }, supplied: false },
    ]);
  });

  it('shows nothing for absent or malformed text', () => {
    expect(parseIncipit(null)).toBeNull();
    expect(parseIncipit('   ')).toBeNull();
    expect(parseIncipit('G4:1/4 H4:1/4')).toBeNull();
    expect(parseIncipit('G4:1/0')).toBeNull();
    expect(parseIncipit('G4 1/4')).toBeNull();
    expect(parseIncipit('r:1/4 r:1/2')).toBeNull();
  });

  it('knows whether an editor or model supplied notes', () => {
    expect(hasSupplied(parseIncipit('G4:1/4 A4:1/4*')!)).toBe(true);
    expect(hasSupplied(parseIncipit('G4:1/4 A4:1/4')!)).toBe(false);
  });

  it('numbers keys as MIDI does', () => {
    expect(midiOf({ step: 'C', alter: 0, octave: 4 })).toBe(60);
    expect(midiOf({ step: 'B', alter: -1, octave: 4 })).toBe(70);
    expect(midiOf({ step: 'A', alter: 0, octave: 4 })).toBe(69);
  });
});

describe('key signatures', () => {
  it('reads catalogue keys', () => {
    expect(keySignature('E-flat major')).toEqual({ abc: 'Eb', alters: { B: -1, E: -1, A: -1 } });
    expect(keySignature('f# minor')).toEqual({ abc: 'F#m', alters: { F: 1, C: 1, G: 1 } });
    expect(keySignature('D dorian')).toEqual({ abc: 'Ddor', alters: {} });
    expect(keySignature('Bb')).toEqual({ abc: 'Bb', alters: { B: -1, E: -1 } });
    expect(keySignature('g')?.abc).toBe('Gm');
    expect(keySignature('C major')).toEqual({ abc: 'C', alters: {} });
  });

  it('gives up on what is not a key or needs more than seven accidentals', () => {
    expect(keySignature('atonal')).toBeNull();
    expect(keySignature('G# major')).toBeNull();
    expect(keySignature(undefined)).toBeNull();
    expect(keySignature('E hypodorian')).toBeNull();
  });
});

describe('incipit to ABC', () => {
  it('writes a header and one ABC note per incipit note', () => {
    const abc = incipitToAbc(parseIncipit('G4:1/4 C5:3/8 B4:1/8 r:1/4 Bb4:1/16*')!);
    expect(abc).toBe('X:1\nM:none\nL:1/8\nK:C\nG2 c3 B z2 "^*"_B/\n');
  });

  it('uses the work’s key and metre when they can be read', () => {
    const abc = incipitToAbc(parseIncipit('Bb4:1/4 Eb5:1/4')!, { key: 'E-flat major', metre: '3/4' });
    expect(abc).toBe('X:1\nM:3/4\nL:1/8\nK:Eb\nB2 e2\n');
    expect(incipitToAbc(parseIncipit('C5:1/4')!, { metre: 'free' })).toContain('M:none');
    expect(incipitToAbc(parseIncipit('C5:1/4')!, { metre: 'C|' })).toContain('M:C|');
  });

  it('writes octaves as ABC does: C is middle C, c the octave above', () => {
    expect(abcBody('C4:1/4 C5:1/4 C6:1/4 C3:1/4 C2:1/4')).toBe("C2 c2 c'2 C,2 C,,2");
  });

  it('chooses the bass clef for low melodies', () => {
    expect(incipitToAbc(parseIncipit('C3:1/4 G2:1/4')!)).toContain('K:C clef=bass');
  });

  it('writes lengths as multiples of the eighth note', () => {
    expect(abcBody('C5:1/1 C5:1/2 C5:3/4 C5:1/8 C5:1/16 C5:3/16 C5:1/32 C5:7/8')).toBe('c8 c4 c6 cc/c3/2 c/4 c7');
  });

  it('beams short notes within a beat and not across beats', () => {
    expect(abcBody('C5:1/8 D5:1/8 E5:1/8 F5:1/8 G5:1/4')).toBe('cd ef g2');
    expect(abcBody('C5:1/16 D5:1/16 E5:1/8 r:1/8 F5:1/8')).toBe('c/d/e z f');
    expect(abcBody('C5:1/8 D5:1/8 E5:1/8 F5:1/8 G5:1/8 A5:1/8', { metre: '6/8' })).toBe('cde fga');
  });

  it('writes the accidentals a reader needs, and no more', () => {
    // F# then F: the natural must be written, or ABC would carry the sharp on.
    expect(abcBody('F#4:1/4 G4:1/4 F4:1/4 F4:1/4')).toBe('^F2 G2 =F2 F2');
    // In E-flat major, a B-flat needs nothing; a B natural needs its sign, and B-flat then its flat again.
    expect(abcBody('Bb4:1/4 B4:1/4 Bb4:1/4', { key: 'E-flat major' })).toBe('B2 =B2 _B2');
    // An accidental in one octave is repeated in another, whichever way a reader carries it.
    expect(abcBody('F#4:1/4 F#5:1/4 F4:1/4')).toBe('^F2 ^f2 =F2');
    expect(abcBody('Ebb4:1/4 C##5:1/4')).toBe('__E2 ^^c2');
  });

  it('brackets triplets and quintuplets', () => {
    expect(abcBody('C5:1/12 D5:1/12 E5:1/12 F5:1/4')).toBe('(3:2:3cde f2');
    expect(abcBody('C5:1/6 D5:1/6 E5:1/6')).toBe('(3:2:3c2 d2 e2');
    expect(abcBody('C5:1/20 D5:1/20 E5:1/20 F5:1/20 G5:1/20')).toBe('(5:4:5c/d/e/f/g/');
  });

  it('marks supplied notes with an asterisk above them', () => {
    expect(abcBody('G4:1/4 A4:1/4* B4:1/4*')).toBe('G2 "^*"A2 "^*"B2');
  });
});

describe('incipit in words', () => {
  it('names durations', () => {
    expect(durationName({ num: 1, den: 4 })).toBe('quarter');
    expect(durationName({ num: 3, den: 8 })).toBe('dotted quarter');
    expect(durationName({ num: 7, den: 16 })).toBe('double-dotted quarter');
    expect(durationName({ num: 1, den: 12 })).toBe('triplet eighth');
    expect(durationName({ num: 5, den: 8 })).toBe('5/8 of a whole note');
  });

  it('reads the incipit aloud, naming supplied notes', () => {
    expect(describeIncipit(parseIncipit('G4:1/4 C5:3/8 r:1/4 Bb4:1/16*')!)).toBe(
      'G 4 quarter, C 5 dotted quarter, quarter rest, B flat 4 sixteenth (supplied)',
    );
  });
});

describe('the notes a melodic search matched', () => {
  const notes = parseIncipit('G4:1/4 C5:3/8 B4:1/8* r:1/4 A4:1/4 G4:1/2')!;

  it('keeps a span inside the incipit, and refuses one that covers no note', () => {
    expect(clampSpan({ start: 1, end: 4 }, 6)).toEqual({ start: 1, end: 4 });
    expect(clampSpan({ start: -2, end: 9 }, 6)).toEqual({ start: 0, end: 6 });
    expect(clampSpan({ start: 3, end: 3 }, 6)).toBeNull();
    expect(clampSpan({ start: 6, end: 8 }, 6)).toBeNull();
    expect(clampSpan({ start: 1.5, end: 3 }, 6)).toBeNull();
    expect(clampSpan(null, 6)).toBeNull();
  });

  it('classes matched notes, rests included, without losing supplied ones', () => {
    expect(noteClasses(notes, { start: 1, end: 4 })).toEqual([
      [],
      ['incipit-match'],
      ['incipit-supplied', 'incipit-match'],
      ['incipit-match'],
      [],
      [],
    ]);
    expect(noteClasses(notes)).toEqual([[], [], ['incipit-supplied'], [], [], []]);
  });

  it('says the span as readers count', () => {
    expect(describeSpan({ start: 0, end: 3 }, notes)).toBe('Matched notes 1 to 3 of 6');
    expect(describeSpan({ start: 1, end: 5 }, notes)).toBe('Matched notes 2 to 5 of 6, counting rests');
    expect(describeSpan({ start: 5, end: 6 }, notes)).toBe('Matched note 6 of 6, counting rests');
  });
});
