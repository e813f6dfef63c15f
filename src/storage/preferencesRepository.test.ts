import { afterEach, describe, expect, it } from 'vitest';
import { PerspektiveDb } from './db';
import { emptyCounsellingDefaults, preferencesRepository } from './preferencesRepository';

const now = new Date('2026-11-21T10:00:00Z');
let counter = 0;
const dbs: PerspektiveDb[] = [];
function freshDb(): PerspektiveDb {
  const db = new PerspektiveDb(`prefs-test-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('preferencesRepository', () => {
  it('returns empty defaults before anything is saved', async () => {
    const repo = preferencesRepository(freshDb());
    expect(await repo.getCounsellingDefaults()).toEqual(emptyCounsellingDefaults);
  });

  it('stores trimmed values and reads them back after reopening the database', async () => {
    const db = freshDb();
    await preferencesRepository(db).saveCounsellingDefaults(
      {
        counsellorName: '  A. Muster ',
        organisation: 'Kreis Unna',
        defaultPlace: 'Unna',
        pseudonymisedMode: false,
      },
      now,
    );
    db.close();
    const reopened = new PerspektiveDb(db.name);
    dbs.push(reopened);
    expect(await preferencesRepository(reopened).getCounsellingDefaults()).toEqual({
      counsellorName: 'A. Muster',
      organisation: 'Kreis Unna',
      defaultPlace: 'Unna',
      pseudonymisedMode: false,
    });
  });

  it('rejects invalid input and keeps the previous value', async () => {
    const repo = preferencesRepository(freshDb());
    const valid = {
      counsellorName: 'B',
      organisation: 'C',
      defaultPlace: 'D',
      pseudonymisedMode: true,
    };
    await repo.saveCounsellingDefaults(valid, now);
    await expect(
      repo.saveCounsellingDefaults({ ...valid, counsellorName: 'x'.repeat(500) }, now),
    ).rejects.toThrow();
    expect(await repo.getCounsellingDefaults()).toEqual(valid);
  });

  it('reads values saved before pseudonymised mode existed', async () => {
    const db = freshDb();
    const old = { counsellorName: 'B', organisation: 'C', defaultPlace: 'D' };
    await db.preferences.put({ key: 'counsellingDefaults', value: old, updatedAt: '' });
    expect(await preferencesRepository(db).getCounsellingDefaults()).toEqual({
      ...old,
      pseudonymisedMode: false,
    });
  });

  it('ignores a stored value of the wrong shape instead of crashing', async () => {
    const db = freshDb();
    await db.preferences.put({
      key: 'counsellingDefaults',
      value: { counsellorName: 42 },
      updatedAt: '',
    });
    expect(await preferencesRepository(db).getCounsellingDefaults()).toEqual(
      emptyCounsellingDefaults,
    );
  });

  it("prefers the organisation's details for consents over the ones typed on the device", async () => {
    const repo = preferencesRepository(freshDb());
    const device = {
      name: 'Auf dem Gerät',
      address: 'A',
      contact: 'B',
      dataProtectionOfficer: 'C',
      supervisoryAuthority: 'D',
    };
    await repo.saveConsentController(device, now);
    expect(await repo.getConsentControllerWithSource()).toEqual({
      controller: device,
      source: 'device',
    });
    const copy = repo.organisationControllerCopy();
    expect(await copy.version()).toBe(0);
    const organisation = { ...device, name: 'Von der Administration' };
    await copy.replace(7, organisation, now);
    expect(await copy.version()).toBe(7);
    expect(await repo.getConsentControllerWithSource()).toEqual({
      controller: organisation,
      source: 'organisation',
    });
    // Unreadable details from the server (a newer schema) fall back to the device's.
    await copy.replace(8, { name: '' }, now);
    expect((await repo.getConsentController())?.name).toBe('Auf dem Gerät');
  });
});
