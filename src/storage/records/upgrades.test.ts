// Record values are upgraded when they are decrypted (records/upgrades.ts): Dexie's upgrade()
// runs before the key exists. A record sealed in an old format reads as the new format and
// is written back in it at its next write; the format is part of the authenticated identity.
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, unlockedVault } from '../../../test/support/storageTesting';
import { DecryptionFailedError } from '../crypto/recordCipher';
import { sealedStore } from './sealedStore';
import { RECORD_UPGRADES, RecordFromNewerVersionError, type RecordUpgrades } from './upgrades';

const CASE = '3f9a7a3e-2d5c-4b8f-9a51-1c1f0b6e2a10';

/** Format 2 of sessions: `place` became `location: { name }`; idempotent on new values. */
const WITH_FORMAT_2: RecordUpgrades = {
  ...RECORD_UPGRADES,
  sessions: [
    ({ place, ...rest }) =>
      place === undefined ? rest : { ...rest, location: { name: place as string } },
  ],
};

describe('record upgrades', () => {
  it('an old-format record reads as the new format and is written back in it lazily', async () => {
    const { db, vault } = await unlockedVault('record-upgrade');
    const id = crypto.randomUUID();
    // Written by the app version before the change (format 1).
    await sealedStore(vault, 'sessions', 'session').create(id, CASE, { place: 'Unna', notes: 'n' });
    expect((await db.sessions.get(id))?.schemaVersion).toBe(1);
    // ... and pushed: the server confirmed it.
    await db.outbox.clear();
    await db.sessions.put({ ...(await db.sessions.get(id))!, rev: 1 });

    // The app is updated: reading upgrades, the row stays as it was until the next write.
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    const updated = sealedStore(vault, 'sessions', 'session', { upgrades: WITH_FORMAT_2 });
    expect((await updated.get(id))?.value).toEqual({ notes: 'n', location: { name: 'Unna' } });
    expect((await db.sessions.get(id))?.schemaVersion).toBe(1);
    expect(await updated.byCase(CASE)).toHaveLength(1);

    await updated.update(id, (v) => ({ ...v, notes: 'neu' }));
    expect((await db.sessions.get(id))?.schemaVersion).toBe(2);
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    expect((await updated.get(id))?.value).toEqual({ notes: 'neu', location: { name: 'Unna' } });
    // The write-back queues what the upgrade changed too (the stored value is the record's
    // sync fields): the server gets the new shape, `place` as removed.
    const [entry] = await db.outbox.where('recordId').equals(id).toArray();
    expect(entry).toMatchObject({ kind: 'patch', fields: ['location', 'notes', 'place'] });

    // An app version that does not know format 2 refuses rather than misreading it.
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    await expect(sealedStore(vault, 'sessions', 'session').get(id)).rejects.toBeInstanceOf(
      RecordFromNewerVersionError,
    );
  });

  it('the format is authenticated: a row claiming another format does not decrypt', async () => {
    const { db, vault } = await unlockedVault('record-format-aad');
    const id = crypto.randomUUID();
    await sealedStore(vault, 'sessions', 'session').create(id, CASE, { place: 'Unna' });
    const row = (await db.sessions.get(id))!;
    await db.sessions.put({ ...row, schemaVersion: 2 });
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    const updated = sealedStore(vault, 'sessions', 'session', { upgrades: WITH_FORMAT_2 });
    await expect(updated.get(id)).rejects.toBeInstanceOf(DecryptionFailedError);
  });

  it('pulled records are stored in the current format', async () => {
    const { db, vault } = await unlockedVault('record-format-pull');
    const id = crypto.randomUUID();
    const updated = sealedStore(vault, 'sessions', 'session', { upgrades: WITH_FORMAT_2 });
    await updated.applyRemoteBatch([{ id, caseId: CASE, value: { notes: 'vom Server' }, rev: 1 }]);
    expect((await db.sessions.get(id))?.schemaVersion).toBe(2);
    expect((await updated.get(id))?.value).toEqual({ notes: 'vom Server' });
  });
});
