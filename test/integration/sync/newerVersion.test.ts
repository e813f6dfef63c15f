// Records from a newer app version (issue 21): a device whose app cannot validate a pulled
// record (here: it does not know a field yet) skips it, notes the id and its own version —
// no values — and pulls it again once the app is updated. Before, the checkpoint moved past
// the record and the device never received it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RecordState } from '../../../src/protocol';
import { checkRemoteRecord } from '../../../src/storage/sync/remoteFields';
import { httpTransport } from '../../../src/sync/transport';
import { clientDevice } from './support/clientDevice';
import { addUser, createOrg, listeningTestServer } from './support/fixtures';

const env = listeningTestServer();

/** Version 1 of the app did not know the fact `fitToTravel` yet: its validation fails. */
const olderApp = {
  appVersion: '1.0.0',
  checkRecord: async (record: RecordState) =>
    record.fields && 'fitToTravel' in record.fields
      ? ({ ok: false, reason: 'unknown_field' } as const)
      : checkRemoteRecord(record),
};

describe('a record written by a newer app version', () => {
  it('reaches a device with an older app after its update, with every later change', async () => {
    const org = await createOrg(env.server());
    const newer = await clientDevice(
      httpTransport(env.baseUrl()),
      await addUser(env.server(), org),
      { appVersion: '1.1.0' },
    );
    const older = await clientDevice(
      httpTransport(env.baseUrl()),
      await addUser(env.server(), org),
      olderApp,
    );
    const plain = await newer.cases.create(
      { displayName: 'Frau Amsel', pseudonymised: false, createdOn: '2026-11-20' },
      { nationality: 'SY' },
    );
    const withField = await newer.cases.create(
      { displayName: 'Herr Drossel', pseudonymised: false, createdOn: '2026-11-20' },
      { nationality: 'AF', fitToTravel: 'no' },
    );
    expect(await newer.sync()).toMatchObject({ kind: 'done', pushed: 2 });

    expect(await older.sync()).toMatchObject({ kind: 'done', pulled: 1, skipped: 1 });
    expect(await older.cases.get(plain.id)).toBeDefined();
    expect(await older.cases.get(withField.id)).toBeUndefined();
    // What is noted: the id and the version that skipped it, nothing of its content.
    const noted = (await older.replica.state()).skipped;
    expect(noted).toMatchObject({
      appVersion: '1.0.0',
      records: [{ entity: 'case', id: withField.id }],
    });
    expect(JSON.stringify(noted)).not.toMatch(/Drossel|AF|fitToTravel/);

    // Another sync with the same version does not fetch it again.
    await newer.cases.updateProfile(withField.id, { fileNumber: 'AZ-7' });
    expect(await newer.sync()).toMatchObject({ kind: 'done', pushed: 1 });
    expect(await older.sync()).toMatchObject({ kind: 'done', skipped: 1 });
    expect(await older.cases.get(withField.id)).toBeUndefined();

    // The update: the same device with the app that knows the field.
    older.updateApp({ appVersion: '1.1.0' });
    expect(await older.sync()).toMatchObject({ kind: 'done', skipped: 0 });
    const arrived = await older.cases.get(withField.id);
    expect(arrived?.facts).toMatchObject({ fitToTravel: 'no', nationality: 'AF' });
    expect(arrived?.profile.fileNumber).toBe('AZ-7');
    expect(arrived?.rev).toBe((await newer.cases.get(withField.id))?.rev);
    expect((await older.replica.state()).skipped).toBeUndefined();
  });
});
