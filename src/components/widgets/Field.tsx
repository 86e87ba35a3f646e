/** What a labelled text field needs: its id, label, value, message and what to do on input. */
interface FieldProps {
  id: string;
  label: string;
  value: string;
  /** The message to show next to the field when what was typed cannot be used. */
  error?: string | undefined;
  /** A short help line under the label. */
  hint?: string | undefined;
  /** The unit after the box: 名, %. */
  unit?: string;
  /** decimal for percents, numeric for counts: which keyboard a phone offers. */
  inputMode?: 'numeric' | 'decimal';
  onInput: (value: string) => void;
}

/**
 * A labelled text box for a number. It is a text box, not type="number", so that what the reader typed (letters,
 * full-width digits) reaches the form reader in src/lib and earns a message rather than silently becoming blank.
 */
export function Field({ id, label, value, error, hint, unit, inputMode = 'numeric', onInput }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={hint ? 'field field--with-hint' : 'field'}>
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <span class="field__box">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {unit && <span class="field__unit">{unit}</span>}
      </span>
      <p class="field__error" id={`${id}-error`} aria-live="polite">
        {error}
      </p>
    </div>
  );
}
