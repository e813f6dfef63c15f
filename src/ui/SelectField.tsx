import { useId, type ComponentPropsWithRef } from 'react';

type Props = ComponentPropsWithRef<'select'> & {
  label: string;
  hint?: string | undefined;
  /** Already translated error message; shown under the field and announced. */
  error?: string | undefined;
};

/** A labelled KERN select with hint and inline error, wired for screen readers (as TextField). */
export function SelectField({ label, hint, error, id, children, ...select }: Props) {
  const fallbackId = useId();
  const selectId = id ?? fallbackId;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={selectId}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      <select
        {...select}
        id={selectId}
        className="kern-form-input__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
        {children}
      </select>
      {error && (
        <p className="kern-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
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
