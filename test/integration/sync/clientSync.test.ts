// The client sync engine against the real server and database: two devices with real
// (fake-indexeddb) encrypted storage talk HTTP to a listening server.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { signOut, UnsyncedChangesError } from '../../../src/sync/account';
import { httpTransport, SyncHttpError, type SyncTransport } from '../../../src/sync/transport';
import { template } from '../../../src/domain/sessions/sessions.fixtures';
import { clientDevice } from './support/clientDevice';
import { addUser, auth, createOrg, startTestServer, type TestServer } from './support/fixtures';

let server: TestServer;
let baseUrl: string;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.close();
});

const newDevice = (user: { email: string; password: string }, transport?: SyncTransport) =>
  clientDevice(transport ?? httpTransport(baseUrl), user);

async function twoCounsellors() {
  const org = await createOrg(server);
  const a = await addUser(server, org);
  const b = await addUser(server, org);
  return { org, a: await newDevice(a), b: await newDevice(b) };
}

describe('client sync with the real server', () => {
  it('a case and a conversation created offline on A arrive decrypted on B', async () => {
    const { a, b } = await twoCounsellors();
    const created = await a.cases.create(
      { displayName: 'Amal Haddad', pseudonymised: false, createdOn: '2026-11-20' },
      { nationality: 'SY', birthDate: '1999-03-15' },
    );
    const session = await a.sessions.start({
      caseId: created.id,
      template,
      asOf: '2026-11-20',
      counsellorName: 'Frau Beispiel',
    });
    expect(await a.replica.pendingCount()).toBe(2);
    expect(await a.sync()).toMatchObject({ kind: 'done', pushed: 2 });
    expect(await a.replica.pendingCount()).toBe(0);
    expect((await a.cases.get(created.id))?.rev).toBe(1);

    expect(await b.sync()).toMatchObject({ kind: 'done', pulled: 2 });
    const onB = await b.cases.get(created.id);
    expect(onB?.profile.displayName).toBe('Amal Haddad');
    expect(onB?.facts).toEqual({ nationality: 'SY', birthDate: '1999-03-15' });
    expect((await b.sessions.get(session.id))?.participants).toEqual(session.participants);
    // Pulled records do not go back out.
    expect(await b.replica.pendingCount()).toBe(0);
  });

  it('edits of different fields on both devices merge; the same field becomes a conflict', async () => {
    const { a, b } = await twoCounsellors();
    const c = await a.cases.create(
      { displayName: 'Samir K.', pseudonymised: true, createdOn: '2026-11-20' },
      { nationality: 'AF' },
    );
    await a.sync();
    await b.sync();
    // Offline on both: A changes the birth date, B the name — and both the nationality.
    await a.cases.updateFacts(c.id, { birthDate: '2001-01-01', nationality: 'IR' });
    await b.cases.updateProfile(c.id, { displayName: 'Samir Karimi' });
    await b.cases.updateFacts(c.id, { nationality: 'PK' });
    expect((await a.sync()).kind).toBe('done');
    expect((await b.sync()).kind).toBe('done');
    expect((await a.sync()).kind).toBe('done');

    for (const device of [a, b]) {
      const now = await device.cases.get(c.id);
      expect(now?.profile.displayName).toBe('Samir Karimi');
      expect(now?.facts.birthDate).toBe('2001-01-01');
      // A pushed first, so the server kept IR; B's PK waits as a conflict for a counsellor.
      expect(now?.facts.nationality).toBe('IR');
      expect(await device.conflicts.open()).toHaveLength(1);
    }

    // On B the counsellor decides for B's value; after syncing, both have it and the
    // conflict is closed everywhere.
    const [conflict] = await b.conflicts.open();
    expect(conflict).toMatchObject({ field: 'nationality', serverValue: 'IR', clientValue: 'PK' });
    await b.conflicts.resolve(conflict!, 'mine');
    expect(await b.conflicts.open()).toEqual([]); // hidden while the decision is queued
    for (const device of [b, a, b]) expect((await device.sync()).kind).toBe('done');
    for (const device of [a, b]) {
      expect((await device.cases.get(c.id))?.facts.nationality).toBe('PK');
      expect(await device.conflicts.open()).toEqual([]);
    }
  });

  it('keeping the stored value closes the conflict without changing the record', async () => {
    const { a, b } = await twoCounsellors();
    const c = await a.cases.create({
      displayName: 'Zwei Änderungen',
      pseudonymised: false,
      createdOn: '2026-11-20',
    });
    await a.sync();
    await b.sync();
    await a.cases.updateProfile(c.id, { fileNumber: 'A-1' });
    await b.cases.updateProfile(c.id, { fileNumber: 'B-2' });
    await a.sync();
    await b.sync();
    const [conflict] = await b.conflicts.open();
    await b.conflicts.resolve(conflict!, 'server');
    await b.sync();
    await a.sync();
    for (const device of [a, b]) {
      expect((await device.cases.get(c.id))?.profile.fileNumber).toBe('A-1');
      expect(await device.conflicts.open()).toEqual([]);
    }
  });

  it('a response lost after the server committed is re-sent without a duplicate', async () => {
    const org = await createOrg(server);
    const user = await addUser(server, org);
    const real = httpTransport(baseUrl);
    let dropNext = true;
    const lossy: SyncTransport = {
      ...real,
      push: async (token, request) => {
        const response = await real.push(token, request);
        if (dropNext) {
          dropNext = false;
          throw new Error('connection reset after commit');
        }
        return response;
      },
    };
    const a = await newDevice(user, lossy);
    const c = await a.cases.create({
      displayName: 'Verlust Test',
      pseudonymised: false,
      createdOn: '2026-11-20',
    });
    expect((await a.sync()).kind).toBe('error');
    expect(await a.replica.pendingCount()).toBe(1);
    // Meanwhile the counsellor edits again: a new entry, not folded into the one in flight.
    await a.cases.updateProfile(c.id, { fileNumber: 'AZ-1' });
    expect(await a.sync()).toMatchObject({ kind: 'done', pushed: 2 });
    const rows = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM records WHERE org_id = $1',
      [org.orgId],
    );
    expect(rows[0]?.n).toBe(1);
    const record = await server.app.inject({
      method: 'GET',
      url: `/api/records/${c.id}`,
      headers: auth(user),
    });
    expect(
      record.json<{ record: { fields: Record<string, unknown> } }>().record.fields,
    ).toMatchObject({
      displayName: 'Verlust Test',
      fileNumber: 'AZ-1',
    });
  });

  it('a revoked device deletes its local data at its next sync', async () => {
    const org = await createOrg(server);
    const user = await addUser(server, org);
    const a = await newDevice(user);
    await a.cases.create({
      displayName: 'Wird gelöscht',
      pseudonymised: false,
      createdOn: '2026-11-20',
    });
    const { clientId } = await a.replica.state();
    const revoke = await server.app.inject({
      method: 'POST',
      url: `/api/admin/devices/${clientId}/revoke`,
      headers: auth(org.admin),
    });
    expect(revoke.statusCode).toBe(200);
    expect(await a.sync()).toEqual({ kind: 'revoked' });
    expect(a.wiped()).toBe(true);
  });

  it('refuses to sign out while changes are not synced', async () => {
    const org = await createOrg(server);
    const a = await newDevice(await addUser(server, org));
    await a.cases.create({ displayName: 'Offen', pseudonymised: false, createdOn: '2026-11-20' });
    await expect(signOut(a.deps)).rejects.toBeInstanceOf(UnsyncedChangesError);
    await a.sync();
    await signOut(a.deps);
    expect(await a.deps.accounts.get()).toBeUndefined();
    expect(await a.sync()).toEqual({ kind: 'signed-out' });
  });

  it("the administrator's auto-lock policy reaches the device with its next sync", async () => {
    const org = await createOrg(server);
    const a = await newDevice(await addUser(server, org));
    await server.app.inject({
      method: 'POST',
      url: '/api/admin/policy',
      headers: auth(org.admin),
      payload: { idleLockMinutes: 2, hiddenLockSeconds: 15 },
    });
    expect(await a.db.preferences.get('autoLockPolicy')).toBeUndefined();
    await a.sync();
    expect((await a.db.preferences.get('autoLockPolicy'))?.value).toEqual({
      idleMs: 120_000,
      hiddenMs: 15_000,
    });
  });

  it('a push the server refuses whole stays queued but does not stop incoming changes', async () => {
    const org = await createOrg(server);
    const real = httpTransport(baseUrl);
    let refuse = true;
    const refusing: SyncTransport = {
      ...real,
      push: (token, request) =>
        refuse
          ? Promise.reject(new SyncHttpError(413, 'body_too_large', 'Too large.'))
          : real.push(token, request),
    };
    const a = await newDevice(await addUser(server, org), refusing);
    const b = await newDevice(await addUser(server, org));
    await b.cases.create({ displayName: 'Von B', pseudonymised: false, createdOn: '2026-11-20' });
    await b.sync();
    const mine = await a.cases.create({
      displayName: 'Bleibt in der Warteschlange',
      pseudonymised: false,
      createdOn: '2026-11-20',
    });
    expect(await a.sync()).toMatchObject({ kind: 'error', code: 'body_too_large' });
    expect((await a.cases.list()).map((c) => c.profile.displayName)).toContain('Von B');
    expect(await a.replica.pendingCount()).toBe(1);
    refuse = false;
    expect(await a.sync()).toMatchObject({ kind: 'done', pushed: 1 });
    expect((await b.sync()).kind).toBe('done');
    expect((await b.cases.get(mine.id))?.profile.displayName).toBe('Bleibt in der Warteschlange');
  });
});
