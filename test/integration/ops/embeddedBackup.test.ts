// Backup and restore of the embedded database through the admin CLI: a device's records,
// consent hashes and audit rows come back identical, and devices notice the restore.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOrganisationWithAdmin } from '../../../src/server/accounts/bootstrap';
import { runAdminCli } from '../../../src/server/cli/admin';
import { buildApp } from '../../../src/server/createServer';
import { openDatabase } from '../../../src/server/db/open';
import { httpTransport } from '../../../src/sync/transport';
import { clientDevice } from '../sync/support/clientDevice';
import { cheapPasswords } from '../sync/support/fixtures';
import { httpAddCounsellor, httpLogin } from '../../support/httpAccounts';
import { deviceView, seedRecords, serverSnapshot } from '../../support/recordWorld';
import { startServer } from '../../support/serverProcess';

const ADMIN = { email: 'admin@backup.example', password: 'backup test passphrase' };

/** The real app on the embedded database in `dataDir`, listening on a free port. */
async function serve(dataDir: string) {
  const db = await openDatabase({ databaseUrl: undefined, dataDir });
  const app = await buildApp({ db, passwordParams: cheapPasswords });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    db,
    url,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

async function cli(args: string[], dataDir: string) {
  const out: string[] = [];
  const code = await runAdminCli(
    args,
    { DATA_DIR: dataDir, DATABASE_URL: '' },
    { out: (l) => out.push(l), err: (l) => out.push(l), readPassword: () => Promise.resolve('') },
  );
  return { code, text: out.join('\n') };
}

describe('embedded database backup and restore', () => {
  it(
    'backs up, is destroyed, restores; devices pull every record identical',
    { timeout: 240_000 },
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'perspektive-backup-'));
      const dataDir = join(root, 'data');
      const file = join(root, 'perspektive.backup');
      const bootstrap = await openDatabase({ databaseUrl: undefined, dataDir });
      await createOrganisationWithAdmin(
        bootstrap,
        { name: 'Backup ABH', kind: 'abh', adminEmail: ADMIN.email, password: ADMIN.password },
        { passwordParams: cheapPasswords },
      );
      await bootstrap.close();

      let server = await serve(dataDir);
      const counsellor = await httpAddCounsellor(
        server.url,
        await httpLogin(server.url, ADMIN.email, ADMIN.password),
      );
      const a = await clientDevice(httpTransport(server.url), counsellor);
      const ids = await seedRecords(a);
      const before = await serverSnapshot(server.db);
      const serverIdBefore = (
        await server.db.query<{ id: string }>('SELECT id FROM server_instance')
      )[0]?.id;
      const viewBefore = await deviceView(a, ids);
      await server.close();

      // While a server process holds the folder, backup and restore refuse.
      const running = await startServer({ dataDir, staticDir: join(root, 'no-app') });
      try {
        const refused = await cli(['backup', '--out', file], dataDir);
        expect(refused.code).toBe(1);
        expect(refused.text).toMatch(/server is running on this data folder/);
      } finally {
        await running.stop();
      }

      const backup = await cli(['backup', '--out', file], dataDir);
      expect(backup.code, backup.text).toBe(0);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // Never over an existing file.
      expect((await cli(['backup', '--out', file], dataDir)).code).toBe(1);

      // Work goes on after the backup: the device pushes one more case (numbered beyond
      // what the backup knows of this device), then the server is lost.
      server = await serve(dataDir);
      a.deps.transport = httpTransport(server.url);
      await a.cases.create({
        displayName: 'Nach dem Backup',
        pseudonymised: true,
        createdOn: '2026-11-21',
      });
      expect(await a.sync()).toMatchObject({ kind: 'done', pushed: 1 });
      await server.close();

      rmSync(dataDir, { recursive: true, force: true });
      const restored = await cli(['restore', '--from', file], dataDir);
      expect(restored.code, restored.text).toBe(0);
      // A second restore over a database needs --replace and keeps the old folder.
      expect((await cli(['restore', '--from', file], dataDir)).code).toBe(1);

      server = await serve(dataDir);
      try {
        expect(await serverSnapshot(server.db)).toEqual(before);
        const serverIdAfter = (
          await server.db.query<{ id: string }>('SELECT id FROM server_instance')
        )[0]?.id;
        // A new identity: devices must not trust checkpoints from before the restore.
        expect(serverIdAfter).not.toBe(serverIdBefore);

        const transport = httpTransport(server.url);
        a.deps.transport = transport;
        // Written on the device before it learns of the restore: it must reach the server.
        const late = await a.cases.create({
          displayName: 'Danach',
          pseudonymised: true,
          createdOn: '2026-11-22',
        });
        // The first run finds the server knows fewer of the device's numbers (the push is
        // refused whole) and pulls everything again from the restored database …
        expect(await a.sync()).toMatchObject({ kind: 'error', code: 'client_seq_gap' });
        expect((await a.replica.state()).serverId).toBe(serverIdAfter);
        expect(await deviceView(a, ids)).toEqual(viewBefore);
        // … and the next run pushes, numbered after the last number the server knows.
        expect(await a.sync()).toMatchObject({ kind: 'done', pushed: 1 });
        expect(
          await server.db.query('SELECT 1 FROM records WHERE id = $1', [late.id]),
        ).toHaveLength(1);

        const b = await clientDevice(transport, counsellor);
        expect(await b.sync()).toMatchObject({ kind: 'done', pulled: 10 });
        expect(await deviceView(b, ids)).toEqual(viewBefore);
        // The audit log goes on from where the backup left it.
        const audit = (await serverSnapshot(server.db)).audit;
        expect(audit.slice(0, before.audit.length)).toEqual(before.audit);
      } finally {
        await server.close();
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});
