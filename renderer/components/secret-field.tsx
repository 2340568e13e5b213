/**
 * A write-only secret input (a token, an app secret): masked, uncontrolled so
 * the secret never enters React state, emptied and masked again the moment
 * the form takes it, with its hint and, when left blank, an alert.
 *
 * The step owns the form and calls `take()` on submit; style.md P4 and
 * anti-pattern 14 ("clear the token input right after submit").
 */
import { useCallback, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface SecretInput {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly empty: boolean;
  readonly shown: boolean;
  setShown(shown: boolean): void;
  /**
   * The typed secret, trimmed, taken out of the field (which is emptied and
   * masked again); null when blank, which is flagged as an error only when
   * the secret is `required`.
   */
  take(required: boolean): string | null;
}

export function useSecretInput(): SecretInput {
  const inputRef = useRef<HTMLInputElement>(null);
  const [empty, setEmpty] = useState(false);
  const [shown, setShown] = useState(false);
  const take = useCallback((required: boolean): string | null => {
    const input = inputRef.current;
    if (!input) return null;
    const value = input.value.trim();
    input.value = '';
    setShown(false);
    setEmpty(required && value === '');
    return value === '' ? null : value;
  }, []);
  return useMemo(() => ({ inputRef, empty, shown, setShown, take }), [empty, shown, take]);
}

interface Props {
  readonly input: SecretInput;
  readonly label: string;
  readonly hint: ReactNode;
  /** The alert shown when the field was required and left blank (an optional field has none). */
  readonly emptyText?: string;
  /** "Show"/"Hide" texts: given, the field has a button that shows what was typed. */
  readonly toggle?: { readonly show: string; readonly hide: string };
}

export function SecretField({ input, label, hint, emptyText, toggle }: Props) {
  const inputId = useId();
  const hintId = useId();
  const emptyId = useId();
  const field = (
    <input
      id={inputId}
      ref={input.inputRef}
      type={toggle && input.shown ? 'text' : 'password'}
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      aria-describedby={input.empty ? `${hintId} ${emptyId}` : hintId}
      aria-invalid={input.empty || undefined}
    />
  );
  return (
    <div className="secret-field">
      <label htmlFor={inputId}>{label}</label>
      {toggle ? (
        <div className="row">
          {field}
          <button type="button" aria-pressed={input.shown} onClick={() => input.setShown(!input.shown)}>
            {input.shown ? toggle.hide : toggle.show}
          </button>
        </div>
      ) : (
        field
      )}
      <p id={hintId} className="hint">
        {hint}
      </p>
      {input.empty && emptyText && (
        <p id={emptyId} className="field-error" role="alert">
          {emptyText}
        </p>
      )}
    </div>
  );
}
