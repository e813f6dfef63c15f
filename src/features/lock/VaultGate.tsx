import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../storage/hooks/useVault';
import { startAutoLock } from '../../app/lock/autoLock';
import { useAutoLockPolicy } from '../../storage/hooks/useAutoLockPolicy';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';

/**
 * Shows the app only while the device key is unlocked. When it locks (button, idle timer,
 * app hidden) every screen below unmounts, so no decrypted view stays on screen or in React
 * state; unsaved form input was already autosaved before (autosave runs within 500 ms).
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state, lock } = useVault();
  const policy = useAutoLockPolicy();

  const { idleMs, hiddenMs } = policy;
  useEffect(() => {
    if (state !== 'unlocked') return;
    return startAutoLock({ idleMs, hiddenMs }, lock);
  }, [state, idleMs, hiddenMs, lock]);

  if (state === undefined) return <p className="kern-body">{t('shell.loading')}</p>;
  if (state === 'no-key') return <SetupScreen />;
  if (state === 'locked') return <UnlockScreen />;
  return children;
}
