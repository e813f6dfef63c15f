// The organisation's details for consents on the server (issue 23): entered once by the
// administrator, read by every counselling account of the organisation, versioned, audited,
// refused to everyone else and never crossing organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  type TestServer,
} from '../sync/support/fixtures';

const URL = '/api/organisation/consent-controller';
const ADMIN_URL = '/api/admin/organisation/consent-controller';
const DETAILS = {
  name: 'Kreis Beispiel, Ausländerbehörde',
  address: 'Beispielstraße 1, 12345 Beispielstadt',
  contact: '01234 56-0, abh@beispiel.example',
  dataProtectionOfficer: 'dsb@beispiel.example',
  supervisoryAuthority: 'Landesbeauftragte für Datenschutz, Musterweg 2, 12345 Musterstadt',
};

describe('organisation details for consents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const get = (token: { token: string }, since?: number) =>
    server.app.inject({
      method: 'GET',
      url: since === undefined ? URL : `${URL}?since=${String(since)}`,
      headers: auth(token),
    });
  const put = (token: { token: string }, baseVersion: number, controller: unknown) =>
    server.app.inject({
      method: 'PUT',
      url: ADMIN_URL,
      headers: auth(token),
      payload: { baseVersion, controller },
    });

  it('are saved by the admin and read by the organisation’s counsellors, versioned and audited', async () => {
    const org = await createOrg(server);
    const counsellor = await addUser(server, org);
    expect((await get(counsellor)).json()).toEqual({ version: 0, controller: null });

    const saved = await put(org.admin, 0, DETAILS);
    expect(saved.statusCode).toBe(200);
    const { version } = saved.json<{ version: number }>();
    expect(version).toBeGreaterThan(0);
    expect((await get(counsellor)).json()).toEqual({ version, controller: DETAILS });
    expect((await get(counsellor, version)).json()).toEqual({ version, unchanged: true });

    // A save from an old version would overwrite someone else's: refused.
    expect((await put(org.admin, 0, DETAILS)).statusCode).toBe(409);
    const next = await put(org.admin, version, { ...DETAILS, contact: '01234 56-99' });
    expect(next.json<{ version: number }>().version).toBeGreaterThan(version);

    const rows = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE org_id = $1 AND entity = 'consent-controller'`,
      [org.orgId],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'save-consent-controller',
      'save-consent-controller',
    ]);
  });

  it('refuses non-admins, invalid details, and never shows another organisation’s', async () => {
    const org = await createOrg(server);
    const other = await createOrg(server);
    const counsellor = await addUser(server, org);
    const statistics = await addUser(server, org, ['statistics']);
    expect((await put(counsellor, 0, DETAILS)).statusCode).toBe(403);
    expect((await put(statistics, 0, DETAILS)).statusCode).toBe(403);
    expect((await get(statistics)).statusCode).toBe(403);
    expect((await put(org.admin, 0, { ...DETAILS, name: '' })).statusCode).toBe(400);
    expect((await put(org.admin, 0, { ...DETAILS, extra: 'x' })).statusCode).toBe(400);

    expect((await put(other.admin, 0, DETAILS)).statusCode).toBe(200);
    expect((await get(counsellor)).json()).toEqual({ version: 0, controller: null });
  });
});
