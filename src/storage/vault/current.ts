import type { Vault } from './vault';

/**
 * The app's vault once storage is loaded (appStorage.getVault announces it), for code in the
 * boot chunk that must not load storage itself (storage/hooks/useVault.ts). Type-only
 * import: nothing of the vault, Dexie or the schemas comes along.
 */
let current: Vault | undefined;
const listeners = new Set<() => void>();

export function currentVault(): Vault | undefined {
  return current;
}

export function announceVault(vault: Vault): void {
  current = vault;
  for (const listener of listeners) listener();
}

export function onVaultAnnounced(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
