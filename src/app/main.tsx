// First import: zod must be jitless before any schema exists (see zodConfig.ts).
import './zodConfig';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles/kern.scss';
import '../ui/styles/fonts.scss';
import '../ui/styles/app.css';
import { initI18n } from '../i18n/i18n';
import { BootScreen } from './BootScreen';
import { loadUiLanguage } from './uiLanguagePreference';
import { installBeforeUnloadGuard } from './unsavedInput';
import { requestPersistence } from '../storage/deviceStorage';

// The app (storage, encryption, validation, sync, screens) loads after the first paint, which
// needs only React and i18next: on a slow connection the header and a status line show after
// about half the download. The service worker precaches everything for offline starts.
const App = lazy(() => import('./App').then((m) => ({ default: m.App })));

async function start(): Promise<void> {
  const language = loadUiLanguage();
  const i18n = await initI18n(language);
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  installBeforeUnloadGuard(window);
  // Ask once per start that the browser never evicts our IndexedDB under storage pressure
  // (unsynced conversations would be lost). The answer is shown on the settings page.
  void requestPersistence(navigator.storage);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={<BootScreen />}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}

void start();
