import type { FileFormat, FileView } from './types';

/**
 * Stored files as the pages show them: what a format is called, how the browser can present it
 * (engraved by Verovio or abcjs, as the work's incipit, as an image, as audio, or only as a
 * download), and how big it is.
 */

export type Presentation = 'verovio' | 'abc' | 'incipit' | 'pdf' | 'image' | 'audio' | 'download';

interface FormatInfo {
  label: string;
  presentation: Presentation;
}

const FORMATS: Record<FileFormat, FormatInfo> = {
  MUSICXML: { label: 'MusicXML', presentation: 'verovio' },
  MXL: { label: 'MusicXML (compressed)', presentation: 'verovio' },
  MEI: { label: 'MEI', presentation: 'verovio' },
  HUMDRUM: { label: 'Humdrum **kern', presentation: 'verovio' },
  ABC: { label: 'ABC', presentation: 'abc' },
  MARCXML: { label: 'MARCXML catalogue record', presentation: 'incipit' },
  PDF: { label: 'PDF', presentation: 'pdf' },
  PNG: { label: 'PNG image', presentation: 'image' },
  JPEG: { label: 'JPEG image', presentation: 'image' },
  // Most browsers cannot show TIFF images; they are offered for download.
  TIFF: { label: 'TIFF image', presentation: 'download' },
  FLAC: { label: 'FLAC audio', presentation: 'audio' },
  MP3: { label: 'MP3 audio', presentation: 'audio' },
  OGG: { label: 'Ogg audio', presentation: 'audio' },
  WAV: { label: 'WAV audio', presentation: 'audio' },
};

export function formatLabel(format: FileFormat | string): string {
  return FORMATS[format as FileFormat]?.label ?? format;
}

export function presentationOf(format: FileFormat | string): Presentation {
  return FORMATS[format as FileFormat]?.presentation ?? 'download';
}

/** Whether the work page's score section offers the file (everything but what browsers cannot show). */
export function isShowable(file: FileView): boolean {
  return presentationOf(file.format) !== 'download';
}

const SHOW_FIRST: readonly Presentation[] = ['verovio', 'abc', 'incipit', 'image', 'pdf', 'audio', 'download'];

/** The files the score section offers, notation first, then images, PDFs and recordings. */
export function showableFiles(files: readonly FileView[]): FileView[] {
  const rank = (file: FileView) => SHOW_FIRST.indexOf(presentationOf(file.format));
  return files.filter(isShowable).sort((a, b) => rank(a) - rank(b) || a.id - b.id);
}

/** Where a file's bytes are served. */
export function contentUrl(fileId: number): string {
  return `/api/files/${fileId}/content`;
}

/** A size in bytes for people: "812 bytes", "14.2 KB", "3.1 MB" (powers of 1000, as file managers show). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** The tune number an ABC locator such as "X:12" names, or null. */
export function abcTuneNumber(locator: string | null | undefined): number | null {
  const match = /^\s*X\s*:\s*(\d{1,9})\s*$/.exec(locator ?? '');
  return match ? Number(match[1]) : null;
}

export interface AbcTune {
  /** The tune with the file header (text before the first X: line) in front, ready to render. */
  abc: string;
  /** Its X: number, when it has one. */
  number: number | null;
  /** 1-based position in the file. */
  position: number;
  /** How many tunes the file holds. */
  count: number;
  title: string | null;
}

/**
 * One tune of an ABC file: the one a locator ("X:12") names, else the first. Tunes start at an
 * `X:` line; what comes before the first applies to all of them (ABC 2.1's file header). Null
 * when the locator names a tune the file does not have.
 */
export function selectAbcTune(text: string, locator?: string | null): AbcTune | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const starts = lines.flatMap((line, index) => (/^X\s*:/.test(line) ? [index] : []));
  if (!starts.length) {
    return { abc: text, number: null, position: 1, count: 1, title: titleOf(lines) };
  }
  const header = lines.slice(0, starts[0]).join('\n');
  const tunes = starts.map((start, i) => lines.slice(start, starts[i + 1] ?? lines.length));
  const wanted = abcTuneNumber(locator);
  const index = wanted === null ? 0 : tunes.findIndex((tune) => abcTuneNumber(tune[0]) === wanted);
  if (index < 0) return null;
  const tune = tunes[index];
  return {
    abc: (header.trim() ? `${header}\n\n` : '') + tune.join('\n'),
    number: abcTuneNumber(tune[0]),
    position: index + 1,
    count: tunes.length,
    title: titleOf(tune),
  };
}

function titleOf(lines: readonly string[]): string | null {
  const title = lines.find((line) => /^T\s*:/.test(line));
  return title ? title.replace(/^T\s*:\s*/, '').trim() || null : null;
}

/**
 * A text file's bytes as text: UTF-16 when it starts with a UTF-16 byte order mark (MusicXML may
 * be saved so), else UTF-8 (a UTF-8 byte order mark is dropped).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
