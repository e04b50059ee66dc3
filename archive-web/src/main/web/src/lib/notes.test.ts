import { describe, expect, it } from 'vitest';
import { appendToken, dropLastToken, frequency, KEYBOARD, keyToken, melodySong, parseNoteNames } from './notes';

describe('the on-screen keyboard', () => {
  it('has two chromatic octaves from middle C, sharps for the black keys', () => {
    expect(KEYBOARD).toHaveLength(24);
    expect(KEYBOARD[0]).toEqual({ name: 'C4', label: 'C 4', midi: 60, black: false });
    expect(KEYBOARD[1]).toEqual({ name: 'C#4', label: 'C sharp 4', midi: 61, black: true });
    expect(KEYBOARD[23]).toEqual({ name: 'B5', label: 'B 5', midi: 83, black: false });
    expect(KEYBOARD.filter((key) => key.black).map((key) => key.name)).toEqual(['C#4', 'D#4', 'F#4', 'G#4', 'A#4', 'C#5', 'D#5', 'F#5', 'G#5', 'A#5']);
  });

  it('writes note tokens with their length, and takes the last one back', () => {
    const token = keyToken(KEYBOARD[1], '1/8');
    expect(token).toBe('C#4:1/8');
    expect(appendToken('', token)).toBe('C#4:1/8');
    expect(appendToken(' G4:1/4  ', token)).toBe('G4:1/4 C#4:1/8');
    expect(dropLastToken('G4:1/4 C#4:1/8 ')).toBe('G4:1/4');
    expect(dropLastToken('G4')).toBe('');
    expect(dropLastToken('')).toBe('');
  });

  it('tunes A4 to 440 Hz in equal temperament', () => {
    expect(frequency(69)).toBe(440);
    expect(frequency(81)).toBe(880);
    expect(frequency(60)).toBeCloseTo(261.63, 2);
  });
});

describe('reading typed note names', () => {
  it('reads letters, accidentals, octaves, lengths and rests', () => {
    const notes = parseNoteNames('c d, Eb5:1/8 F#4:3/8 r:1/4 bb3');
    expect(notes?.map((note) => note.pitch)).toEqual([
      { step: 'C', alter: 0, octave: 4 },
      { step: 'D', alter: 0, octave: 4 },
      { step: 'E', alter: -1, octave: 5 },
      { step: 'F', alter: 1, octave: 4 },
      null,
      { step: 'B', alter: -1, octave: 3 },
    ]);
    expect(notes?.map((note) => `${note.duration.num}/${note.duration.den}`)).toEqual(['1/4', '1/4', '1/8', '3/8', '1/4', '1/4']);
  });

  it('refuses what is not note names', () => {
    expect(parseNoteNames('')).toBeNull();
    expect(parseNoteNames('r r')).toBeNull();
    expect(parseNoteNames("'4C8DE")).toBeNull();
    expect(parseNoteNames('H4')).toBeNull();
    expect(parseNoteNames('C4:1/0')).toBeNull();
  });

  it('plays rests as silence in the written rhythm', () => {
    const song = melodySong(parseNoteNames('C4:1/4 r:1/4 G4:1/2')!, 0.5);
    expect(song.notes.map((note) => [note.pitch, note.start])).toEqual([
      [60, 0],
      [67, 1],
    ]);
    expect(song.duration).toBe(2);
  });
});
