// Device backup (issue 26): the whole device as one file under a passphrase chosen for it,
// set up again on a new tablet with nothing lost. A wrong passphrase, a truncated or altered
// file, a file of a newer app, and a failure in the middle of the restore are all refused and
// leave the new tablet exactly as it was (raw dump compared byte for byte): not set up, empty.
import { describe, expect, it } from 'vitest';
import { signedContent } from '../../domain/consents/consents.fixtures';
import { template } from '../../domain/sessions/sessions.fixtures';
import { dumpDatabase } from '../../../test/support/rawDump';
import { TEST_PASSPHRASE, unlockedVault } from '../../../test/support/storageTesting';
import { caseRepository } from '../cases/caseRepository';
import { consentRepository } from '../consents/consentRepository';
import { open, seal } from '../crypto/recordCipher';
import { PerspektiveDb } from '../db';
import { SEALED_STORES } from '../records/purge';
import { sealedStore } from '../records/sealedStore';
import { sessionRepository } from '../sessions/sessionRepository';
import { LockedError, PassphraseRejectedError } from '../vault/errors';
import { Vault } from '../vault/vault';
import { BackupError, HEADER_BYTES, sealBackup, type BackupProblem } from './container';
import { CONTENTS_FORMAT, CONTENTS_KIND } from './contents';
import { createBackup, DevicePassphraseReusedError } from './createBackup';
import { readBackup, setUpFromBackup } from './restoreBackup';
import { SYNC_STATE_KEY } from './syncFacts';

const SERVER = '0b7c6a2e-8d7f-4f0e-9a53-7d1c2b3a4e5f';
const BACKUP_PASSPHRASE = 'Sicherung im Schrank 2026';
const NEW_DEVICE_PASSPHRASE = 'Neues Tablet, neuer Satz 9';
const FAST = { iterations: 1_000 };
const RESTORED = { syncState: { clientId: 'e3b5c8a0-1f2d-4c6e-9a7b-3d5f7e9a1c2b', checkpoint: 0 } };

/** A device holding every kind of data: records of each store, a conflict, queued changes. */
async function fullDevice() {
  const { db, vault } = await unlockedVault('backup-source');
  const cases = caseRepository(vault);
  const sessions = sessionRepository(vault);
  const consents = consentRepository(vault);
  const created = await cases.create(
    { displayName: 'Amal Beispiel', pseudonymised: false, createdOn: '2026-11-20' },
    { nationality: 'SY' },
  );
  const conversation = await sessions.start({
    caseId: created.id,
    template,
    asOf: '2026-11-20',
    counsellorName: 'Frau Berger',
  });
  await sessions.saveDraft(conversation.id, {
    answers: { actions: [{ id: 'a1', text: 'Pass beantragen', responsible: 'client' }] },
  });
  const consent = await consents.sign(signedContent({ caseId: created.id }, 'Einwilligung'));
  await consents.revoke(
    {
      caseId: created.id,
      consentId: consent.id,
      scope: { kind: 'all' },
      receivedOn: '2026-12-01',
      receivedVia: 'letter',
      recordedBy: 'Frau Berger',
      recordedAt: '2026-12-01T09:00:00+01:00',
    },
    '2026-12-01',
  );
  await sealedStore(vault, 'referrals', 'referral').create(crypto.randomUUID(), created.id, {
    caseId: created.id,
    note: 'Weiter an die Beratungsstelle',
  });
  const conflictId = crypto.randomUUID();
  await db.conflicts.put({
    id: conflictId,
    entityId: created.id,
    updatedAt: '2026-12-06T09:00:00.000Z',
    resolved: 0,
    data: await seal(
      vault.requireKey(),
      { store: 'conflicts', id: conflictId, schemaVersion: 1 },
      { field: 'displayName', serverValue: 'Amal B.', clientValue: 'Amal Beispiel' },
    ),
  });
  // Synced once with a server: the backup names it (a restore resyncs against it).
  await db.preferences.put({
    key: SYNC_STATE_KEY,
    value: { clientId: crypto.randomUUID(), checkpoint: 7, serverId: SERVER },
    updatedAt: '2026-12-06T09:00:00.000Z',
  });
  await db.tombstones.put({ id: crypto.randomUUID(), at: '2026-12-02T10:00:00.000Z' });
  return { db, vault, caseId: created.id };
}

/** Every record of every sealed store and every conflict, decrypted, in a stable order. */
async function everything(db: PerspektiveDb, vault: Vault) {
  const key = vault.requireKey();
  const stores: Record<string, unknown[]> = {};
  for (const store of SEALED_STORES) {
    const rows = await db[store].orderBy('id').toArray();
    stores[store] = await Promise.all(
      rows.map(async ({ data, ...plain }) => ({
        ...plain,
        value: await open(key, { store, id: plain.id, schemaVersion: plain.schemaVersion }, data),
      })),
    );
  }
  const conflicts = await Promise.all(
    (await db.conflicts.orderBy('id').toArray()).map(async ({ data, ...plain }) => ({
      ...plain,
      value: await open(key, { store: 'conflicts', id: plain.id, schemaVersion: 1 }, data),
    })),
  );
  const outbox = (await db.outbox.toArray()).map((e) => [e.entity, e.recordId, e.kind, e.fields]);
  return { stores, conflicts, outbox, tombstones: await db.tombstones.toArray() };
}

