import { useTranslation } from 'react-i18next';
import { useClientLanguage } from '../../app/clientLanguage';
import { shippedClientLanguages as offered } from '../../i18n/localeFiles';

// Only languages whose client texts all ship are offered (no half-translated screens).

/** `onSelect` lets the conversation record the choice as the client's language. */
export function ClientLanguageSelect({ onSelect }: { onSelect?: (code: string) => void } = {}) {
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
            onSelect?.(event.target.value);
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
