import { useTranslation } from 'react-i18next';
import {
  compact,
  participantRoleValues,
  type Participant,
  type ParticipantRole,
} from '../../../domain';
import { clientLanguages } from '../../../i18n/languages';
import { LanguageOptions, SelectField } from '../../../ui/SelectField';

type Props = {
  value: readonly Participant[];
  onChange: (value: Participant[]) => void;
  newId: () => string;
};

/** Who took part: role, name, organisation; interpreters with their language (required). */
export function ParticipantsEditor({ value, onChange, newId }: Props) {
  const { t } = useTranslation('conversation');
  const update = (id: string, patch: Partial<Participant>) => {
    onChange(
      value.map((p) => {
        if (p.id !== id) return p;
        return compact({ ...p, ...patch });
      }),
    );
  };
  return (
    <fieldset className="kern-fieldset stack">
      <legend className="kern-heading-small">{t('frame.participants')}</legend>
      <ol className="participant-list">
        {value.map((p, index) => {
          const base = `participant-${p.id}`;
          const missingLanguage = p.role === 'interpreter' && !p.language;
          return (
            <li key={p.id} className="participant-row">
              <SelectField
                id={`${base}-role`}
                label={t('frame.role', { n: index + 1 })}
                value={p.role}
                onChange={(e) => {
                  update(p.id, { role: e.target.value as ParticipantRole });
                }}
              >
                {participantRoleValues.map((r) => (
                  <option key={r} value={r}>
                    {t(`frame.roles.${r}`)}
                  </option>
                ))}
              </SelectField>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor={`${base}-name`}>
                  {t('frame.name', { n: index + 1 })}
                </label>
                <input
                  id={`${base}-name`}
                  className="kern-form-input__input"
                  maxLength={120}
                  autoComplete="off"
                  value={p.name ?? ''}
                  onChange={(e) => {
                    update(p.id, { name: e.target.value });
                  }}
                />
              </div>
              {(p.role === 'interpreter' || p.role === 'client') && (
                <SelectField
                  id={`${base}-lang`}
                  label={t('frame.language', { n: index + 1 })}
                  value={p.language ?? ''}
                  error={
                    missingLanguage
                      ? t('record.validation.interpreter-language', { ns: 'record' })
                      : undefined
                  }
                  onChange={(e) => {
                    update(p.id, { language: e.target.value });
                  }}
                >
                  <option value="">{t('frame.chooseLanguage')}</option>
                  <LanguageOptions languages={clientLanguages} />
                </SelectField>
              )}
              {p.role !== 'client' && (
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary"
                  onClick={() => {
                    onChange(value.filter((x) => x.id !== p.id));
                  }}
                >
                  <span className="kern-label">{t('frame.remove', { n: index + 1 })}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <div className="row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            onChange([...value, { id: newId(), role: 'interpreter' }]);
          }}
        >
          <span className="kern-label">{t('frame.add')}</span>
        </button>
      </div>
    </fieldset>
  );
}
