import { useState } from 'preact/hooks';

export interface SortOption<S extends string> {
  value: S;
  label: string;
}

/**
 * Choosing a list's order. The choice is applied with a button rather than on change, so moving
 * through the options with the arrow keys does not reload the list at every step.
 */
export function SortForm<S extends string>({
  options,
  current,
  onApply,
}: {
  options: readonly SortOption<S>[];
  current: S;
  onApply: (sort: S) => void;
}) {
  const [choice, setChoice] = useState<S>(current);
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(choice);
      }}
    >
      <label for="sort">Sort by</label>
      <select id="sort" value={choice} onChange={(event) => setChoice(event.currentTarget.value as S)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" class="button secondary">
        Sort
      </button>
    </form>
  );
}
