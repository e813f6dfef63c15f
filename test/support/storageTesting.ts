import { PerspektiveDb } from '../../src/storage/db';
import { Vault } from '../../src/storage/vault/vault';

/** A passphrase that satisfies the policy; tests use it everywhere. */
export const TEST_PASSPHRASE = 'Korrekt Pferd 7 Batterie';

/** A clock that advances one minute per reading, so `updatedAt` orders the writes. */
export function minuteClock(start = '2026-11-20T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}

/**
 * A fresh database (unique name) with an unlocked vault. PBKDF2 runs with 1,000 iterations
 * instead of 600,000 to keep tests fast; the scheme is otherwise the production one.
 */
export async function unlockedVault(prefix: string): Promise<{ db: PerspektiveDb; vault: Vault }> {
  const db = new PerspektiveDb(`${prefix}-${crypto.randomUUID()}`);
  const vault = new Vault(db, { iterations: 1_000 });
  await vault.setUp(TEST_PASSPHRASE);
  return { db, vault };
}
