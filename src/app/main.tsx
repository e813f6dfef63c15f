import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles/kern.scss';
import '../ui/styles/fonts.scss';
import '../ui/styles/app.css';
import { initI18n } from '../i18n/i18n';
import { Boot } from './Boot';
import { BootScreen } from './BootScreen';
import { loadUiLanguage } from './uiLanguagePreference';
import { installBeforeUnloadGuard } from './unsavedInput';
import { requestPersistence } from '../storage/deviceStorage';
import { recordDeviceError } from '../storage/diagnostics/errorLog';

// The first paint needs only React and i18next: the boot chunk paints the header and the
// set-up or unlock form (Boot.tsx); the app itself (storage, encryption, validation, sync,
// screens) loads while the passphrase is typed. The service worker precaches everything for
// offline starts.

async function start(): Promise<void> {
  const language = loadUiLanguage();
  const i18n = await initI18n(language);
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  installBeforeUnloadGuard(window);
  // Anything no screen caught goes to the device's error log (name and code, no message).
  window.addEventListener('error', (event) => {
    recordDeviceError('app', event.error);
  });
  window.addEventListener('unhandledrejection', (event) => {
    recordDeviceError('app', event.reason);
  });
  // Ask once per start that the browser never evicts our IndexedDB under storage pressure
  // (unsynced conversations would be lost). The answer is shown on the settings page.
  void requestPersistence(navigator.storage);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={<BootScreen />}>
        <Boot />
      </Suspense>
    </StrictMode>,
  );
}

void start();
