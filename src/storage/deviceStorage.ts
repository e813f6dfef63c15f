/** What the browser reports about this origin's storage. Undefined fields: not supported. */
export type StorageState = {
  usageBytes: number | undefined;
  quotaBytes: number | undefined;
  persisted: boolean | undefined;
};

/**
 * Reads storage use and whether the browser promised not to evict our data. Without
 * persistence the browser may clear IndexedDB under storage pressure — and with it any
 * conversation not yet synced — so the settings page shows this state prominently.
 */
export async function readStorageState(storage: StorageManager | undefined): Promise<StorageState> {
  if (!storage) return { usageBytes: undefined, quotaBytes: undefined, persisted: undefined };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => undefined),
    storage.persisted().catch(() => undefined),
  ]);
  return { usageBytes: estimate?.usage, quotaBytes: estimate?.quota, persisted };
}

/** Asks for persistent storage; resolves to whether it is granted (false when unsupported). */
export async function requestPersistence(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}
