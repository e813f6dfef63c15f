import { useId, type ComponentPropsWithRef } from 'react';

type Props = ComponentPropsWithRef<'input'> & {
  label: string;
  hint?: string | undefined;
  /** Already translated error message; shown under the field and announced. */
  error?: string | undefined;
};

/** A labelled KERN text input with hint and inline error, wired for screen readers. */
export function TextField({ label, hint, error, id, className, ...input }: Props) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      <input
        {...input}
        id={inputId}
        className={[
          'kern-form-input__input',
          error ? 'kern-form-input__input--error' : '',
          className,
        ]
          .filter(Boolean)
          .join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      />
      {error && (
        <p className="kern-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
