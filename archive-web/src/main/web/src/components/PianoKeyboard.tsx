import { useEffect, useRef, useState } from 'preact/hooks';
import { KEYBOARD, type KeyboardKey } from '../lib/notes';

const OCTAVES = [KEYBOARD.slice(0, 12), KEYBOARD.slice(12, 24)];
/** How long a pressed key stays lit, so a key pressed with Enter also shows. */
const LIT_MS = 180;

/**
 * Two octaves of piano keys, C4 (middle C) to B5, as buttons named for their notes. The keyboard is
 * one stop in the Tab order: Left and Right (or Down and Up) move from key to key chromatically,
 * Home and End to the ends, and Enter or Space presses the key, as a click or a tap does.
 */
export function PianoKeyboard({ onPress, describedBy }: { onPress: (key: KeyboardKey) => void; describedBy?: string }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const [lit, setLit] = useState(-1);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (lit < 0) return;
    const timer = window.setTimeout(() => setLit(-1), LIT_MS);
    return () => window.clearTimeout(timer);
  }, [lit]);

  function press(index: number) {
    setFocusIndex(index);
    setLit(index);
    onPress(KEYBOARD[index]);
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = KEYBOARD.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, index + 1),
      ArrowUp: Math.min(last, index + 1),
      ArrowLeft: Math.max(0, index - 1),
      ArrowDown: Math.max(0, index - 1),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div class="piano-scroll">
      <div class="piano" role="group" aria-label="Piano keyboard, C4 to B5" aria-describedby={describedBy}>
        {OCTAVES.map((keys, octave) => (
          <div class="piano-octave" key={octave}>
            {keys.map((key, offset) => {
              const index = octave * 12 + offset;
              return (
                <button
                  key={key.name}
                  ref={(element) => {
                    buttons.current[index] = element;
                  }}
                  type="button"
                  class={`piano-key ${key.black ? 'black' : 'white'}${lit === index ? ' lit' : ''}`}
                  data-testid={`piano-key-${key.name}`}
                  aria-label={key.label}
                  tabIndex={index === focusIndex ? 0 : -1}
                  onClick={() => press(index)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                >
                  {key.name.startsWith('C') && !key.black && (
                    <span class="piano-key-name" aria-hidden="true">
                      {key.name}
                    </span>
                  )}
                </button>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
