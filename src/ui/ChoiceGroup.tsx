import type { UseFormRegisterReturn } from 'react-hook-form';
import { ErrorSlot } from './ErrorSlot';

type Props = {
  id: string;
  legend: string;
  type: 'checkbox' | 'radio';
  options: readonly { value: string; label: string; hint?: string | undefined }[];
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  /** Keep the error line's space even without an error, so nothing below moves (ErrorSlot). */
  reserveError?: boolean;
};

/**
 * A group of check boxes or radios bound to one react-hook-form field (an array of ticked
 * values, or one value). Nothing is pre-selected: the defaults are empty. An option's hint
 * stands below its label and describes it (it is not part of its name).
 */
export function ChoiceGroup({
  id,
  legend,
  type,
  options,
  registration,
  error,
  reserveError,
}: Props) {
  const errorId = error ? `${id}-error` : undefined;
  const inputClass = type === 'checkbox' ? 'kern-form-check__checkbox' : 'kern-form-check__radio';
  const message = error && (
    <p className="kern-error" id={errorId} role="alert">
      {error}
    </p>
  );
  return (
    <fieldset className="kern-fieldset" aria-describedby={errorId}>
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body">
        {options.map((option) => (
          <div className="kern-form-check" key={option.value}>
            <input
              {...registration}
              id={`${id}-${option.value}`}
              type={type}
              value={option.value}
              className={`${inputClass}${error ? ` ${inputClass}--error` : ''}`}
              aria-invalid={error ? true : undefined}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
            />
            <label className="kern-label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
            {option.hint && (
              <span className="kern-hint choice-hint" id={`${id}-${option.value}-hint`}>
                {option.hint}
              </span>
            )}
          </div>
        ))}
      </div>
      {reserveError ? <ErrorSlot>{message}</ErrorSlot> : message}
    </fieldset>
  );
}
