import type { ComponentPropsWithRef } from 'react';
import { FieldFrame } from './FieldFrame';

type Props = ComponentPropsWithRef<'input'> & {
  label: string;
  hint?: string | undefined;
  /** Already translated error message; shown under the field and announced. */
  error?: string | undefined;
  /** Keep the error line's space even without an error (ErrorSlot). */
  reserveError?: boolean | undefined;
};

/** A labelled KERN text input with hint and inline error, wired for screen readers. */
export function TextField({ label, hint, error, reserveError, id, className, ...input }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} reserveError={reserveError}>
      {(control) => (
        <input
          {...input}
          {...control}
          className={[
            'kern-form-input__input',
            error ? 'kern-form-input__input--error' : '',
            className,
          ]
            .filter(Boolean)
            .join(' ')}
        />
      )}
    </FieldFrame>
  );
}
