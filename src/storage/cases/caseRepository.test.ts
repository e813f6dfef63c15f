import { describe, expect, it } from 'vitest';
import type { CaseFacts, CaseProfile } from '../../domain';
import { InvalidInputError } from '../errors';
import { sealedStore } from '../records/sealedStore';
import { LockedError } from '../vault/vault';
import { caseRepository } from './caseRepository';
import { dumpDatabase } from '../../../test/support/rawDump';
import { minuteClock, TEST_PASSPHRASE, unlockedVault } from '../../../test/support/storageTesting';

async function setUp() {
  const { db, vault } = await unlockedVault('cases');
  const cases = caseRepository(vault, { now: minuteClock() });
  return { db, vault, cases };
}

const profile: CaseProfile = {
  displayName: 'Amal Haddad',
  pseudonymised: false,
  fileNumber: 'AZ 12/345',
  createdOn: '2026-10-01',
};
const facts: CaseFacts = {
  birthDate: '2000-05-01',
  nationality: 'SY',
  currentStatus: 'duldung-60a',
};

describe('case repository', () => {
  it('round-trips a created case through get and list', async () => {
    const { cases } = await setUp();
    const created = await cases.create(profile, facts);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.rev).toBeUndefined();
    expect(created.profile).toEqual(profile);
    expect(created.facts).toEqual(facts);

    const read = await cases.get(created.id);
    expect(read).toEqual(created);
    expect(await cases.list()).toEqual([created]);
    expect(await cases.get(crypto.randomUUID())).toBeUndefined();
  });

  it('creates a case without facts and trims the display name', async () => {
    const { cases } = await setUp();
    const created = await cases.create({ ...profile, displayName: '  Amal  ' });
    expect(created.facts).toEqual({});
    expect((await cases.get(created.id))?.profile.displayName).toBe('Amal');
  });

  it('lists the most recently changed case first', async () => {
    const { cases } = await setUp();
    const a = await cases.create({ ...profile, displayName: 'A' });
    const b = await cases.create({ ...profile, displayName: 'B' });
    expect((await cases.list()).map((c) => c.id)).toEqual([b.id, a.id]);
    await cases.updateFacts(a.id, { nationality: 'AF' });
    expect((await cases.list()).map((c) => c.id)).toEqual([a.id, b.id]);
  });

  it('updates the profile and keeps the facts', async () => {
    const { cases } = await setUp();
    const created = await cases.create(profile, facts);
    const updated = await cases.updateProfile(created.id, {
      displayName: 'Pseudonym K.',
      pseudonymised: true,
    });
    expect(updated.profile).toEqual({
      ...profile,
      displayName: 'Pseudonym K.',
      pseudonymised: true,
    });
    expect(updated.facts).toEqual(facts);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(await cases.get(created.id)).toEqual(updated);
  });

  it('removes the file number when the profile patch sets it to undefined', async () => {
    const { vault, cases } = await setUp();
    const created = await cases.create(profile);
    const updated = await cases.updateProfile(created.id, { fileNumber: undefined });
    expect(updated.profile.fileNumber).toBeUndefined();
    expect((await cases.get(created.id))?.profile).toEqual({
      displayName: profile.displayName,
      pseudonymised: false,
      createdOn: profile.createdOn,
    });
    // On disk the field is gone, not stored as a value.
    const raw = sealedStore<Record<string, unknown>>(vault, 'cases', 'case');
    expect(Object.keys((await raw.get(created.id))?.value ?? {}).sort()).toEqual([
      'createdOn',
      'displayName',
      'pseudonymised',
    ]);
  });

  it('patches facts: sets, keeps the others, and removes a fact given as undefined', async () => {
    const { cases } = await setUp();
    const created = await cases.create(profile, facts);
    const updated = await cases.updateFacts(created.id, {
      nationality: 'AF',
      germanLevel: 'A2',
      birthDate: undefined,
    });
    expect(updated.facts).toEqual({
      nationality: 'AF',
      currentStatus: 'duldung-60a',
      germanLevel: 'A2',
    });
    expect(updated.profile).toEqual(profile);
    const read = await cases.get(created.id);
    expect(read?.facts).toEqual(updated.facts);
    expect(read?.facts).not.toHaveProperty('birthDate');
  });

  it('an empty facts patch writes nothing', async () => {
    const { db, cases } = await setUp();
    const created = await cases.create(profile, facts);
    const again = await cases.updateFacts(created.id, {});
    expect(again.updatedAt).toBe(created.updatedAt);
    expect((await db.cases.get(created.id))?.updatedAt).toBe(created.updatedAt);
  });

  it('rejects invalid input with InvalidInputError and writes nothing', async () => {
    const { db, cases } = await setUp();
    await expect(cases.create({ ...profile, displayName: '   ' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(cases.create(profile, { birthDate: '2023-02-29' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await db.cases.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);

    const created = await cases.create(profile, facts);
    const rowBefore = await db.cases.get(created.id);
    const outboxBefore = await db.outbox.toArray();

    const badFacts = cases.updateFacts(created.id, { nationality: 'syria' });
    await expect(badFacts).rejects.toBeInstanceOf(InvalidInputError);
    const error = await badFacts.catch((e: unknown) => e);
    expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual([['nationality']]);
    await expect(cases.updateProfile(created.id, { displayName: '' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(
      cases.updateProfile(created.id, { createdOn: '01.10.2026' }),
    ).rejects.toBeInstanceOf(InvalidInputError);

    expect(await db.cases.get(created.id)).toEqual(rowBefore);
    expect(await db.outbox.toArray()).toEqual(outboxBefore);
    expect(await cases.get(created.id)).toEqual(created);
  });

  it('rejects updates of a case that does not exist', async () => {
    const { db, cases } = await setUp();
    await expect(cases.updateFacts(crypto.randomUUID(), { nationality: 'AF' })).rejects.toThrow(
      /does not exist/,
    );
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses reads and writes while the vault is locked, and works again after unlock', async () => {
    const { db, vault, cases } = await setUp();
    const created = await cases.create(profile, facts);
    vault.lock();
    await expect(cases.get(created.id)).rejects.toBeInstanceOf(LockedError);
    await expect(cases.list()).rejects.toBeInstanceOf(LockedError);
    await expect(cases.create(profile)).rejects.toBeInstanceOf(LockedError);
    await expect(cases.updateFacts(created.id, { nationality: 'AF' })).rejects.toBeInstanceOf(
      LockedError,
    );
    await expect(cases.updateProfile(created.id, { displayName: 'X' })).rejects.toBeInstanceOf(
      LockedError,
    );
    expect(await db.cases.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);

    await vault.unlock(TEST_PASSPHRASE);
    expect(await cases.get(created.id)).toEqual(created); // decrypted afresh, cache was dropped
  });

  it('keeps names and fact values off the disk (raw dump)', async () => {
    const { db, cases } = await setUp();
    const created = await cases.create(
      {
        displayName: 'SENTINEL-Name Müller',
        pseudonymised: false,
        fileNumber: 'SENTINEL-AZ-4711',
        createdOn: '2026-10-01',
      },
      { birthDate: '1987-03-19', nationality: 'ER', firstEntryDate: '2015-08-14' },
    );
    await cases.updateFacts(created.id, { departureDeadline: '2031-01-23' });
    await cases.updateProfile(created.id, { displayName: 'SENTINEL-Umbenannt' });

    const dump = await dumpDatabase(db);
    expect(dump).not.toMatch(/SENTINEL/);
    expect(dump).not.toMatch(/M(ü|\\u00fc)ller/);
    for (const value of ['1987-03-19', '2015-08-14', '2031-01-23']) {
      expect(dump).not.toContain(value);
    }
    expect(dump).toContain(created.id); // ids are plain: indexes and sync need them
  });

  it('queues one outbox entry with field names only, merging later changes', async () => {
    const { db, cases } = await setUp();
    const created = await cases.create(profile, { birthDate: '1987-03-19' });

    let entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toMatchObject({
      entity: 'case',
      kind: 'create',
      recordId: created.id,
      caseId: created.id,
      createdAt: created.updatedAt,
    });
    expect([...entry.fields].sort()).toEqual([
      'birthDate',
      'createdOn',
      'displayName',
      'fileNumber',
      'pseudonymised',
    ]);
    const text = JSON.stringify(entry);
    expect(text).not.toContain(profile.displayName);
    expect(text).not.toContain('AZ 12/345');
    expect(text).not.toContain('1987-03-19');

    await cases.updateFacts(created.id, { nationality: 'SY', birthDate: undefined });
    entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect([...entries[0]!.fields].sort()).toEqual([
      'birthDate',
      'createdOn',
      'displayName',
      'fileNumber',
      'nationality',
      'pseudonymised',
    ]);
    expect(JSON.stringify(entries)).not.toContain('"SY"');
  });

  it('reads a stored fact that no longer passes the schema leniently (dropped, rest kept)', async () => {
    const { vault, cases } = await setUp();
    const created = await cases.create(profile, facts);
    // Write an invalid value below the repository, as an older app version might have done.
    const raw = sealedStore<Record<string, unknown>>(vault, 'cases', 'case');
    await raw.update(created.id, (v) => ({ ...v, nationality: 'Syrien', germanLevel: 'Z9' }));
    const read = await cases.get(created.id);
    expect(read?.facts).toEqual({ birthDate: '2000-05-01', currentStatus: 'duldung-60a' });
    expect(read?.profile).toEqual(profile);
  });

  it('closes and reopens a case append-only; refused changes write nothing', async () => {
    const { db, cases } = await setUp();
    const created = await cases.create(profile, facts);
    const closed = await cases.close(
      created.id,
      { on: '2026-11-02', outcome: 'voluntary-departure-programme', detail: 'reag-garp' },
      '2026-11-02',
    );
    expect(closed.profile.lifecycle).toEqual([
      {
        kind: 'closed',
        on: '2026-11-02',
        outcome: 'voluntary-departure-programme',
        detail: 'reag-garp',
      },
    ]);
    expect(closed.facts).toEqual(facts);
    const outbox = await db.outbox.toArray();
    const refuse = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(InvalidInputError);
    await refuse(cases.close(created.id, { on: '2026-11-03', outcome: 'died' }, '2026-11-03'));
    await refuse(cases.reopen(created.id, { on: '2026-11-01' }, '2026-11-03'));
    await refuse(cases.reopen(created.id, { on: '2026-11-04' }, '2026-11-03'));
    // The profile editor cannot rewrite or drop a closing either.
    await refuse(cases.updateProfile(created.id, { lifecycle: [] }));
    expect(await db.outbox.toArray()).toEqual(outbox);
    expect((await cases.get(created.id))?.profile.lifecycle).toHaveLength(1);

    const reopened = await cases.reopen(created.id, { on: '2026-11-03' }, '2026-11-03');
    expect(reopened.profile.lifecycle?.map((e) => e.kind)).toEqual(['closed', 'reopened']);
    // A profile edit keeps the history.
    const renamed = await cases.updateProfile(created.id, { displayName: 'Amal H.' });
    expect(renamed.profile.lifecycle).toEqual(reopened.profile.lifecycle);
    expect([...(await db.outbox.toArray())[0]!.fields]).toContain('lifecycle');
  });
});