/** A fresh tablet: database created, nothing set up. */
async function freshTablet() {
  const db = new PerspektiveDb(`backup-target-${crypto.randomUUID()}`);
  await db.open();
  return { db, vault: new Vault(db, FAST) };
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'accepted';
  } catch (error) {
    return error instanceof BackupError ? error.problem : String(error);
  }
}

describe('device backup', () => {
  it('round-trips the whole device to a new tablet under its own passphrase', async () => {
    const source = await fullDevice();
    const before = await everything(source.db, source.vault);
    expect(before.stores.cases).toHaveLength(1);
    expect(before.stores.sessions).toHaveLength(1);
    expect(before.stores.consents).toHaveLength(1);
    expect(before.stores.revocations).toHaveLength(1);
    expect(before.stores.referrals).toHaveLength(1);
    expect(before.conflicts).toHaveLength(1);
    expect(before.outbox.length).toBeGreaterThan(3);
    const { bytes } = await createBackup(source.vault, BACKUP_PASSPHRASE, FAST);
    // Encrypted: no name, no field name, no id of the source's records in the file.
    const asText = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    for (const secret of ['Amal', 'displayName', source.caseId]) {
      expect(asText).not.toContain(secret);
    }

    const target = await freshTablet();
    const contents = await readBackup(bytes, BACKUP_PASSPHRASE);
    expect(contents.source).toEqual({ serverId: SERVER, checkpoint: 7 });
    await setUpFromBackup(target.vault, NEW_DEVICE_PASSPHRASE, contents, RESTORED);
    expect(await everything(target.db, target.vault)).toEqual(before);
    // Usable through the repositories, and the device opens with ITS passphrase only.
    target.vault.lock();
    await expect(target.vault.unlock(TEST_PASSPHRASE)).rejects.toThrow();
    await target.vault.unlock(NEW_DEVICE_PASSPHRASE);
    const restored = await caseRepository(target.vault).get(source.caseId);
    expect(restored?.profile.displayName).toBe('Amal Beispiel');
    // The sync state the caller chose is written with the data.
    expect((await target.db.preferences.get(SYNC_STATE_KEY))?.value).toEqual(RESTORED.syncState);
  });

  it('refuses a wrong passphrase, a truncated or an altered file; the tablet stays untouched', async () => {
    const source = await fullDevice();
    const { bytes } = await createBackup(source.vault, BACKUP_PASSPHRASE, FAST);
    const target = await freshTablet();
    const untouched = await dumpDatabase(target.db);

    const attempts: [string, Uint8Array, string, BackupProblem][] = [
      ['wrong passphrase', bytes, 'Sicherung im Keller 2026', 'wrong-passphrase'],
      ['empty file', bytes.slice(0, 0), BACKUP_PASSPHRASE, 'not-a-backup'],
      ['half a header', bytes.slice(0, 40), BACKUP_PASSPHRASE, 'truncated'],
      ['header only', bytes.slice(0, HEADER_BYTES), BACKUP_PASSPHRASE, 'truncated'],
      ['half the file', bytes.slice(0, bytes.length >> 1), BACKUP_PASSPHRASE, 'truncated'],
      ['last byte missing', bytes.slice(0, -1), BACKUP_PASSPHRASE, 'truncated'],
      ['a byte appended', concat(bytes, [0]), BACKUP_PASSPHRASE, 'damaged'],
      ['not a backup', new TextEncoder().encode('{"cases":[]}'), BACKUP_PASSPHRASE, 'not-a-backup'],
      ['format changed', altered(bytes, 9), BACKUP_PASSPHRASE, 'unknown-format'],
      ['IV altered', altered(bytes, 35), BACKUP_PASSPHRASE, 'damaged'],
      ['ciphertext altered', altered(bytes, HEADER_BYTES + 20), BACKUP_PASSPHRASE, 'damaged'],
      ['tag altered', altered(bytes, bytes.length - 1), BACKUP_PASSPHRASE, 'damaged'],
      // The salt and the check value feed the passphrase check: told as "passphrase does not
      // match this file" (the message says the file may be damaged too).
      ['salt altered', altered(bytes, 20), BACKUP_PASSPHRASE, 'wrong-passphrase'],
    ];
    for (const [what, file, passphrase, problem] of attempts) {
      expect(await refusal(readBackup(file, passphrase)), what).toBe(problem);
    }
    // Every single altered byte anywhere in the file is refused (sampled through all of it).
    for (let at = 0; at < bytes.length; at += Math.max(1, Math.floor(bytes.length / 97))) {
      expect(
        await refusal(readBackup(altered(bytes, at), BACKUP_PASSPHRASE)),
        `byte ${at}`,
      ).not.toBe('accepted');
    }
    expect(await target.vault.state()).toBe('no-key');
    expect(await dumpDatabase(target.db)).toBe(untouched);
  });

  it('a failure in the middle of the restore writes nothing; the next attempt succeeds', async () => {
    const source = await fullDevice();
    const expected = await everything(source.db, source.vault);
    const { bytes } = await createBackup(source.vault, BACKUP_PASSPHRASE, FAST);
    const target = await freshTablet();
    const untouched = await dumpDatabase(target.db);
    const contents = await readBackup(bytes, BACKUP_PASSPHRASE);

    // Records, conflicts and queue are written when the directory fails (disk full).
    const bulkAdd = target.db.directory.bulkAdd.bind(target.db.directory);
    target.db.directory.bulkAdd = (() =>
      Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof bulkAdd;
    await expect(
      setUpFromBackup(target.vault, NEW_DEVICE_PASSPHRASE, contents, RESTORED),
    ).rejects.toThrow('QuotaExceededError');
    expect(target.vault.isUnlocked).toBe(false);
    expect(await target.vault.state()).toBe('no-key');
    expect(await dumpDatabase(target.db)).toBe(untouched);

    target.db.directory.bulkAdd = bulkAdd;
    await setUpFromBackup(target.vault, NEW_DEVICE_PASSPHRASE, contents, RESTORED);
    expect(await everything(target.db, target.vault)).toEqual(expected);
  });

  it('never restores into a device that is set up, and never under a weak passphrase', async () => {
    const source = await fullDevice();
    const { bytes } = await createBackup(source.vault, BACKUP_PASSPHRASE, FAST);
    const contents = await readBackup(bytes, BACKUP_PASSPHRASE);
    const used = await unlockedVault('backup-used');
    const dump = await dumpDatabase(used.db);
    await expect(
      setUpFromBackup(used.vault, NEW_DEVICE_PASSPHRASE, contents, RESTORED),
    ).rejects.toThrow();
    expect(await dumpDatabase(used.db)).toBe(dump);

    const target = await freshTablet();
    await expect(setUpFromBackup(target.vault, 'kurz', contents, RESTORED)).rejects.toBeInstanceOf(
      PassphraseRejectedError,
    );
    expect(await target.vault.state()).toBe('no-key');
    await expect(createBackup(source.vault, '123456789012', FAST)).rejects.toBeInstanceOf(
      PassphraseRejectedError,
    );
    await expect(createBackup(source.vault, TEST_PASSPHRASE, FAST)).rejects.toBeInstanceOf(
      DevicePassphraseReusedError,
    );
    expect(await source.vault.retryAfterMs()).toBe(0); // not counted as a failed unlock
    source.vault.lock();
    await expect(createBackup(source.vault, BACKUP_PASSPHRASE, FAST)).rejects.toBeInstanceOf(
      LockedError,
    );
  });

  it('refuses contents this app cannot read: a newer record format, a newer or broken file', async () => {
    const source = await fullDevice();
    const { bytes } = await createBackup(source.vault, BACKUP_PASSPHRASE, FAST);
    const contents = await readBackup(bytes, BACKUP_PASSPHRASE);
    const reseal = (value: unknown) =>
      sealBackup(new TextEncoder().encode(JSON.stringify(value)), BACKUP_PASSPHRASE, 1_000);
    const newerRecord = structuredClone(contents);
    const first = newerRecord.records.cases[0];
    if (first) first.schemaVersion = 99;
    expect(await refusal(readBackup(await reseal(newerRecord), BACKUP_PASSPHRASE))).toBe(
      'newer-app',
    );
    const newerFile = { ...contents, format: CONTENTS_FORMAT + 1 };
    expect(await refusal(readBackup(await reseal(newerFile), BACKUP_PASSPHRASE))).toBe(
      'unknown-format',
    );
    const twice = structuredClone(contents);
    twice.records.sessions.push(...twice.records.sessions);
    expect(await refusal(readBackup(await reseal(twice), BACKUP_PASSPHRASE))).toBe('damaged');
    const notOurs = { kind: `${CONTENTS_KIND}-x`, format: 1 };
    expect(await refusal(readBackup(await reseal(notOurs), BACKUP_PASSPHRASE))).toBe('damaged');
  });
});

function altered(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

function concat(bytes: Uint8Array, more: number[]): Uint8Array {
  const out = new Uint8Array(bytes.length + more.length);
  out.set(bytes, 0);
  out.set(more, bytes.length);
  return out;
}
