import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { getVault } from '../../storage/appStorage';
import { useUnsyncedCount } from '../../storage/hooks/useCases';
import { useVault } from '../../storage/hooks/useVault';
import { accountStore, type SyncAccount } from '../../storage/sync/account';
import { replica } from '../../storage/sync/replica';
import { wipeDevice } from '../../storage/wipe';
import { changePassword, signIn, signOut } from '../../sync/account';
import { createSyncScheduler, webLockExclusive, type SyncPhase } from '../../sync/scheduler';
import { syncOnce, type SyncOutcome } from '../../sync/syncEngine';
import { adminClient, type AdminClient } from '../../sync/adminClient';
import { directorySync } from '../../sync/directorySync';
import { localDirectoryRepository } from '../../storage/directory/directoryRepository';
import { directoryAdminClient, type DirectoryAdminClient } from '../../sync/directoryAdminClient';
import { departureLetterSync } from '../../sync/letterSync';
import { localLetterRepository } from '../../storage/letters/letterRepository';
import { letterAdminClient, type LetterAdminClient } from '../../sync/letterAdminClient';
import { statisticsClient, type StatisticsClient } from '../../sync/statisticsClient';
import { privacyClient, type PrivacyClient } from '../../sync/privacyClient';
import { apiCaller, httpTransport, SyncHttpError, type ApiCall } from '../../sync/transport';

export type { SyncOutcome } from '../../sync/syncEngine';
export { SyncHttpError };
export { UnsyncedChangesError } from '../../sync/account';
export type { AdminClient } from '../../sync/adminClient';
export type { DirectoryAdminClient } from '../../sync/directoryAdminClient';
export type { LetterAdminClient } from '../../sync/letterAdminClient';
export type { StatisticsClient } from '../../sync/statisticsClient';
export type { PrivacyClient, AccessExportWire } from '../../sync/privacyClient';

export type SyncUi = {
  phase: SyncPhase;
  /** The last run's outcome in this tab (undefined before the first run). */
  outcome: SyncOutcome | undefined;
  lastSyncAt: string | undefined;
  /** This browser profile's device id towards the server (undefined while locked). */
  clientId: string | undefined;
  pending: number | undefined;
  /** undefined while loading or locked. */
  account: SyncAccount | null | undefined;
  syncNow: () => void;
  signIn: (input: { email: string; password: string; deviceName: string }) => Promise<void>;
  signOut: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  /** The administration API for an admin account (undefined otherwise or while locked). */
  admin: AdminClient | undefined;
  /** The support directory's administration (admin accounts only, like `admin`). */
  directoryAdmin?: DirectoryAdminClient | undefined;
  /** The departure-information letter's administration (admin accounts only, like `admin`). */
  letterAdmin?: LetterAdminClient | undefined;
  /** The organisation's statistics for statistics, team-lead and admin accounts. */
  statistics: StatisticsClient | undefined;
  /**
   * Retention, Art. 17 and Art. 15 on the server, for any signed-in account whose one-time
   * password is replaced (the server answers 403 where the role may not).
   */
  privacy?: PrivacyClient | undefined;
};

/** Roles the server answers /api/statistics for (src/server/routes/statisticsRoutes.ts). */
const STATISTICS_ROLES: readonly string[] = ['statistics', 'team-lead', 'admin'];

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
  const [clientId, setClientId] = useState<string | undefined>(undefined);
  const [account, setAccount] = useState<SyncAccount | null | undefined>(undefined);
  const unlocked = state === 'unlocked';

  const deps = useMemo(() => {
    const vault = getVault();
    const origin = globalThis.location.origin;
    const call = apiCaller(origin);
    return {
      vault,
      call,
      directory: directorySync(call, localDirectoryRepository()),
      departureLetter: departureLetterSync(call, localLetterRepository()),
      transport: httpTransport(origin),
      replica: replica(vault, { appVersion: __APP_VERSION__ }),
      accounts: accountStore(vault),
    };
  }, []);

  const refresh = useCallback(async () => {
    if (!deps.vault.isUnlocked) return;
    setAccount((await deps.accounts.get()) ?? null);
    const state = await deps.replica.state();
    setLastSyncAt(state.lastSyncAt);
    setClientId(state.clientId);
  }, [deps]);

  const onRevoked = useCallback(async () => {
    await wipeDevice(deps.vault);
    globalThis.location.assign('/');
  }, [deps]);

  const scheduler = useMemo(() => {
    if (!unlocked) return undefined;
    return createSyncScheduler({
      run: () =>
        syncOnce({
          ...deps,
          onRevoked,
        }),
      exclusive: webLockExclusive,
      onPhase: setPhase,
      onOutcome: (o) => {
        setOutcome(o);
        void refresh();
      },
    });
  }, [unlocked, deps, refresh, onRevoked]);

  // Locking drops the decrypted account (token, name) from React state too; unlocking
  // reads it again at once rather than after the first sync run.
  useEffect(
    () =>
      deps.vault.subscribe(() => {
        if (deps.vault.isUnlocked) void refresh();
        else setAccount(undefined);
      }),
    [deps, refresh],
  );

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

  // An administration or statistics call can be the first to learn that the session ended or
  // the device was revoked: handle that exactly like a sync run would.
  const guarded: ApiCall = useCallback(
    async (method, path, schema, body, bearer) => {
      try {
        return await deps.call(method, path, schema, body, bearer);
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 401) {
          if (error.code === 'device_revoked') await onRevoked();
          else await deps.accounts.clear(bearer);
          await refresh();
        }
        throw error;
      }
    },
    [deps, refresh, onRevoked],
  );
  const token = unlocked && account?.roles.includes('admin') ? account.token : undefined;
  const admin = useMemo(() => (token ? adminClient(guarded, token) : undefined), [guarded, token]);
  const directoryAdmin = useMemo(
    () => (token ? directoryAdminClient(guarded, token) : undefined),
    [guarded, token],
  );
  const letterAdmin = useMemo(
    () => (token ? letterAdminClient(guarded, token) : undefined),
    [guarded, token],
  );
  // Until the one-time password is replaced the server refuses everything but the change.
  const statisticsToken =
    unlocked &&
    account?.mustChangePassword === false &&
    account.roles.some((r) => STATISTICS_ROLES.includes(r))
      ? account.token
      : undefined;
  const statistics = useMemo(
    () => (statisticsToken ? statisticsClient(guarded, statisticsToken) : undefined),
    [guarded, statisticsToken],
  );
  const privacyToken =
    unlocked && account?.mustChangePassword === false ? account.token : undefined;
  const privacy = useMemo(
    () => (privacyToken ? privacyClient(guarded, privacyToken) : undefined),
    [guarded, privacyToken],
  );

  const value: SyncUi = {
    admin,
    directoryAdmin,
    letterAdmin,
    statistics,
    privacy,
    phase,
    outcome,
    lastSyncAt,
    clientId: unlocked ? clientId : undefined,
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
