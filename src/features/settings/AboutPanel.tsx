import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkForUpdate } from '../../app/pwa/updateCheck';

export function AboutPanel() {
  const { t } = useTranslation();
  const [result, setResult] = useState<'idle' | 'checked' | 'unavailable'>('idle');
  return (
    <>
      <p className="kern-body">
        {t('about.version')} <span data-testid="app-version">{__APP_VERSION__}</span>
      </p>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => {
          void checkForUpdate().then((ok) => {
            setResult(ok ? 'checked' : 'unavailable');
          });
        }}
      >
        <span className="kern-label">{t('about.checkUpdate')}</span>
      </button>
      <p className="kern-body" role="status">
        {result === 'checked' && t('about.checked')}
        {result === 'unavailable' && t('about.noServiceWorker')}
      </p>
    </>
  );
}
