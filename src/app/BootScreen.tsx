import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UiLanguageSwitcher } from './UiLanguageSwitcher';

/**
 * What the boot chunk paints before the app (storage, encryption, validation, the screens)
 * is loaded: the Shell's skip link and header with the interface language, and in the main
 * landmark either a status line or the lock screen (Boot.tsx). It needs only React and
 * i18next, so it appears after the smallest possible download on a slow connection; offline
 * everything comes from the service worker's cache anyway.
 */
export function BootScreen({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link kern-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-title">{t('app.name')}</span>
        <UiLanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children ?? (
          <p className="kern-body" role="status">
            {t('shell.loading')}
          </p>
        )}
      </main>
    </>
  );
}
