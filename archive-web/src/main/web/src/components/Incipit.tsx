import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clampSpan, describeIncipit, describeSpan, hasSupplied, parseIncipit, type IncipitNote, type NoteSpan } from '../lib/incipit';
import { MidiPlayer } from './MidiPlayer';

interface IncipitProps {
  /** The incipit's text form; nothing is shown when it is absent or unreadable. */
  incipit: string | null | undefined;
  metre?: string | null;
  keyText?: string | null;
  /** Smaller, for lists. */
  compact?: boolean;
  /** Offer playback (on a work's page). */
  playable?: boolean;
  /** Say below the staff what the asterisks mean (lists say it once, below the list). */
  legend?: boolean;
  /** Notes a melodic search matched: coloured, banded and said in words below the staff. */
  highlight?: NoteSpan | null;
}

/**
 * A work's opening melody engraved by abcjs (loaded on first use), with the notes in words for
 * screen readers. Notes an editor or a model supplied are drawn in another colour and marked
 * with an asterisk, so the difference does not rest on colour alone.
 */
export function Incipit({ incipit, metre, keyText, compact = false, playable = false, legend = !compact, highlight }: IncipitProps) {
  const notes = useMemo(() => parseIncipit(incipit), [incipit]);
  const span = notes ? clampSpan(highlight, notes.length) : null;
  const spanStart = span?.start ?? -1;
  const spanEnd = span?.end ?? -1;
  const target = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = target.current;
    if (!notes || !element) return;
    let current = true;
    import('../score/abc')
      .then(({ renderIncipit }) => {
        if (current) {
          const matched = spanStart >= 0 ? { start: spanStart, end: spanEnd } : null;
          renderIncipit(element, notes, { metre, key: keyText, compact, highlight: matched });
        }
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [notes, metre, keyText, compact, spanStart, spanEnd]);

  if (!notes) return null;
  const supplied = hasSupplied(notes);
  return (
    <div class={compact ? 'incipit compact' : 'incipit'}>
      <div key="staff" ref={target} class="incipit-staff" aria-hidden="true" data-testid="incipit" />
      <p class="sr-only">Incipit: {describeIncipit(notes)}.</p>
      {span && <p class="incipit-match-text">{describeSpan(span, notes)}.</p>}
      {failed && !compact && <p class="hint">The incipit could not be engraved here.</p>}
      {legend && supplied && <SuppliedLegend />}
      {playable && <MidiPlayer what="the incipit" load={() => incipitMidi(notes, metre, keyText)} />}
    </div>
  );
}

async function incipitMidi(notes: IncipitNote[], metre?: string | null, key?: string | null): Promise<Uint8Array> {
  return (await import('../score/abc')).incipitMidi(notes, { metre, key });
}

/** What the coloured, starred notes of an incipit are. */
export function SuppliedLegend() {
  return (
    <p class="incipit-legend">
      <span class="incipit-legend-mark" aria-hidden="true">
        *
      </span>{' '}
      Notes marked with an asterisk, in blue, were supplied by an editor or a model rather than read from the source.
    </p>
  );
}
