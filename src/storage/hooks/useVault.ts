import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getVault } from '../appStorage';
import type { VaultState } from '../vault/vault';

/**
 * The lock state of this device and the actions on it. `state` is undefined while the key
 * record is being read. Everything is local; no network is involved in unlocking.
 */
export function useVault() {
  const vault = getVault();
  const unlocked = useSyncExternalStore(
    (listener) => vault.subscribe(listener),
    () => vault.isUnlocked,
  );
  const [stored, setStored] = useState<VaultState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void vault.state().then((s) => {
      if (live) setStored(s);
    });
    return () => {
      live = false;
    };
  }, [vault, unlocked]);
  const state: VaultState | undefined = unlocked
    ? 'unlocked'
    : stored === 'unlocked'
      ? 'locked'
      : stored;
  return {
    state,
    setUp: useCallback((passphrase: string) => vault.setUp(passphrase), [vault]),
    unlock: useCallback((passphrase: string) => vault.unlock(passphrase), [vault]),
    verifyPassphrase: useCallback(
      (passphrase: string) => vault.verifyPassphrase(passphrase),
      [vault],
    ),
    lock: useCallback(() => {
      vault.lock();
    }, [vault]),
    changePassphrase: useCallback(
      (current: string, next: string) => vault.changePassphrase(current, next),
      [vault],
    ),
    retryAfterMs: useCallback(() => vault.retryAfterMs(), [vault]),
  };
}
