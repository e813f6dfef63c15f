import { useTranslation } from 'react-i18next';
import { useClientLanguage } from '../../app/clientLanguage';
import { clientLanguages } from '../../i18n/languages';
import { hasLocaleFile } from '../../i18n/localeFiles';

/** Only languages whose client texts ship are offered (no half-translated screens). */
const offered = clientLanguages.filter((l) => hasLocaleFile(l.code, 'client'));

export function ClientLanguageSelect() {
  const { t } = useTranslation();
  const { language, setLanguage } = useClientLanguage();
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor="client-language">
        {t('clientLanguage.label')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id="client-language"
          className="kern-form-input__select"
          value={language.code}
          onChange={(event) => {
            setLanguage(event.target.value);
          }}
        >
          {offered.map((l) => (
            <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
              {l.nativeName}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
