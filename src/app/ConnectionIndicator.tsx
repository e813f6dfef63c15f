import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Online/offline at a glance; the app works either way. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  return (
    <span
      className={`kern-badge ${online ? 'kern-badge--success' : 'kern-badge--warning'}`}
      role="status"
    >
      {online ? t('connection.online') : t('connection.offline')}
    </span>
  );
}
