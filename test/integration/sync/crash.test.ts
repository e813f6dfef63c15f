import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pullResponseSchema,
  pushResponseSchema,
  type Mutation,
  loginResponseSchema,
  oneTimePasswordResponseSchema,
} from '../../../src/protocol';
import { createOrganisationWithAdmin } from '../../../src/server/accounts/bootstrap';
import { runAdminCli } from '../../../src/server/cli/admin';
import { openDatabase } from '../../../src/server/db/open';
import { startServer } from '../../support/serverProcess';

/** The crash test needs the API only; no built app is served. */
const noApp = join(tmpdir(), 'perspektive-no-static-app');

async function post(
  url: string,
  token: string | undefined,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/**
 * The real server process on the embedded database, killed with SIGKILL in the middle of a
 * push, restarted on the same data folder: the re-sent batch converges, nothing is lost or
 * duplicated. Only meaningful for PGlite (the folder and its lock), so it always uses it.
 */
describe('server crash during push', () => {
  it('converges after SIGKILL mid-push and restart', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'perspektive-crash-'));
    const adminEmail = 'admin@crash.example';
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    await createOrganisationWithAdmin(db, {
      name: 'Crash ABH',
      kind: 'abh',
      adminEmail,
      password: 'crash test passphrase',
    });
    await db.close();

    let server = await startServer({ dataDir, staticDir: noApp });
    try {
      // While the server holds the folder, the admin CLI refuses with a clear message.
      const err: string[] = [];
      const code = await runAdminCli(
        ['create-org', '--name', 'Other', '--kind', 'welfare', '--admin-email', 'x@y.de'],
        { DATA_DIR: dataDir, DATABASE_URL: '' },
        { out: () => undefined, err: (l) => err.push(l), readPassword: () => Promise.resolve('') },
      );
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/server is running on this data folder/);

      const admin = await post(`${server.url}/api/auth/login`, undefined, {
        email: adminEmail,
        password: 'crash test passphrase',
        clientId: randomUUID(),
        deviceName: 'Admin PC',
      });
      const created = await post(
        `${server.url}/api/admin/users`,
        loginResponseSchema.parse(admin.body).token,
        {
          email: 'c@crash.example',
          displayName: 'Counsellor',
          roles: ['counsellor'],
        },
      );
      const clientId = randomUUID();
      const login = await post(`${server.url}/api/auth/login`, undefined, {
        email: 'c@crash.example',
        password: oneTimePasswordResponseSchema.parse(created.body).oneTimePassword,
        clientId,
        deviceName: 'Tablet',
      });
      const token = loginResponseSchema.parse(login.body).token;
      const changed = await post(`${server.url}/api/auth/password`, token, {
        currentPassword: oneTimePasswordResponseSchema.parse(created.body).oneTimePassword,
        newPassword: 'counsellor passphrase',
      });
      expect(changed.status).toBe(204);

      const batches: Mutation[][] = [0, 1, 2].map((b) =>
        Array.from({ length: 100 }, (_, i) => ({
          mutationId: randomUUID(),
          clientSeq: b * 100 + i + 1,
          kind: 'create' as const,
          entity: 'case' as const,
          entityId: randomUUID(),
          fields: { note: 'x'.repeat(2000), i },
        })),
      );
      const first = await post(`${server.url}/api/sync/push`, token, {
        clientId,
        mutations: batches[0],
      });
      expect(first.status).toBe(200);

      // Kill while the second batch is in flight: it either committed or not.
      const inFlight = post(`${server.url}/api/sync/push`, token, {
        clientId,
        mutations: batches[1],
      }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 40));
      await server.kill();
      await inFlight;

      server = await startServer({ dataDir, staticDir: noApp });
      // The outbox still holds batches 2 and 3 (no response for 2 arrived): re-send both.
      for (const batch of [batches[1]!, batches[2]!]) {
        const res = await post(`${server.url}/api/sync/push`, token, {
          clientId,
          mutations: batch,
        });
        expect(res.status).toBe(200);
        const body = pushResponseSchema.parse(res.body);
        expect(body.results.every((r) => r.status === 'applied')).toBe(true);
      }
      // Re-sending the first batch again (a late duplicate) changes nothing.
      const dup = await post(`${server.url}/api/sync/push`, token, {
        clientId,
        mutations: batches[0],
      });
      expect(pushResponseSchema.parse(dup.body).lastClientSeq).toBe(300);

      const seen = new Map<string, number>();
      let checkpoint = 0;
      for (;;) {
        const page = await post(`${server.url}/api/sync/pull`, token, {
          checkpoint,
          limit: 500,
        });
        const body = pullResponseSchema.parse(page.body);
        for (const r of body.records) seen.set(r.entityId, (seen.get(r.entityId) ?? 0) + 1);
        checkpoint = body.checkpoint;
        if (!body.hasMore) {
          expect(body.lastClientSeq).toBe(300);
          break;
        }
      }
      const expected = batches.flat().map((m) => m.entityId);
      expect(seen.size).toBe(300);
      expect(expected.every((id) => seen.get(id) === 1)).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
