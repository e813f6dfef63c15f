import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { PerspektiveDb } from '../db';
import { probeVault } from './probe';
import { Vault } from './vault';

const PASSPHRASE = 'Korrekt Pferd 7 Batterie';

/** A browser profile of its own: the probe reads the app's database name. */
function profile() {
  const factory = new IDBFactory();
  const db = new PerspektiveDb('perspektive', { indexedDB: factory, IDBKeyRange });
  return { factory, db };
}

describe('probeVault (the boot chunk’s look at the lock state, without Dexie)', () => {
  it('a fresh browser: set-up, and the probe creates no database', async () => {
    const { factory } = profile();
    expect(await probeVault(factory)).toEqual({ state: 'no-key', retryAfterMs: 0 });
    expect(await factory.databases()).toEqual([]);
  });

  it('a device with a key: unlock, with the remaining back-off of earlier failures', async () => {
    const { factory, db } = profile();
    const at = new Date('2026-12-04T10:00:00.000Z');
    const vault = new Vault(db, { iterations: 1_000, now: () => at });
    await vault.setUp(PASSPHRASE);
    vault.lock();
    expect(await probeVault(factory, () => at)).toEqual({ state: 'locked', retryAfterMs: 0 });
    for (let i = 0; i < 4; i++) await vault.unlock('falsch falsch 1').catch(() => undefined);
    // Four failures: the fourth attempt is delayed 2 s (unlockBackoff.ts); 0.5 s have passed.
    const later = new Date(at.getTime() + 500);
    expect(await probeVault(factory, () => later)).toEqual({
      state: 'locked',
      retryAfterMs: 1_500,
    });
    expect(await vault.retryAfterMs()).toBe(2_000); // the vault's own clock stands at `at`
    // The probe's connection is closed: the vault's database can still be deleted.
    db.close();
    await db.delete();
    expect(await probeVault(factory)).toEqual({ state: 'no-key', retryAfterMs: 0 });
  });

  it('a browser without indexedDB.databases(): no answer, the vault decides', async () => {
    const { factory } = profile();
    const old = Object.assign(Object.create(factory) as IDBFactory, { databases: undefined });
    expect(await probeVault(old)).toBeUndefined();
  });
});
