import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getVault } from '../../storage/appStorage';
import { useUnsyncedCount } from '../../storage/hooks/useCases';
import { useVault } from '../../storage/hooks/useVault';
import { accountStore, type SyncAccount } from '../../storage/sync/account';
import { replica } from '../../storage/sync/replica';
import { wipeDevice } from '../../storage/wipe';
import { changePassword, signIn, signOut } from '../../sync/account';
import { createSyncScheduler, webLockExclusive, type SyncPhase } from '../../sync/scheduler';
import { syncOnce, type SyncOutcome } from '../../sync/syncEngine';
import { httpTransport } from '../../sync/transport';

export type { SyncOutcome } from '../../sync/syncEngine';
export { SyncHttpError } from '../../sync/transport';
export { UnsyncedChangesError } from '../../sync/account';

export type SyncUi = {
  phase: SyncPhase;
  /** The last run's outcome in this tab (undefined before the first run). */
  outcome: SyncOutcome | undefined;
  lastSyncAt: string | undefined;
  pending: number | undefined;
  /** undefined while loading or locked. */
  account: SyncAccount | null | undefined;
  syncNow: () => void;
  signIn: (input: { email: string; password: string; deviceName: string }) => Promise<void>;
  signOut: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
};

const SyncContext = createContext<SyncUi | undefined>(undefined);

/** Debounce after a local change before syncing it (batches autosaves into one push). */
const CHANGE_DEBOUNCE_MS = 3_000;

/**
 * Runs the sync client while the device is unlocked (the token and the records need the
 * key): on unlock, when the network returns, when the app becomes visible, a few seconds
 * after local changes, and periodically (see sync/scheduler.ts). Offline nothing fails:
 * the status says so and the next trigger continues. A revoked device is wiped and reloaded.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const { state } = useVault();
  const pending = useUnsyncedCount();
  const [phase, setPhase] = useState<SyncPhase>('idle');
  const [outcome, setOutcome] = useState<SyncOutcome | undefined>(undefined);
  const [lastSyncAt, setLastSyncAt] = useState<string | undefined>(undefined);
  const [account, setAccount] = useState<SyncAccount | null | undefined>(undefined);
  const unlocked = state === 'unlocked';

  const deps = useMemo(() => {
    const vault = getVault();
    return {
      vault,
      transport: httpTransport(globalThis.location.origin),
      replica: replica(vault),
      accounts: accountStore(vault),
    };
  }, []);

  const refresh = useMemo(
    () => async () => {
      if (!deps.vault.isUnlocked) return;
      setAccount((await deps.accounts.get()) ?? null);
      setLastSyncAt((await deps.replica.state()).lastSyncAt);
    },
    [deps],
  );

  const scheduler = useMemo(() => {
    if (!unlocked) return undefined;
    return createSyncScheduler({
      run: () =>
        syncOnce({
          ...deps,
          onRevoked: async () => {
            await wipeDevice(deps.vault);
            globalThis.location.assign('/');
          },
        }),
      exclusive: webLockExclusive,
      onPhase: setPhase,
      onOutcome: (o) => {
        setOutcome(o);
        void refresh();
      },
    });
  }, [unlocked, deps, refresh]);

  useEffect(() => {
    if (!scheduler) return;
    void scheduler.trigger(); // its outcome refreshes account and last-sync time
    const onOnline = () => void scheduler.trigger();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void scheduler.trigger();
    };
    globalThis.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      scheduler.stop();
      globalThis.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [scheduler]);

  useEffect(() => {
    if (!scheduler || !pending) return;
    const timer = setTimeout(() => void scheduler.trigger(), CHANGE_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [scheduler, pending]);

  const value: SyncUi = {
    phase,
    outcome,
    lastSyncAt,
    pending,
    account: unlocked ? account : undefined,
    syncNow: () => void scheduler?.trigger(),
    signIn: async (input) => {
      await signIn(deps, input);
      await refresh();
      void scheduler?.trigger();
    },
    changePassword: async (currentPassword, newPassword) => {
      await changePassword(deps, currentPassword, newPassword);
      await refresh();
      void scheduler?.trigger();
    },
    signOut: async () => {
      await signOut(deps);
      setOutcome(undefined);
      await refresh();
    },
  };
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncUi {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync needs a SyncProvider.');
  return value;
}
