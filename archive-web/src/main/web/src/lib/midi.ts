/**
 * Reading Standard MIDI Files (what Verovio's renderToMIDI and abcjs's getMidiFile produce) into
 * notes with start times and lengths in seconds, for the page's small synthesiser to play.
 */

export interface SongNote {
  /** Seconds from the start. */
  start: number;
  duration: number;
  /** MIDI key number: 60 is middle C. */
  pitch: number;
  /** 1–127. */
  velocity: number;
  channel: number;
}

export interface Song {
  /** Sorted by start time. */
  notes: SongNote[];
  /** Seconds until the last note ends. */
  duration: number;
}

/** The MIDI channel (0-based) General MIDI keeps for percussion, which the synthesiser leaves out. */
export const PERCUSSION_CHANNEL = 9;

export class MidiFormatError extends Error {
  constructor(message: string) {
    super(`Not a playable MIDI file: ${message}`);
    this.name = 'MidiFormatError';
  }
}

interface TimedEvent {
  tick: number;
  /** Order of the event in its track, so that equal ticks keep their order. */
  order: number;
  kind: 'on' | 'off' | 'tempo';
  channel: number;
  pitch: number;
  velocity: number;
  /** Microseconds per quarter note (tempo events). */
  tempo: number;
}

export function parseMidi(bytes: Uint8Array): Song {
  const reader = new Reader(bytes);
  if (reader.text(4) !== 'MThd') throw new MidiFormatError('no MThd header');
  const headerLength = reader.u32();
  if (headerLength < 6) throw new MidiFormatError('short header');
  reader.u16(); // format: 0, 1 and 2 are read alike (all tracks on one time line)
  const trackCount = reader.u16();
  const division = reader.u16();
  reader.skip(headerLength - 6);

  const events: TimedEvent[] = [];
  let order = 0;
  for (let track = 0; track < trackCount && !reader.done(); track++) {
    const id = reader.text(4);
    const length = reader.u32();
    const end = reader.position + length;
    if (end > bytes.length) throw new MidiFormatError('a track runs past the end of the file');
    if (id !== 'MTrk') {
      reader.position = end;
      continue;
    }
    let tick = 0;
    let status = 0;
    while (reader.position < end) {
      tick += reader.varLength();
      let byte = reader.u8();
      if (byte < 0x80) {
        // Running status: the byte is the first data byte of a repeated message.
        if (!status) throw new MidiFormatError('data without a status byte');
        reader.position--;
        byte = status;
      }
      if (byte === 0xff) {
        const type = reader.u8();
        const size = reader.varLength();
        if (type === 0x51 && size === 3) {
          const tempo = (reader.u8() << 16) | (reader.u8() << 8) | reader.u8();
          events.push({ tick, order: order++, kind: 'tempo', channel: 0, pitch: 0, velocity: 0, tempo });
        } else {
          reader.skip(size);
        }
        if (type === 0x2f) break;
        continue;
      }
      if (byte === 0xf0 || byte === 0xf7) {
        reader.skip(reader.varLength());
        continue;
      }
      status = byte;
      const type = byte & 0xf0;
      const channel = byte & 0x0f;
      if (type === 0xc0 || type === 0xd0) {
        reader.u8();
        continue;
      }
      const first = reader.u8();
      const second = reader.u8();
      if (type === 0x90 && second > 0) {
        events.push({ tick, order: order++, kind: 'on', channel, pitch: first, velocity: second, tempo: 0 });
      } else if (type === 0x80 || type === 0x90) {
        events.push({ tick, order: order++, kind: 'off', channel, pitch: first, velocity: 0, tempo: 0 });
      }
    }
    reader.position = end;
  }
  const notes = pairNotes(events, division);
  return { notes, duration: notes.reduce((end, note) => Math.max(end, note.start + note.duration), 0) };
}

