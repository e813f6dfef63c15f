import { formatDateText, parseDateText } from './inputText';
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
