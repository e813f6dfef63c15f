import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Vault, VaultState } from '../vault/vault';
import { currentVault, onVaultAnnounced } from '../vault/current';
import { probeVault } from '../vault/probe';

/**
 * The vault lives in the storage chunk (Dexie, encryption, the schemas): it is loaded on
 * demand — when the passphrase form is first used (`loadVault`, called while typing) or by
 * the app once unlocked — so the lock screens render from the boot chunk without it. It is
 * the same single vault as `appStorage.getVault()`: the passphrase goes straight to its
 * `setUp`/`unlock` and never leaves memory.
 */
let loading: Promise<Vault> | undefined;

export function loadVault(): Promise<Vault> {
  const loaded = currentVault();
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('../appStorage').then(({ getVault }) => getVault());
  return loading;
}

/** Follows the vault's lock state, also when the vault is loaded after subscribing. */
function subscribe(listener: () => void): () => void {
  let unsubscribeVault = currentVault()?.subscribe(listener);
  const stopWaiting = onVaultAnnounced(() => {
    unsubscribeVault ??= currentVault()?.subscribe(listener);
    listener();
  });
  return () => {
    stopWaiting();
    unsubscribeVault?.();
  };
}

/**
 * The lock state of this device and the actions on it. `state` is undefined while the key
 * record is being read. Everything is local; no network is involved in unlocking. Before the
 * vault is loaded, the state and any remaining back-off come from a plain IndexedDB read
 * (vault/probe.ts); every action loads the vault first.
 */
export function useVault() {
  const unlocked = useSyncExternalStore(subscribe, () => currentVault()?.isUnlocked ?? false);
  const [stored, setStored] = useState<VaultState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = async (): Promise<VaultState> => {
      const vault = currentVault();
      if (vault) return vault.state();
      const probed = await probeVault();
      return probed?.state ?? (await loadVault()).state();
    };
    void read().then((s) => {
      if (live) setStored(s);
    });
    return () => {
      live = false;
    };
  }, [unlocked]);
  const state: VaultState | undefined = unlocked
    ? 'unlocked'
    : stored === 'unlocked'
      ? 'locked'
      : stored;
  return {
    state,
    setUp: useCallback(async (passphrase: string) => (await loadVault()).setUp(passphrase), []),
    unlock: useCallback(async (passphrase: string) => (await loadVault()).unlock(passphrase), []),
    verifyPassphrase: useCallback(
      async (passphrase: string) => (await loadVault()).verifyPassphrase(passphrase),
      [],
    ),
    lock: useCallback(() => {
      currentVault()?.lock();
    }, []),
    changePassphrase: useCallback(
      async (current: string, next: string) => (await loadVault()).changePassphrase(current, next),
      [],
    ),
    /** Until the vault is loaded, read without it (the vault enforces the wait anyway). */
    retryAfterMs: useCallback(async () => {
      const vault = currentVault();
      if (vault) return vault.retryAfterMs();
      const probed = await probeVault();
      return probed ? probed.retryAfterMs : (await loadVault()).retryAfterMs();
    }, []),
    /** Starts loading storage (call while the passphrase is typed); never rejects. */
    preload: useCallback(() => {
      loadVault().catch(() => undefined);
    }, []),
  };
}
