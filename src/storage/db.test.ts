// Every Dexie version since the first opens and upgrades (issue 26): per earlier version a
// fixture database with that version's schema and data, closed, then opened with today's
// PerspektiveDb. Every row must still be there unchanged, every store of today must exist,
// the records must decrypt with the same passphrase, and today's code must work on it.
import { beforeAll, describe, expect, it } from 'vitest';
import { open, seal } from './crypto/recordCipher';
import { signedContent } from '../domain/consents/consents.fixtures';
import { template } from '../domain/sessions/sessions.fixtures';
import { HISTORY, rowsByStore, writeFixture } from '../../test/support/dbFixtures';
import { TEST_PASSPHRASE, unlockedVault } from '../../test/support/storageTesting';
import { caseRepository } from './cases/caseRepository';
import { caseIndex } from './caseIndex/caseIndex';
import { consentRepository } from './consents/consentRepository';
import { PerspektiveDb } from './db';
import { preferencesRepository } from './preferencesRepository';
import { sealedStore } from './records/sealedStore';
import { sessionRepository } from './sessions/sessionRepository';
import { Vault } from './vault/vault';

const CONFLICT = (id: string) => ({ store: 'conflicts', id, schemaVersion: 1 });
const CURRENT_STORES = [
  'caseDigestSnapshot',
  'caseDigests',
  'cases',
  'conflicts',
  'consents',
  'directory',
  'followUpDigests',
  'incomingReferrals',
  'keyring',
  'letters',
  'outbox',
  'preferences',
  'referrals',
  'resyncSeen',
  'revocations',
  'sessions',
  'tombstones',
];

/** Today's code writes one of everything; its rows are what the fixtures hold. */
async function sourceDevice() {
  const { db, vault } = await unlockedVault('upgrade-source');
  const cases = caseRepository(vault);
  const sessions = sessionRepository(vault);
  const consents = consentRepository(vault);
  const person = await cases.create(
    { displayName: 'Amal Haddad', pseudonymised: false, createdOn: '2026-11-20' },
    { nationality: 'SY' },
  );
  const session = await sessions.start({ caseId: person.id, template, asOf: '2026-11-20' });
  const consent = await consents.sign(signedContent({ caseId: person.id }));
  const referral = crypto.randomUUID();
  await sealedStore(vault, 'referrals', 'referral').create(referral, person.id, { note: 'R' });
  const incoming = crypto.randomUUID();
  await sealedStore(vault, 'incomingReferrals', 'referral-inbox').applyRemote(
    incoming,
    incoming,
    { note: 'I' },
    1,
  );
  // A conflict the server recorded (both values), sealed as the sync client stores it.
  const conflict = crypto.randomUUID();
  await db.conflicts.put({
    id: conflict,
    entityId: person.id,
    updatedAt: '2026-11-21T10:00:00.000Z',
    resolved: 0,
    data: await seal(vault.requireKey(), CONFLICT(conflict), { field: 'displayName' }),
  });
  await preferencesRepository(db).saveCounsellingDefaults(
    {
      counsellorName: 'Frau Beispiel',
      organisation: 'ABH',
      defaultPlace: 'Unna',
      pseudonymisedMode: false,
    },
    new Date('2026-11-20T09:00:00Z'),
  );
  await db.directory.put({ id: 'offer-1', version: 3, offer: { name: 'Beispiel' } });
  await db.letters.put({
    kind: 'departure-information',
    version: 2,
    checkedAt: '2026-11-20T09:00:00Z',
    letter: null,
  });
  const list = caseIndex(vault, { cases, sessions });
  await list.persist(await list.read());
  const values = {
    person: await cases.get(person.id),
    session: await sessions.get(session.id),
    consent: await consents.get(consent.id),
  };
  return {
    rows: await rowsByStore(db),
    ids: { person: person.id, session: session.id, referral, incoming, conflict },
    values,
  };
}

let source: Awaited<ReturnType<typeof sourceDevice>>;
beforeAll(async () => {
  source = await sourceDevice();
});

describe('the device database', () => {
  it.each(HISTORY)('upgrades from version $label with all its data', async (version) => {
    const name = `upgrade-${version.label}-${crypto.randomUUID()}`;
    const written = await writeFixture(name, version, source.rows);
    const db = new PerspektiveDb(name);
    await db.open();

    expect([...db.backendDB().objectStoreNames].sort()).toEqual(CURRENT_STORES);
    for (const [store, rows] of written) {
      expect(await db.table(store).toArray(), store).toEqual(rows);
    }
    const vault = new Vault(db, { iterations: 1_000 });
    const cases = caseRepository(vault);
    const sessions = sessionRepository(vault);
    if (version.verno === 1) {
      // No key yet in version 1 (nothing was encrypted): the device is set up now.
      expect(await vault.state()).toBe('no-key');
      await vault.setUp(TEST_PASSPHRASE);
    } else {
      await vault.unlock(TEST_PASSPHRASE);
      expect(await cases.get(source.ids.person)).toEqual(source.values.person);
      expect(await sessions.byCase(source.ids.person)).toEqual([source.values.session]);
      expect(await db.outbox.where('recordId').equals(source.ids.person).count()).toBe(1);
    }
    if (version.verno >= 3) {
      const [row] = await db.conflicts.where('resolved').equals(0).toArray();
      expect(await open(vault.requireKey(), CONFLICT(row!.id), row!.data)).toEqual({
        field: 'displayName',
      });
    }
    if (version.verno >= 4) {
      expect(await consentRepository(vault).get(source.values.consent!.id)).toEqual(
        source.values.consent,
      );
    }
    if (version.verno >= 5) {
      const incoming = sealedStore(vault, 'incomingReferrals', 'referral-inbox');
      expect((await incoming.get(source.ids.incoming))?.value).toEqual({ note: 'I' });
      expect(
        (await sealedStore(vault, 'referrals', 'referral').get(source.ids.referral))?.value,
      ).toEqual({ note: 'R' });
    }
    expect((await preferencesRepository(db).getCounsellingDefaults()).defaultPlace).toBe('Unna');

    // Today's code works on it: the case list (digests reused or built), new records, and a
    // deletion from the server.
    const list = caseIndex(vault, { cases, sessions });
    const read = await list.read();
    await list.persist(read);
    expect(read.entries.map((e) => e.digest.profile.displayName)).toEqual(
      version.verno === 1 ? [] : ['Amal Haddad'],
    );
    const added = await cases.create({
      displayName: 'Neu',
      pseudonymised: false,
      createdOn: '2026-12-06',
    });
    await sessions.start({ caseId: added.id, template, asOf: '2026-12-06' });
    // The deletion writes the stores of version 9 (the case's records go with it).
    await sealedStore(vault, 'cases', 'case').applyRemote(added.id, added.id, undefined, 2);
    expect(await cases.get(added.id)).toBeUndefined();
    expect((await db.tombstones.toArray()).map((t) => t.id)).toEqual([added.id]);
    expect(await sessions.byCase(added.id)).toEqual([]);
    db.close();
  });
});
