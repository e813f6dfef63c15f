import { useId, type ReactNode } from 'react';
import { ErrorSlot } from './ErrorSlot';

type Props = {
  id: string | undefined;
  label: string;
  hint?: string | undefined;
  /** Already translated error message; shown under the control and announced. */
  error?: string | undefined;
  /** Keep the error line's space even without an error (ErrorSlot). */
  reserveError?: boolean | undefined;
  /** The control, given its id and the attributes that tie it to hint and error. */
  children: (control: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
};

/** Label, hint and inline error around one KERN form control, wired for screen readers. */
export function FieldFrame({ id, label, hint, error, reserveError, children }: Props) {
  const fallbackId = useId();
  const controlId = id ?? fallbackId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const message = error && (
    <p className="kern-error" id={errorId} role="alert">
      {error}
    </p>
  );
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={controlId}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      {children({
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {reserveError ? <ErrorSlot>{message}</ErrorSlot> : message}
    </div>
  );
}
