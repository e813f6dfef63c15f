import { useTranslation } from 'react-i18next';
import { useOnline } from '../ui/useOnline';

/** Online/offline at a glance; the app works either way. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <span
      className={`kern-badge ${online ? 'kern-badge--success' : 'kern-badge--warning'}`}
      role="status"
    >
      {online ? t('connection.online') : t('connection.offline')}
    </span>
  );
}
