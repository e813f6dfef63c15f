import { useTranslation } from 'react-i18next';
import { optionKey, type OptionSetName } from '../../../domain';
import { ClearAnswerButton } from './ClearAnswerButton';
import { stringsOf } from './inputText';
import type { QuestionControlProps } from './types';

function optionsOf({ info }: QuestionControlProps): {
  optionSet: OptionSetName;
  options: readonly string[];
} {
  return { optionSet: info.optionSet as OptionSetName, options: info.options ?? [] };
}

/** One answer out of an option set: radio buttons; the answer can be cleared again. */
export function SingleChoiceInput(props: QuestionControlProps) {
  const { id, label, value, onChange, invalid } = props;
  const { t } = useTranslation('script');
  const { optionSet, options } = optionsOf(props);
  return (
    <>
      <div className="kern-fieldset__body">
        {options.map((option) => (
          <div className="kern-form-check" key={option}>
            <input
              id={`${id}-${option}`}
              type="radio"
              name={id}
              value={option}
              className={`kern-form-check__radio${invalid ? ' kern-form-check__radio--error' : ''}`}
              checked={value === option}
              onChange={() => {
                onChange(option);
              }}
            />
            <label className="kern-label" htmlFor={`${id}-${option}`}>
              {t(optionKey(optionSet, option))}
            </label>
          </div>
        ))}
      </div>
      {value !== undefined && (
        <ClearAnswerButton
          label={label}
          onClear={() => {
            onChange(undefined);
          }}
        />
      )}
    </>
  );
}

/**
 * Any number of answers: checkboxes. Emits the ticked options in option order (an empty
 * array when none is ticked); values outside the option set are kept, never dropped silently.
 * `undefined` ("not asked yet") only via the clear button.
 */
export function MultiChoiceInput(props: QuestionControlProps) {
  const { id, label, value, onChange, invalid } = props;
  const { t } = useTranslation('script');
  const { optionSet, options } = optionsOf(props);
  const ticked = stringsOf(value);
  const toggle = (option: string) => {
    const next = options.filter((o) => (o === option ? !ticked.includes(o) : ticked.includes(o)));
    onChange([...next, ...ticked.filter((o) => !options.includes(o))]);
  };
  return (
    <>
      <div className="kern-fieldset__body">
        {options.map((option) => (
          <div className="kern-form-check" key={option}>
            <input
              id={`${id}-${option}`}
              type="checkbox"
              value={option}
              className={`kern-form-check__checkbox${invalid ? ' kern-form-check__checkbox--error' : ''}`}
              checked={ticked.includes(option)}
              aria-invalid={invalid ? true : undefined}
              onChange={() => {
                toggle(option);
              }}
            />
            <label className="kern-label" htmlFor={`${id}-${option}`}>
              {t(optionKey(optionSet, option))}
            </label>
          </div>
        ))}
      </div>
      {value !== undefined && (
        <ClearAnswerButton
          label={label}
          onClear={() => {
            onChange(undefined);
          }}
        />
      )}
    </>
  );
}
