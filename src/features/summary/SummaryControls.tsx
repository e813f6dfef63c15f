import { useTranslation } from 'react-i18next';
import type { SummarySelection } from '../../domain';
import { shippedClientLanguages } from '../../i18n/localeFiles';
import { LanguageOptions, SelectField } from '../../ui/SelectField';
import type { Assessments } from './assessments';

type Props = {
  assessments: Assessments;
  selection: SummarySelection;
  onSelection: (next: SummarySelection) => void;
  lang: string;
  onLang: (code: string) => void;
};

/**
 * What goes into the hand-out: the language, and per pathway, consequence and return option
 * whether it is printed (preset: what is open or possible, applies or threatens, may help).
 * The counsellor's notes are never part of it.
 */
export function SummaryControls({ assessments, selection, onSelection, lang, onLang }: Props) {
  const { t } = useTranslation(['documents', 'rules']);
  const toggle = <K extends 'pathways' | 'consequences' | 'returnOptions'>(
    key: K,
    id: SummarySelection[K][number],
    on: boolean,
  ) => {
    const current = selection[key] as readonly string[];
    const next = on ? [...current, id] : current.filter((x) => x !== id);
    onSelection({ ...selection, [key]: next });
  };
  const group = <K extends 'pathways' | 'consequences' | 'returnOptions'>(
    key: K,
    items: readonly { id: SummarySelection[K][number]; titleKey: string }[],
  ) => (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t(`summary.select.${key}`)}</legend>
      <div className="kern-fieldset__body">
        {items.map((item) => (
          <div className="kern-form-check" key={item.id}>
            <input
              id={`summary-${key}-${item.id}`}
              type="checkbox"
              className="kern-form-check__checkbox"
              checked={(selection[key] as readonly string[]).includes(item.id)}
              onChange={(e) => {
                toggle(key, item.id, e.currentTarget.checked);
              }}
            />
            <label className="kern-label" htmlFor={`summary-${key}-${item.id}`}>
              {t(item.titleKey, { ns: 'rules' })}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className="stack">
      <SelectField
        id="summary-language"
        label={t('summary.language')}
        value={lang}
        onChange={(e) => {
          onLang(e.currentTarget.value);
        }}
      >
        <LanguageOptions languages={shippedClientLanguages} />
      </SelectField>
      {group(
        'pathways',
        assessments.pathways
          .filter((p) => p.status !== 'expired')
          .map((p) => ({ id: p.pathwayId, titleKey: p.titleKey })),
      )}
      {group(
        'consequences',
        assessments.consequences.map((c) => ({ id: c.consequenceId, titleKey: c.titleKey })),
      )}
      {group(
        'returnOptions',
        assessments.returnOptions.map((o) => ({ id: o.optionId, titleKey: o.titleKey })),
      )}
      <div className="kern-form-check">
        <input
          id="summary-consents"
          type="checkbox"
          className="kern-form-check__checkbox"
          checked={selection.consents}
          onChange={(e) => {
            onSelection({ ...selection, consents: e.currentTarget.checked });
          }}
        />
        <label className="kern-label" htmlFor="summary-consents">
          {t('summary.select.consents')}
        </label>
      </div>
    </div>
  );
}
