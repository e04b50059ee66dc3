import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { parseIncipit, type IncipitNote } from '../lib/incipit';
import { appendToken, dropLastToken, keyToken, melodySong, NOTE_LENGTHS, parseNoteNames, QUARTER_SECONDS, type KeyboardKey, type NoteLength } from '../lib/notes';
import { sameMelodySearch, type MatchMode, type MelodySearch, type Notation } from '../lib/search-url';
import { canPlay, playSong, playTone, type Playback } from '../lib/synth';
import { PianoKeyboard } from './PianoKeyboard';

const NOTATION_HELP: Record<Notation, { label: string; example: string; hint: string }> = {
  notes: {
    label: 'Note names',
    example: 'G4 C5:3/8 B4:1/8 A4 G4',
    hint: 'A letter, # for sharp or b for flat, the octave (C4 is middle C), and a length after a colon: :1/8 an eighth, :1/4 a quarter (the default), :1/2 a half. r is a rest.',
  },
  abc: {
    label: 'ABC',
    example: 'G2 c3 B A2 G2',
    hint: 'ABC as in the body of a tune, without a header: C is middle C and c the octave above; lengths count eighths (G2 is a quarter); ^ is sharp, _ flat, z a rest.',
  },
  pae: {
    label: 'Plaine & Easie',
    example: "'4G''4.C8'B4AG",
    hint: "Plaine & Easie Code as RISM writes incipits: ' is the octave from middle C up, '' the next; 4 a quarter, 8 an eighth, 2 a half, each until changed; x is sharp, b flat, - a rest.",
  },
};

const MATCH_HELP: Record<MatchMode, { label: string; hint: string }> = {
  exact: { label: 'Exact intervals', hint: 'The same intervals, in any key.' },
  contour: { label: 'Contour only', hint: 'The same ups and downs, whatever their size.' },
  rhythm: { label: 'With rhythm', hint: 'The same intervals and the same note lengths.' },
};

/**
 * The melodic search form: the melody typed (in one of three notations) or played on the keyboard,
 * how closely it must match, and whether supplied notes may take part. "Play query" plays the
 * melody as the archive read it, or, before searching, the note names typed.
 */
