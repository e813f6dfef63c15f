import type { ComponentPropsWithRef } from 'react';
import { FieldFrame } from './FieldFrame';

type Props = ComponentPropsWithRef<'select'> & {
  label: string;
  hint?: string | undefined;
  /** Already translated error message; shown under the field and announced. */
  error?: string | undefined;
  /** Keep the error line's space even without an error (ErrorSlot). */
  reserveError?: boolean | undefined;
};

/** A labelled KERN select with hint and inline error, wired for screen readers. */
export function SelectField({ label, hint, error, reserveError, id, children, ...select }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} reserveError={reserveError}>
      {(control) => (
        // KERN draws the frame and the arrow on the wrapper: without it a select looks like text.
        <div className="kern-form-input__select-wrapper">
          <select {...select} {...control} className="kern-form-input__select">
            {children}
          </select>
        </div>
      )}
    </FieldFrame>
  );
}

/** Options for a list of languages, each named in itself and marked with its language. */
export function LanguageOptions({
  languages,
}: {
  languages: readonly { code: string; nativeName: string }[];
}) {
  return (
    <>
      {languages.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.nativeName}
        </option>
      ))}
    </>
  );
}
