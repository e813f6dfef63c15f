import type { ComponentPropsWithRef } from 'react';
import { FieldFrame } from './FieldFrame';

type Props = ComponentPropsWithRef<'textarea'> & {
  label: string;
  hint?: string | undefined;
  /** Already translated error message; shown under the field and announced. */
  error?: string | undefined;
};

/** A labelled KERN multi-line input with hint and inline error, wired for screen readers. */
export function TextAreaField({ label, hint, error, id, className, ...input }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          rows={4}
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
