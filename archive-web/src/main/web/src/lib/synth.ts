import { firstNoteFrom, PERCUSSION_CHANNEL, type Song, type SongNote } from './midi';
import { frequency } from './notes';

/**
 * A small WebAudio synthesiser for hearing an encoding's notes: one soft oscillator voice per note,
 * scheduled a little ahead of time. It needs nothing from the network (no sound fonts), so it
 * works under the page's Content-Security-Policy. It is a sketch of the music, not a performance.
 */

export interface Playback {
  /** Seconds since the start of the song. */
  position(): number;
  stop(): void;
}

/** How far ahead notes are handed to the audio clock, and how often the scheduler runs. */
const LOOKAHEAD_S = 0.5;
const TICK_MS = 100;
/** Delay before the first note, so it is not cut. */
const LEAD_IN_S = 0.08;
/** Loudness of one voice at full velocity; a compressor keeps chords from clipping. */
const VOICE_GAIN = 0.18;

let context: AudioContext | null = null;

export function canPlay(): boolean {
  return typeof window !== 'undefined' && typeof window.AudioContext === 'function';
}

/**
 * Starts playing; `onEnd` is called once when the song has finished or was stopped. Must be called
 * from a user's click or key press (browsers only start audio then).
 */
export function playSong(song: Song, onEnd: () => void): Playback {
  context ??= new AudioContext();
  const audio = context;
  void audio.resume();
  const output = audio.createDynamicsCompressor();
  output.connect(audio.destination);
  const startAt = audio.currentTime + LEAD_IN_S;
  const notes = song.notes.filter((note) => note.channel !== PERCUSSION_CHANNEL);
  const sounding = new Set<OscillatorNode>();
  let next = 0;
  let ended = false;

  const position = () => Math.max(0, audio.currentTime - startAt);

  function schedule() {
    const until = position() + LOOKAHEAD_S;
    const last = firstNoteFrom(notes, until);
    for (; next < last; next++) sound(notes[next]);
    if (next >= notes.length && position() >= song.duration + 0.2) finish();
  }

  function sound(note: SongNote) {
    const at = startAt + note.start;
    const end = at + note.duration;
    const oscillator = audio.createOscillator();
    oscillator.type = 'triangle';
    oscillator.frequency.value = frequency(note.pitch);
    const envelope = audio.createGain();
    const peak = VOICE_GAIN * (note.velocity / 127);
    envelope.gain.setValueAtTime(0, at);
    envelope.gain.linearRampToValueAtTime(peak, at + 0.012);
    envelope.gain.setTargetAtTime(peak * 0.55, at + 0.012, 0.25);
    envelope.gain.setTargetAtTime(0, end, 0.04);
    oscillator.connect(envelope).connect(output);
    oscillator.start(at);
    oscillator.stop(end + 0.3);
    sounding.add(oscillator);
    oscillator.onended = () => {
      sounding.delete(oscillator);
      envelope.disconnect();
    };
  }

  function finish() {
    if (ended) return;
    ended = true;
    window.clearInterval(timer);
    for (const oscillator of sounding) {
      try {
        oscillator.stop();
      } catch {
        // Not started yet: it will never sound, which is what stopping wants.
      }
    }
    sounding.clear();
    // Let already-released voices fade rather than click.
    window.setTimeout(() => output.disconnect(), 400);
    onEnd();
  }

  const timer = window.setInterval(schedule, TICK_MS);
  schedule();
  return { position, stop: finish };
}

/**
 * One short note at once, for a key of the on-screen keyboard: a softly enveloped triangle wave.
 * Must be called from a user's click or key press.
 */
export function playTone(pitch: number, seconds = 0.4): void {
  if (!canPlay()) return;
  context ??= new AudioContext();
  const audio = context;
  void audio.resume();
  const at = audio.currentTime + 0.01;
  const oscillator = audio.createOscillator();
  oscillator.type = 'triangle';
  oscillator.frequency.value = frequency(pitch);
  const envelope = audio.createGain();
  envelope.gain.setValueAtTime(0, at);
  envelope.gain.linearRampToValueAtTime(VOICE_GAIN, at + 0.012);
  envelope.gain.setTargetAtTime(VOICE_GAIN * 0.55, at + 0.012, 0.2);
  envelope.gain.setTargetAtTime(0, at + seconds, 0.05);
  oscillator.connect(envelope).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds + 0.4);
  oscillator.onended = () => envelope.disconnect();
}
