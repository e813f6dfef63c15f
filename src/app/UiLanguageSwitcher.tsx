import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../i18n/languages';
import { saveUiLanguage } from './uiLanguagePreference';

const names: Record<UiLanguage, string> = { de: 'Deutsch', en: 'English' };

/** Switches the counsellor interface language (not the client's). */
export function UiLanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="ui-language">
      <label className="kern-label kern-label--small" htmlFor="ui-language">
        {t('uiLanguage.label')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id="ui-language"
          className="kern-form-input__select"
          value={i18n.resolvedLanguage}
          onChange={(event) => {
            const next = event.target.value as UiLanguage;
            saveUiLanguage(next);
            void i18n.changeLanguage(next);
          }}
        >
          {uiLanguages.map((code) => (
            <option key={code} value={code} lang={code}>
              {names[code]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
