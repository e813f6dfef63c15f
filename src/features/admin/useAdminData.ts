import { useCallback, useEffect, useState } from 'react';
import type { AdminClient } from '../../app/sync/SyncProvider';
import type { Device, User } from '../../protocol';
import { adminProblem, type Problem } from './problem';

export type AdminSnapshot = { users: User[]; devices: Device[]; loadedAt: Date };

export type AdminData = {
  /** The last successfully loaded lists (kept when a refresh fails). */
  data: AdminSnapshot | undefined;
  loading: boolean;
  /** Why the last load failed (undefined after a successful one). */
  problem: Problem | undefined;
  reload: () => void;
  /** Puts an answer of the server into the lists (after create, (de)activate, reset, revoke). */
  putUser: (user: User) => void;
  putDevice: (device: Device) => void;
};

function upsert<T>(list: readonly T[], item: T, same: (a: T, b: T) => boolean): T[] {
  return list.some((x) => same(x, item))
    ? list.map((x) => (same(x, item) ? item : x))
    : [...list, item];
}

/** Loads the organisation's users and devices (online only) and keeps them after changes. */
export function useAdminData(admin: AdminClient): AdminData {
  const [request, setRequest] = useState(0);
  // Which load finished last; a new client (after signing in again) or request is loading.
  const [settled, setSettled] = useState<{ admin: AdminClient; request: number } | undefined>(
    undefined,
  );
  const [data, setData] = useState<AdminSnapshot | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);

  useEffect(() => {
    let current = true;
    Promise.all([admin.users(), admin.devices()]).then(
      ([users, devices]) => {
        if (!current) return;
        setData({ users, devices, loadedAt: new Date() });
        setProblem(undefined);
        setSettled({ admin, request });
      },
      (error: unknown) => {
        if (!current) return;
        setProblem(adminProblem(error));
        setSettled({ admin, request });
      },
    );
    return () => {
      current = false;
    };
  }, [admin, request]);

  const putUser = useCallback((user: User) => {
    setData((d) => d && { ...d, users: upsert(d.users, user, (a, b) => a.id === b.id) });
  }, []);
  const putDevice = useCallback((device: Device) => {
    setData(
      (d) => d && { ...d, devices: upsert(d.devices, device, (a, b) => a.clientId === b.clientId) },
    );
  }, []);
  const reload = useCallback(() => {
    setRequest((r) => r + 1);
  }, []);

  return {
    data,
    loading: settled?.admin !== admin || settled.request !== request,
    problem,
    reload,
    putUser,
    putDevice,
  };
}
