import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../domain';
import { DateField } from '../../../ui/DateInput';

type Props = {
  id: string;
  label: string;
  value: string | undefined;
  /** Called with a valid ISO date or undefined (cleared); invalid text is never passed on. */
  onChange: (value: string | undefined) => void;
  /** Extra error key (e.g. a plausibility code) from the caller. */
  error?: string | undefined;
  required?: boolean;
};

/** A date field for session data; invalid text shows an inline message and is not saved. */
export function ValidatedDateField({ id, label, value, onChange, error, required }: Props) {
  const { t } = useTranslation(['script', 'record']);
  const [invalid, setInvalid] = useState(false);
  const message = invalid ? 'facts.validation.date' : error;
  return (
    <div>
      <DateField
        id={id}
        label={label}
        value={value}
        required={required}
        invalid={message !== undefined}
        hintId={message ? `${id}-error` : undefined}
        onChange={(next) => {
          if (next === undefined || (typeof next === 'string' && isIsoDate(next))) {
            setInvalid(false);
            onChange(next);
          } else {
            setInvalid(true);
          }
        }}
      />
      {message && (
        <p className="kern-error" id={`${id}-error`} role="alert">
          {t(message, { ns: ['script', 'record'] })}
        </p>
      )}
    </div>
  );
}
