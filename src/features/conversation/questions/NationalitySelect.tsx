import { useTranslation } from 'react-i18next';
import { countries } from './regions';
import type { QuestionControlProps } from './types';

const SPECIAL = ['unknown', 'stateless'] as const;

/** Nationality: "unknown", "stateless" or a country, named and sorted in the UI language. */
export function NationalitySelect({
  id,
  value,
  onChange,
  onBlur,
  describedBy,
  invalid,
  required,
}: QuestionControlProps) {
  const { t, i18n } = useTranslation('questions');
  const list = countries(i18n.resolvedLanguage ?? 'de');
  const selected = typeof value === 'string' ? value : '';
  // A stored code this browser does not know stays visible instead of silently showing "choose".
  const unlisted =
    selected !== '' &&
    !(SPECIAL as readonly string[]).includes(selected) &&
    !list.some((country) => country.code === selected);
  return (
    <div className="kern-form-input__select-wrapper">
      <select
        id={id}
        className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
        value={selected}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        aria-required={required ? true : undefined}
        onChange={(event) => {
          onChange(event.target.value === '' ? undefined : event.target.value);
        }}
        onBlur={onBlur}
      >
        <option value="">{t('questions.nationality.choose')}</option>
        {SPECIAL.map((code) => (
          <option key={code} value={code}>
            {t(`questions.nationality.${code}`)}
          </option>
        ))}
        {unlisted && (
          <option value={selected}>
            {t('questions.nationality.unlisted', { code: selected })}
          </option>
        )}
        <optgroup label={t('questions.nationality.countries')}>
          {list.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