export function MelodyPanel({
  current,
  parsedQuery,
  error,
  onSearch,
}: {
  /** The search in the address. */
  current: MelodySearch;
  /** The archive's reading of the current search's melody (incipit text form), once answered. */
  parsedQuery?: string | null;
  /** Why the current search failed: an unreadable melody, usually. */
  error?: string;
  onSearch: (search: MelodySearch) => void;
}) {
  const [draft, setDraft] = useState<MelodySearch>(current);
  const [length, setLength] = useState<NoteLength>('1/4');
  const [fieldError, setFieldError] = useState('');
  const [keyboardHint, setKeyboardHint] = useState('');
  const [playing, setPlaying] = useState(false);
  const [playHint, setPlayHint] = useState('');
  const playback = useRef<Playback | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Back and forward (or a shared address) bring another search: the form shows it.
  useEffect(() => {
    setDraft(current);
    setFieldError('');
  }, [current.melody, current.notation, current.match, current.verbatimOnly]);

  useEffect(() => () => playback.current?.stop(), []);

  const change = (changes: Partial<MelodySearch>) => {
    setDraft((previous) => ({ ...previous, ...changes }));
    setFieldError('');
    setPlayHint('');
  };

  function pressKey(key: KeyboardKey) {
    playTone(key.midi, QUARTER_SECONDS * 4 * (length === '1/8' ? 0.125 : length === '1/4' ? 0.25 : 0.5));
    if (draft.notation !== 'notes' && draft.melody.trim()) {
      setKeyboardHint('The keyboard writes note names: choose “Note names” above, or clear the melody, to add notes with it.');
      announce(key.label);
      return;
    }
    setKeyboardHint('');
    const token = keyToken(key, length);
    setDraft((previous) => ({ ...previous, melody: appendToken(previous.notation === 'notes' ? previous.melody : '', token), notation: 'notes' }));
    setFieldError('');
    setPlayHint('');
    announce(`${key.label}, ${NOTE_LENGTHS.find((option) => option.value === length)?.label.toLowerCase()}, added.`);
  }

  function playable(): IncipitNote[] | string {
    if (!draft.melody.trim()) return 'Type or play a melody first.';
    if (parsedQuery && sameMelodySearch(draft, current)) {
      const notes = parseIncipit(parsedQuery);
      if (notes) return notes;
    }
    if (draft.notation === 'notes') {
      return parseNoteNames(draft.melody) ?? 'These note names cannot be read: write each note like C4, F#4:1/8 or Bb3:1/2.';
    }
    return 'Search first: the archive reads ABC and Plaine & Easie melodies, and the page then plays what it read.';
  }

  function togglePlay() {
    if (playing) {
      playback.current?.stop();
      return;
    }
    const notes = playable();
    if (typeof notes === 'string') {
      setPlayHint(notes);
      announce(notes);
      return;
    }
    setPlayHint('');
    playback.current = playSong(melodySong(notes), () => {
      playback.current = null;
      setPlaying(false);
    });
    setPlaying(true);
    announce('Playing the melody.');
  }

  const help = NOTATION_HELP[draft.notation];
  const shownError = fieldError || (sameMelodySearch(draft, current) ? error : '');
  const describedBy = ['melody-hint', shownError ? 'melody-error' : ''].filter(Boolean).join(' ');
  return (
    <form
      class="melody-panel"
      data-testid="melody-panel"
      aria-label="Melodic search"
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.melody.trim()) {
          setFieldError('Type or play a melody to search for.');
          input.current?.focus();
          return;
        }
        onSearch({ ...draft, melody: draft.melody.trim() });
      }}
    >
      <div class="field">
        <label for="melody-notation">Notation</label>
        <select
          id="melody-notation"
          class="narrow"
          value={draft.notation}
          onChange={(event) => change({ notation: event.currentTarget.value as Notation })}
        >
          {(Object.keys(NOTATION_HELP) as Notation[]).map((notation) => (
            <option key={notation} value={notation}>
              {NOTATION_HELP[notation].label}
            </option>
          ))}
        </select>
      </div>
      <div class={shownError ? 'field field-invalid' : 'field'}>
        <label for="melody-input">Melody</label>
        <p class="hint" id="melody-hint">
          {help.hint} Example: <code>{help.example}</code>
        </p>
        {shownError && (
          <p class="field-error" id="melody-error">
            {shownError}
          </p>
        )}
        <input
          ref={input}
          id="melody-input"
          data-testid="melody-input"
          type="text"
          class="melody-input"
          value={draft.melody}
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={shownError ? 'true' : undefined}
          onInput={(event) => change({ melody: event.currentTarget.value })}
        />
        <button type="button" class="button small melody-example" onClick={() => change({ melody: help.example })}>
          Use the example<span class="sr-only"> ({help.label})</span>
        </button>
      </div>

      <fieldset class="melody-keyboard">
        <legend>Play the melody</legend>
        <p class="hint" id="piano-hint">
          Each key sounds and adds its note to the melody. With the keyboard: Tab to the keys, Left and Right to move, Enter or Space to
          press.
        </p>
        <fieldset class="length-choice">
          <legend>Length of the next note</legend>
          {NOTE_LENGTHS.map((option) => (
            <label class="check" key={option.value}>
              <input type="radio" name="note-length" value={option.value} checked={length === option.value} onChange={() => setLength(option.value)} />
              {option.label}
            </label>
          ))}
        </fieldset>
        <PianoKeyboard onPress={pressKey} describedBy="piano-hint" />
        {keyboardHint && <p class="hint keyboard-hint">{keyboardHint}</p>}
        <div class="melody-edit">
          <button
            type="button"
            class="button secondary"
            disabled={!draft.melody.trim()}
            onClick={() => {
              change({ melody: dropLastToken(draft.melody) });
              announce('Last note removed.');
            }}
          >
            Backspace<span class="sr-only">: remove the last note</span>
          </button>
          <button
            type="button"
            class="button secondary"
            disabled={!draft.melody.trim()}
            onClick={() => {
              change({ melody: '' });
              announce('Melody cleared.');
            }}
          >
            Clear<span class="sr-only"> the melody</span>
          </button>
          {canPlay() && (
            <button
              type="button"
              class="button secondary"
              data-testid="play-query"
              aria-describedby={playHint ? 'play-hint' : undefined}
              onClick={togglePlay}
            >
              {playing ? 'Stop' : 'Play query'}
            </button>
          )}
        </div>
        {playHint && (
          <p class="hint" id="play-hint">
            {playHint}
          </p>
        )}
      </fieldset>

      <fieldset class="match-modes">
        <legend>Match</legend>
        {(Object.keys(MATCH_HELP) as MatchMode[]).map((mode) => (
          <div class="radio-option" key={mode}>
            <label class="check">
              <input
                type="radio"
                name="match"
                value={mode}
                checked={draft.match === mode}
                aria-describedby={`match-${mode}-hint`}
                onChange={() => change({ match: mode })}
              />
              {MATCH_HELP[mode].label}
            </label>
            <span class="hint" id={`match-${mode}-hint`}>
              {MATCH_HELP[mode].hint}
            </span>
          </div>
        ))}
      </fieldset>

      <div class="melody-option">
        <label class="check">
          <input
            type="checkbox"
            name="verbatimOnly"
            checked={draft.verbatimOnly}
            aria-describedby="verbatim-hint"
            onChange={(event) => change({ verbatimOnly: event.currentTarget.checked })}
          />
          Only notes from the sources (exclude supplied)
        </label>
        <p class="hint" id="verbatim-hint">
          Leaves out works that match only with notes an editor or a model supplied.
        </p>
      </div>

      <div class="form-actions">
        <button type="submit" class="button primary">
          Search
        </button>
      </div>
    </form>
  );
}
