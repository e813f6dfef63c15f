// Backup and restore of a PostgreSQL database the way docs/operations.md tells an operator:
// pg_dump (custom format), the database destroyed, pg_restore into an empty one, then
// `admin renew-server-id`. Every record, consent hash and audit row comes back identical,
// and devices pull everything again.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOrganisationWithAdmin } from '../../src/server/accounts/bootstrap';
import { runAdminCli } from '../../src/server/cli/admin';
import { buildApp } from '../../src/server/createServer';
import { openDatabase } from '../../src/server/db/open';
import { httpTransport } from '../../src/sync/transport';
import { clientDevice } from '../integration/sync/support/clientDevice';
import { cheapPasswords } from '../integration/sync/support/fixtures';
import { httpAddCounsellor, httpLogin } from '../support/httpAccounts';
import { deviceView, seedRecords, serverSnapshot } from '../support/recordWorld';
import { createScratchDatabase } from './scratchDatabase';

const ADMIN = { email: 'admin@pgbackup.example', password: 'pg backup test passphrase' };

async function serve(url: string) {
  const db = await openDatabase({ databaseUrl: url, dataDir: undefined });
  const app = await buildApp({ db, passwordParams: cheapPasswords });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    db,
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

const serverId = async (db: { query: (sql: string) => Promise<Record<string, unknown>[]> }) =>
  (await db.query('SELECT id FROM server_instance'))[0]?.id;

describe('PostgreSQL backup with pg_dump and restore with pg_restore', () => {
  it('restores every record, consent hash and audit row; devices pull again', async () => {
    const scratch = await createScratchDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'perspektive-pgbackup-'));
    const file = join(dir, 'perspektive.dump');
    try {
      let server = await serve(scratch.url);
      await createOrganisationWithAdmin(
        server.db,
        { name: 'PG ABH', kind: 'abh', adminEmail: ADMIN.email, password: ADMIN.password },
        { passwordParams: cheapPasswords },
      );
      const counsellor = await httpAddCounsellor(
        server.url,
        await httpLogin(server.url, ADMIN.email, ADMIN.password),
      );
      const a = await clientDevice(httpTransport(server.url), counsellor);
      const ids = await seedRecords(a);
      const before = await serverSnapshot(server.db);
      const idBefore = await serverId(server.db);
      const viewBefore = await deviceView(a, ids);
      await server.close();

      execFileSync('pg_dump', ['--format=custom', '--file', file, '--dbname', scratch.url]);
      await scratch.recreate(); // the database is gone; an empty one takes its place
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', scratch.url, file]);
      const out: string[] = [];
      const code = await runAdminCli(
        ['renew-server-id'],
        { DATABASE_URL: scratch.url },
        {
          out: (l) => out.push(l),
          err: (l) => out.push(l),
          readPassword: () => Promise.resolve(''),
        },
      );
      expect(code, out.join('\n')).toBe(0);

      server = await serve(scratch.url);
      try {
        expect(await serverSnapshot(server.db)).toEqual(before);
        const idAfter = await serverId(server.db);
        expect(idAfter).not.toBe(idBefore);
        const transport = httpTransport(server.url);
        a.deps.transport = transport;
        expect(await a.sync()).toMatchObject({ kind: 'done', pulled: 9 });
        expect(await deviceView(a, ids)).toEqual(viewBefore);
        const b = await clientDevice(transport, counsellor);
        expect(await b.sync()).toMatchObject({ kind: 'done', pulled: 9 });
        expect(await deviceView(b, ids)).toEqual(viewBefore);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await scratch.drop();
    }
  });
});
