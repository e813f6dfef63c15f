import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compact,
  type ActionPlanItem,
  type AgreedAction,
  type ResponsibleParty,
  type SuggestedAction,
} from '../../../../domain';
import { SelectField } from '../../../../ui/SelectField';
import { ValidatedDateField } from '../ValidatedDateField';

type Props = {
  item: ActionPlanItem;
  value: readonly AgreedAction[];
  suggestions: readonly SuggestedAction[];
  onChange: (value: AgreedAction[]) => void;
  newId: () => string;
};

const RESPONSIBLE: readonly ResponsibleParty[] = [
  'client',
  'authority',
  'counsellor',
  'representative',
];

/**
 * Agreed actions: what, who, by when. Suggestions come from the engine (unmet requirements,
 * threatening consequences, with their deadline); free-text actions can be added too.
 */
export function ActionPlanEditor({ item, value, suggestions, onChange, newId }: Props) {
  const { t } = useTranslation(['conversation', 'rules', 'script']);
  const headingId = useId();
  // Steps already agreed, and steps that read the same as an earlier one (§ 60c and § 16g
  // share their texts), are not offered again.
  const agreedTexts = new Set(
    value.flatMap((a) => (a.actionKey ? [t(a.actionKey, { ns: 'rules' })] : [])),
  );
  const unused = suggestions.filter((s) => {
    const text = t(s.actionKey, { ns: 'rules' });
    if (agreedTexts.has(text)) return false;
    agreedTexts.add(text);
    return true;
  });
  const update = (id: string, patch: Partial<AgreedAction>) => {
    onChange(
      value.map((a) => {
        if (a.id !== id) return a;
        return compact({ ...a, ...patch });
      }),
    );
  };
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId} className="kern-heading-small">
        {t(item.labelKey, { ns: 'script' })}
        {item.required && <span className="required-marker">{t('items.required')}</span>}
      </h3>
      {value.length === 0 && <p className="kern-body">{t('actions.none')}</p>}
      <ol className="action-list">
        {value.map((action, index) => (
          <li key={action.id} className="action-row stack">
            <p className="kern-title">{t('actions.number', { n: index + 1 })}</p>
            {action.actionKey ? (
              <p className="kern-body">{t(action.actionKey, { ns: 'rules' })}</p>
            ) : null}
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${action.id}-text`}>
                {action.actionKey ? t('actions.addition') : t('actions.text')}
              </label>
              <textarea
                id={`${action.id}-text`}
                className="kern-form-input__input"
                rows={2}
                maxLength={1000}
                value={action.text ?? ''}
                onChange={(e) => {
                  update(action.id, { text: e.target.value });
                }}
              />
            </div>
            <div className="row">
              <SelectField
                id={`${action.id}-who`}
                label={t('actions.responsible')}
                value={action.responsible}
                onChange={(e) => {
                  update(action.id, { responsible: e.target.value as ResponsibleParty });
                }}
              >
                {RESPONSIBLE.map((r) => (
                  <option key={r} value={r}>
                    {t(`actions.who.${r}`)}
                  </option>
                ))}
              </SelectField>
              <ValidatedDateField
                id={`${action.id}-due`}
                label={t('actions.due')}
                value={action.dueDate}
                onChange={(dueDate) => {
                  update(action.id, { dueDate });
                }}
              />
            </div>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => {
                onChange(value.filter((a) => a.id !== action.id));
              }}
            >
              <span className="kern-label">{t('actions.remove', { n: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            onChange([...value, { id: newId(), text: '', responsible: 'client' }]);
          }}
        >
          <span className="kern-label">{t('actions.addFree')}</span>
        </button>
      </div>
      {unused.length > 0 && (
        <div className="stack">
          <h4 className="kern-heading-small">{t('actions.suggestions')}</h4>
          <ul className="suggestion-list">
            {unused.map((s) => (
              <li key={s.actionKey} className="suggestion">
                <span className="kern-body">
                  {t(s.actionKey, { ns: 'rules' })} <span className="legal-ref">{s.legalRef}</span>
                </span>
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  // Named by its step, so a list of buttons is not 19 times "Übernehmen".
                  aria-label={t('actions.adoptNamed', { action: t(s.actionKey, { ns: 'rules' }) })}
                  onClick={() => {
                    onChange([
                      ...value,
                      {
                        id: newId(),
                        actionKey: s.actionKey,
                        responsible: 'client',
                        ...(s.dueDate ? { dueDate: s.dueDate } : {}),
                      },
                    ]);
                  }}
                >
                  <span className="kern-label">{t('actions.adopt')}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
