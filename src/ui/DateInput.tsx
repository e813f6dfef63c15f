import { FieldFrame } from './FieldFrame';
import { formatDateText, parseDateText } from './dateText';
import { useDraftText } from './useDraftText';

type Props = {
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: (() => void) | undefined;
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  required?: boolean | undefined;
};

/**
 * A date typed as TT.MM.JJJJ (or YYYY-MM-DD). Emits the ISO date once the text is a real date,
 * the raw text otherwise (the schema then reports it) and `undefined` when emptied. The typed
 * text stays as it is until the field loses focus; then a valid date is shown as TT.MM.JJJJ.
 */
export function DateInput({ id, value, onChange, onBlur, describedBy, invalid, required }: Props) {
  const { text, setDraft } = useDraftText(value, formatDateText);
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={`kern-form-input__input date-input${
        invalid ? ' kern-form-input__input--error' : ''
      }`}
      value={text}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      aria-required={required ? true : undefined}
      onChange={(event) => {
        const next = parseDateText(event.target.value);
        setDraft(event.target.value, next);
        onChange(next);
      }}
      onBlur={() => {
        const parsed = parseDateText(text);
        if (parsed !== undefined && parsed !== text) setDraft(formatDateText(parsed), parsed);
        onBlur?.();
      }}
    />
  );
}

type DateFieldProps = Omit<Props, 'describedBy' | 'onBlur'> & {
  label: string;
  hintId?: string | undefined;
};

/** A labelled date input, for dates inside repeatable rows. */
export function DateField({ label, hintId, ...input }: DateFieldProps) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={input.id}>
        {label}
      </label>
      <DateInput {...input} describedBy={hintId} />
    </div>
  );
}

type DateTextFieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Already translated error message; shown under the field and announced. */
  error?: string | undefined;
  reserveError?: boolean | undefined;
  /** An ISO date, '' for none, or text that is not a date yet (shown as typed). */
  value: string | undefined;
  /** Called with the ISO date, '' when emptied, or the text as typed when it is no date. */
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  required?: boolean | undefined;
};

/**
 * The one date field of the forms (consents, revocations, letters, representatives, offers):
 * typed as TT.MM.JJJJ like every date of the conversation, never the browser's date picker,
 * whose format follows the browser's locale ("12/04/2026") instead of the interface's.
 */
export function DateTextField({
  id,
  label,
  hint,
  error,
  reserveError,
  value,
  onChange,
  onBlur,
  required,
}: DateTextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} reserveError={reserveError}>
      {(control) => (
        <DateInput
          id={control.id}
          value={value === '' ? undefined : value}
          describedBy={control['aria-describedby']}
          invalid={control['aria-invalid']}
          required={required}
          onBlur={onBlur}
          onChange={(next) => {
            onChange(typeof next === 'string' ? next : '');
          }}
        />
      )}
    </FieldFrame>
  );
}
