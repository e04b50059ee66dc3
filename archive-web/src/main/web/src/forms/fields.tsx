import type { ComponentChildren } from 'preact';

/**
 * Labelled form controls. Each control's id is `field-<name>` (the API's field name), so error
 * summaries can link to it; hints and errors are tied to it with aria-describedby.
 */

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

export function fieldId(name: string): string {
  return `field-${name}`;
}

function describedBy(name: string, hint?: string, error?: string, required?: boolean): string | undefined {
  const ids = [hint || required ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * The label holds exactly the field's name (what people and tests look for); "Required" is said in
 * the hint, which the control's description includes.
 */
function FieldFrame({ name, label, error, hint, required, children }: FieldProps & { children: ComponentChildren }) {
  const fullHint = required ? ['Required.', hint].filter(Boolean).join(' ') : hint;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={fieldId(name)}>{label}</label>
      {fullHint && (
        <p class="hint" id={`${fieldId(name)}-hint`}>
          {fullHint}
        </p>
      )}
      {error && <FieldErrorText name={name} error={error} />}
      {children}
    </div>
  );
}

export function FieldErrorText({ name, error }: { name: string; error: string }) {
  return (
    <p class="field-error" id={`${fieldId(name)}-error`}>
      <span class="sr-only">Error: </span>
      {error}
    </p>
  );
}

function controlProps(props: FieldProps) {
  return {
    id: fieldId(props.name),
    name: props.name,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props.name, props.hint, props.error, props.required),
    'aria-required': props.required ? ('true' as const) : undefined,
  };
}

export function TextField(
  props: FieldProps & {
    value: string;
    onInput: (value: string) => void;
    inputMode?: 'text' | 'numeric';
    autoComplete?: string;
    spellcheck?: boolean;
    narrow?: boolean;
    /** Other kinds of single-line input (a number, a date and time). */
    type?: 'text' | 'number' | 'datetime-local';
    min?: string | number;
    max?: string | number;
    step?: string | number;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        {...controlProps(props)}
        class={props.narrow ? 'narrow' : undefined}
        // Preact's types tie each input type to its own attributes; these three share what is set here.
        type={(props.type ?? 'text') as 'text'}
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        spellcheck={props.spellcheck}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value: string; onInput: (value: string) => void; rows?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        {...controlProps(props)}
        rows={props.rows ?? 4}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(props: FieldProps & { value: string; onChange: (value: string) => void; choices: readonly Choice[] }) {
  return (
    <FieldFrame {...props}>
      <select {...controlProps(props)} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A file chooser; give it a new `key` to clear it after a successful upload. */
export function FileField(
  props: FieldProps & {
    accept?: string;
    onChange: (file: File | null) => void;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        {...controlProps(props)}
        type="file"
        class="file-input"
        accept={props.accept}
        onChange={(event) => props.onChange(event.currentTarget.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}
