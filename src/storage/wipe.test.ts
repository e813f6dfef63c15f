import { describe, expect, it } from 'vitest';
import { caseRepository } from './cases/caseRepository';
import { PerspektiveDb } from './db';
import { Vault } from './vault/vault';
import { WipeBlockedError, wipeDevice } from './wipe';
import { readDeviceErrors, recordDeviceError } from './diagnostics/errorLog';
import { TEST_PASSPHRASE, unlockedVault } from '../../test/support/storageTesting';

const profile = { displayName: 'Amal Haddad', pseudonymised: false, createdOn: '2026-10-01' };

/** Row counts of every table, read through a new connection to the database. */
async function rowCounts(name: string): Promise<Record<string, number>> {
  const db = new PerspektiveDb(name);
  const counts = Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)),
  );
  db.close();
  return counts;
}

/** Opens the database with the raw API and keeps it open, ignoring requests to close. */
function stubbornConnection(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error('open failed'));
    };
  });
}

describe('wipeDevice', () => {
  it('deletes every row of every table, locks the vault and leaves a device without key', async () => {
    const { db, vault } = await unlockedVault('wipe');
    await caseRepository(vault).create(profile);
    expect(await db.outbox.count()).toBe(1);

    recordDeviceError('app', new TypeError('x'));

    await wipeDevice(vault, db);

    expect(vault.isUnlocked).toBe(false);
    expect(readDeviceErrors()).toEqual([]);
    expect(vault.cached('cases', 'any', 'any')).toBeUndefined();
    const counts = await rowCounts(db.name);
    // Every table, including any added later to the schema.
    expect(Object.keys(counts)).toEqual(expect.arrayContaining(['keyring', 'cases', 'outbox']));
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    const fresh = new Vault(new PerspektiveDb(db.name), { iterations: 1_000 });
    expect(await fresh.state()).toBe('no-key');
    // The old passphrase opens nothing any more; the device can be set up anew.
    await expect(fresh.unlock(TEST_PASSPHRASE)).rejects.toThrow(/no key/);
    await fresh.setUp(TEST_PASSPHRASE);
    expect(await fresh.state()).toBe('unlocked');
  });

  it('also works while locked (forgotten passphrase)', async () => {
    const { db, vault } = await unlockedVault('wipe-locked');
    await caseRepository(vault).create(profile);
    vault.lock();
    await wipeDevice(vault, db);
    expect(Object.values(await rowCounts(db.name)).every((n) => n === 0)).toBe(true);
    expect(await new Vault(new PerspektiveDb(db.name)).state()).toBe('no-key');
  });

  it('other Dexie connections to the database let the deletion through', async () => {
    const { db, vault } = await unlockedVault('wipe-tabs');
    await caseRepository(vault).create(profile);
    const otherTab = new PerspektiveDb(db.name);
    expect(await otherTab.cases.count()).toBe(1);
    await wipeDevice(vault, db);
    expect(await otherTab.cases.count()).toBe(0);
  });

  it('reports a connection that does not let go, and finishes once it closes', async () => {
    const { db, vault } = await unlockedVault('wipe-blocked');
    await caseRepository(vault).create(profile);
    const stubborn = await stubbornConnection(db.name);

    await expect(wipeDevice(vault, db, { blockedTimeoutMs: 50 })).rejects.toBeInstanceOf(
      WipeBlockedError,
    );
    // Pending, not half done: the key stays usable until the browser deleted everything.
    expect(vault.isUnlocked).toBe(true);

    stubborn.close();
    await expect.poll(() => vault.isUnlocked).toBe(false);
    expect(Object.values(await rowCounts(db.name)).every((n) => n === 0)).toBe(true);
  });
});
