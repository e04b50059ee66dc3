import { describe, expect, it } from 'vitest';
import { abcTuneNumber, decodeText, formatBytes, formatLabel, presentationOf, selectAbcTune, showableFiles } from './files';
import type { FileView } from './types';

describe('file formats', () => {
  it('says how each format is shown', () => {
    expect(presentationOf('MUSICXML')).toBe('verovio');
    expect(presentationOf('MXL')).toBe('verovio');
    expect(presentationOf('HUMDRUM')).toBe('verovio');
    expect(presentationOf('ABC')).toBe('abc');
    expect(presentationOf('MARCXML')).toBe('incipit');
    expect(presentationOf('JPEG')).toBe('image');
    expect(presentationOf('TIFF')).toBe('download');
    expect(presentationOf('OGG')).toBe('audio');
    expect(presentationOf('SOMETHING_NEW')).toBe('download');
    expect(formatLabel('HUMDRUM')).toBe('Humdrum **kern');
  });

  it('writes sizes for people', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(14_200)).toBe('14 KB');
    expect(formatBytes(3_140_000)).toBe('3.1 MB');
    expect(formatBytes(999_999)).toBe('1.0 MB');
    expect(formatBytes(-1)).toBe('');
  });
});

const TUNEBOOK = `%abc-2.1
M:6/8

X:3
T:The first
K:G
GAB c2d|

X:12
T:The twelfth
K:D
DEF A2B|
`;

describe('ABC tunes', () => {
  it('reads locators', () => {
    expect(abcTuneNumber('X:12')).toBe(12);
    expect(abcTuneNumber(' X: 7 ')).toBe(7);
    expect(abcTuneNumber('movement 2')).toBeNull();
    expect(abcTuneNumber(null)).toBeNull();
  });

  it('selects the tune a locator names, with the file header', () => {
    const tune = selectAbcTune(TUNEBOOK, 'X:12')!;
    expect(tune.number).toBe(12);
    expect(tune.position).toBe(2);
    expect(tune.count).toBe(2);
    expect(tune.title).toBe('The twelfth');
    expect(tune.abc).toBe('%abc-2.1\nM:6/8\n\n\nX:12\nT:The twelfth\nK:D\nDEF A2B|\n');
  });

  it('falls back to the first tune without a locator, and to nothing for an unknown one', () => {
    expect(selectAbcTune(TUNEBOOK)!.title).toBe('The first');
    expect(selectAbcTune(TUNEBOOK, 'X:99')).toBeNull();
  });

  it('takes a file without X: lines as one tune', () => {
    expect(selectAbcTune('T:Loose\nK:C\nCDE|')).toEqual({ abc: 'T:Loose\nK:C\nCDE|', number: null, position: 1, count: 1, title: 'Loose' });
  });
});

describe('text files', () => {
  it('reads UTF-8 and UTF-16 by their byte order marks', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x3e]))).toBe('<a>');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]))).toBe('<a');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x61]))).toBe('<a');
    expect(decodeText(new TextEncoder().encode('Dvořák'))).toBe('Dvořák');
  });
});

describe('the score section', () => {
  it('offers notation first and leaves out what browsers cannot show', () => {
    const file = (id: number, format: string) => ({ id, format }) as FileView;
    const offered = showableFiles([file(1, 'MP3'), file(2, 'TIFF'), file(3, 'PDF'), file(4, 'ABC'), file(5, 'MEI'), file(6, 'JPEG')]);
    expect(offered.map((f) => f.id)).toEqual([5, 4, 6, 3, 1]);
  });
});
