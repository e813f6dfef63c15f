import { useTranslation } from 'react-i18next';

/**
 * What the first paint shows while the app itself (storage, encryption, validation, the
 * screens) is still loading: the same header as the Shell and a status line. It needs only
 * React and i18next, so it appears after the smallest possible download on a slow
 * connection; offline everything comes from the service worker's cache anyway.
 */
export function BootScreen() {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-header">
        <span className="app-title">{t('app.name')}</span>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <p className="kern-body" role="status">
          {t('shell.loading')}
        </p>
      </main>
    </>
  );
}
