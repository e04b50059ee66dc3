import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { formatClock, parseMidi, type Song } from '../lib/midi';
import { canPlay, playSong, type Playback } from '../lib/synth';

/**
 * Play and Stop for an encoding's notes through the page's small synthesiser. The MIDI is made
 * only when Play is first pressed (engravers can take a moment), then kept.
 */
export function MidiPlayer({ load, what }: { load: () => Promise<Uint8Array>; what: string }) {
  const [state, setState] = useState<'idle' | 'preparing' | 'playing'>('idle');
  const [failure, setFailure] = useState('');
  const [clock, setClock] = useState('');
  const song = useRef<Song | null>(null);
  const playback = useRef<Playback | null>(null);
  const hintId = useId();

  useEffect(() => () => playback.current?.stop(), []);

  useEffect(() => {
    if (state !== 'playing') return;
    const timer = window.setInterval(() => {
      const current = playback.current;
      if (current && song.current) setClock(`${formatClock(current.position())} / ${formatClock(song.current.duration)}`);
    }, 250);
    return () => window.clearInterval(timer);
  }, [state]);

  if (!canPlay()) return null;

  async function toggle() {
    if (state === 'preparing') return;
    if (state === 'playing') {
      playback.current?.stop();
      return;
    }
    setFailure('');
    setState('preparing');
    try {
      song.current ??= parseMidi(await load());
      if (!song.current.notes.length) throw new Error('There are no notes to play.');
      const started = playSong(song.current, () => {
        playback.current = null;
        setState('idle');
        setClock('');
        announce('Playback stopped.');
      });
      playback.current = started;
      setState('playing');
      announce(`Playing ${what}.`);
    } catch (error) {
      setState('idle');
      const message = `It could not be played: ${error instanceof Error ? error.message : String(error)}`;
      setFailure(message);
      announce(message);
    }
  }

  return (
    <div class="player">
      <button
        type="button"
        class="button secondary"
        aria-describedby={hintId}
        aria-disabled={state === 'preparing' ? 'true' : undefined}
        onClick={() => void toggle()}
      >
        {state === 'playing' ? 'Stop' : state === 'preparing' ? 'Preparing…' : 'Play'}
      </button>
      <span class="player-clock" aria-hidden="true">
        {clock}
      </span>
      <p class="hint" id={hintId}>
        Plays {what} with a plain synthesised sound: a sketch of the notes, not a recording.
      </p>
      {failure && <p class="field-error">{failure}</p>}
    </div>
  );
}
