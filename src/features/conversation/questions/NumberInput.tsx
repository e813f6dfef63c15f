import { useTranslation } from 'react-i18next';
import { formatNumberText, parseNumberText } from './inputText';
import type { QuestionControlProps } from './types';
import { useDraftText } from '../../../ui/useDraftText';

/**
 * Counts and weekly hours. Emits a number when the text is one (decimal comma or point), the
 * raw text otherwise (the schema reports it) and `undefined` when emptied.
 */
export function NumberInput({
  id,
  info,
  value,
  onChange,
  onBlur,
  describedBy,
  invalid,
  required,
}: QuestionControlProps) {
  const { i18n } = useTranslation('questions');
  const language = i18n.resolvedLanguage ?? 'de';
  const { text, setDraft } = useDraftText(value, (v) => formatNumberText(v, language));
  return (
    <input
      id={id}
      type="text"
      inputMode={info.input === 'hours' ? 'decimal' : 'numeric'}
      autoComplete="off"
      className={`kern-form-input__input kern-form-input__input--width-4${
        invalid ? ' kern-form-input__input--error' : ''
      }`}
      value={text}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      aria-required={required ? true : undefined}
      onChange={(event) => {
        const next = parseNumberText(event.target.value);
        setDraft(event.target.value, next);
        onChange(next);
      }}
      onBlur={onBlur}
    />
  );
}
