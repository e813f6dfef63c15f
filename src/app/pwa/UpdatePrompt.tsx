import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect } from 'react';
import { useHasUnsavedInput } from '../unsavedInput';
import { setUpdateChecker } from './updateCheck';

const HOURLY = 60 * 60 * 1000;

/**
 * Shows that a new version is ready. The new service worker waits (registerType 'prompt')
 * until the counsellor applies it; while any form has unsaved input the button stays
 * disabled and says why, so an update can never reload the page over typed input.
 * Offline, update checks fail quietly and are retried hourly and when the app is shown.
 */
/** Activates the waiting worker, then reloads once it has taken control of this page. */
function applyUpdate(activate: (reload?: boolean) => Promise<void>): void {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      window.location.reload();
    },
    { once: true },
  );
  void activate(true);
}

export function UpdatePrompt() {
  const { t } = useTranslation();
  const unsaved = useHasUnsavedInput();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // The reload after an accepted update is done by `applyUpdate` below: workbox-window
    // only reloads pages that were already controlled when they registered, which misses
    // an update accepted during the very first visit.
    onNeedReload: () => undefined,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = async () => {
        await registration.update().catch(() => undefined);
      };
      setUpdateChecker(check);
      window.setInterval(() => void check(), HOURLY);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void check();
      });
    },
  });

  useEffect(
    () => () => {
      setUpdateChecker(undefined);
    },
    [],
  );

  if (!needRefresh) return null;
  return (
    <div className="kern-alert kern-alert--info update-prompt" role="status">
      <div className="kern-alert__header">
        <span className="kern-title">{t('update.available')}</span>
      </div>
      <div className="kern-alert__body">
        {unsaved && <p className="kern-body">{t('update.saveFirst')}</p>}
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={unsaved}
          onClick={() => {
            applyUpdate(updateServiceWorker);
          }}
        >
          <span className="kern-label">{t('update.apply')}</span>
        </button>
      </div>
    </div>
  );
}