/** Note-ons matched with their note-offs (first on, first off), in seconds. */
function pairNotes(events: TimedEvent[], division: number): SongNote[] {
  const clock = secondsClock(events, division);
  const sorted = [...events].sort((a, b) => a.tick - b.tick || rank(a) - rank(b) || a.order - b.order);
  const open = new Map<number, TimedEvent[]>();
  const notes: SongNote[] = [];
  for (const event of sorted) {
    if (event.kind === 'tempo') continue;
    const key = event.channel * 128 + event.pitch;
    if (event.kind === 'on') {
      const list = open.get(key) ?? [];
      list.push(event);
      open.set(key, list);
    } else {
      const on = open.get(key)?.shift();
      if (!on) continue;
      const start = clock(on.tick);
      notes.push({ start, duration: Math.max(0.01, clock(event.tick) - start), pitch: on.pitch, velocity: on.velocity, channel: on.channel });
    }
  }
  return notes.sort((a, b) => a.start - b.start || a.pitch - b.pitch);
}

/** At equal ticks: tempo first, then note-offs (ending the previous note), then note-ons. */
function rank(event: TimedEvent): number {
  return event.kind === 'tempo' ? 0 : event.kind === 'off' ? 1 : 2;
}

/** Ticks to seconds through the tempo map (120 crotchets a minute until the first tempo event). */
function secondsClock(events: readonly TimedEvent[], division: number): (tick: number) => number {
  if (division & 0x8000) {
    // SMPTE time: frames per second (as a negative byte) times ticks per frame.
    const framesPerSecond = 256 - (division >> 8);
    const ticksPerSecond = framesPerSecond * (division & 0xff);
    return (tick) => tick / ticksPerSecond;
  }
  const ticksPerQuarter = division || 480;
  const tempos = events.filter((event) => event.kind === 'tempo').sort((a, b) => a.tick - b.tick || a.order - b.order);
  const segments: { tick: number; seconds: number; tempo: number }[] = [{ tick: 0, seconds: 0, tempo: 500_000 }];
  for (const change of tempos) {
    const previous = segments[segments.length - 1];
    const seconds = previous.seconds + ((change.tick - previous.tick) * previous.tempo) / ticksPerQuarter / 1e6;
    if (change.tick === previous.tick) segments[segments.length - 1] = { tick: change.tick, seconds: previous.seconds, tempo: change.tempo };
    else segments.push({ tick: change.tick, seconds, tempo: change.tempo });
  }
  return (tick) => {
    let segment = segments[0];
    for (const candidate of segments) {
      if (candidate.tick > tick) break;
      segment = candidate;
    }
    return segment.seconds + ((tick - segment.tick) * segment.tempo) / ticksPerQuarter / 1e6;
  };
}

class Reader {
  position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  done(): boolean {
    return this.position >= this.bytes.length;
  }

  u8(): number {
    if (this.position >= this.bytes.length) throw new MidiFormatError('the file ends unexpectedly');
    return this.bytes[this.position++];
  }

  u16(): number {
    return (this.u8() << 8) | this.u8();
  }

  u32(): number {
    return ((this.u8() << 24) >>> 0) + (this.u8() << 16) + (this.u8() << 8) + this.u8();
  }

  text(length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.u8());
    return text;
  }

  skip(count: number): void {
    if (this.position + count > this.bytes.length) throw new MidiFormatError('the file ends unexpectedly');
    this.position += count;
  }

  varLength(): number {
    let value = 0;
    for (let i = 0; i < 4; i++) {
      const byte = this.u8();
      value = (value << 7) | (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new MidiFormatError('a length is too long');
  }
}

/** Base64 text (as Verovio's renderToMIDI answers) as bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The index of the first note starting at or after `seconds` (notes sorted by start). */
export function firstNoteFrom(notes: readonly SongNote[], seconds: number): number {
  let low = 0;
  let high = notes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (notes[middle].start < seconds) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** "1:05": a playing time in minutes and seconds. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
