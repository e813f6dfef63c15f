import { useTranslation } from 'react-i18next';
import { useVault } from '../../storage/hooks/useVault';

/** Locks the device at once (e.g. before handing the tablet over or leaving the room). */
export function LockButton() {
  const { t } = useTranslation('lock');
  const { state, lock } = useVault();
  if (state !== 'unlocked') return null;
  return (
    <button type="button" className="kern-btn kern-btn--secondary" onClick={lock}>
      <span className="kern-label">{t('lock.lockNow')}</span>
    </button>
  );
}
