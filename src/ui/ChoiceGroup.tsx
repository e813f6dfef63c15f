import type { UseFormRegisterReturn } from 'react-hook-form';

type Props = {
  id: string;
  legend: string;
  type: 'checkbox' | 'radio';
  options: readonly { value: string; label: string; hint?: string }[];
  registration: UseFormRegisterReturn;
  error?: string | undefined;
};

/**
 * A group of check boxes or radios bound to one react-hook-form field (an array of ticked
 * values, or one value). Nothing is pre-selected: the defaults are empty.
 */
export function ChoiceGroup({ id, legend, type, options, registration, error }: Props) {
  const errorId = error ? `${id}-error` : undefined;
  const inputClass = type === 'checkbox' ? 'kern-form-check__checkbox' : 'kern-form-check__radio';
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
              {option.hint && (
                <span className="kern-hint consent-check-hint" id={`${id}-${option.value}-hint`}>
                  {option.hint}
                </span>
              )}
            </label>
          </div>
        ))}
      </div>
      {error && (
        <p className="kern-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
