import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../domain';

type Props = {
  item: ChecklistItem;
  value: readonly string[];
  onChange: (value: string[]) => void;
};

/** Tick boxes, nothing pre-ticked; stored as the list of ticked option ids. */
export function ChecklistField({ item, value, onChange }: Props) {
  const { t } = useTranslation(['script', 'conversation']);
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">
        {t(item.labelKey)}
        {item.required && (
          <span className="required-marker">{t('conversation:items.required')}</span>
        )}
      </legend>
      <div className="kern-fieldset__body">
        {item.options.map((option) => {
          const id = `${item.id}-${option.id}`;
          return (
            <div className="kern-form-check" key={option.id}>
              <input
                id={id}
                type="checkbox"
                className="kern-form-check__checkbox"
                checked={value.includes(option.id)}
                onChange={(e) => {
                  onChange(
                    e.target.checked ? [...value, option.id] : value.filter((v) => v !== option.id),
                  );
                }}
              />
              <label className="kern-label" htmlFor={id}>
                {t(option.labelKey)}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
