import { useTranslation } from 'react-i18next';
import { optionKey, type OptionSetName } from '../../../domain';

type Props = {
  id: string;
  label: string;
  /** Text of the empty first choice. */
  placeholder: string;
  optionSet: OptionSetName;
  options: readonly string[];
  value: unknown;
  onChange: (value: string | undefined) => void;
  invalid?: boolean | undefined;
};

/** A labelled select over an option set, used inside repeatable rows. */
export function OptionSelect(props: Props) {
  const { id, label, placeholder, optionSet, options, value, onChange, invalid } = props;
  const { t } = useTranslation('script');
  const selected = typeof value === 'string' ? value : '';
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
          value={selected}
          aria-invalid={invalid ? true : undefined}
          onChange={(event) => {
            onChange(event.target.value === '' ? undefined : event.target.value);
          }}
        >
          <option value="">{placeholder}</option>
          {selected !== '' && !options.includes(selected) && (
            <option value={selected}>{selected}</option>
          )}
          {options.map((option) => (
            <option key={option} value={option}>
              {t(optionKey(optionSet, option))}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
