// An upgrade from the previous release: a database made by that release's migrations, with
// data in it, is migrated by this release and served — every record, consent hash, audit row
// and device counter intact, and the device carries on where it was.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOrganisationWithAdmin } from '../../../src/server/accounts/bootstrap';
import { hashPassword } from '../../../src/server/accounts/passwords';
import { buildApp } from '../../../src/server/createServer';
import {
  latestVersion,
  migrate,
  migrations,
  schemaVersion,
} from '../../../src/server/db/migrations';
import { openTestDatabase } from '../../support/testDatabase';
import { serverSnapshot } from '../../support/recordWorld';
import { cheapPasswords, testClock, TestDevice } from '../sync/support/fixtures';

/**
 * The schema version of the last release (0.1.0 ended at migration 6: sign-in throttling per
 * key, migration 7, came after it). At every release, set this to the release's last
 * migration, so the next release is tested against it.
 */
const PREVIOUS_RELEASE_SCHEMA = 6;

describe('upgrade from the previous release', () => {
  it('migrates a database of the previous release with its data intact', async () => {
    expect(PREVIOUS_RELEASE_SCHEMA).toBeLessThan(latestVersion);
    // openTestDatabase migrates fully; start from an empty schema instead.
    const db = await openTestDatabase();
    try {
      await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      await migrate(
        db,
        migrations.filter((m) => m.version <= PREVIOUS_RELEASE_SCHEMA),
      );
      expect(await schemaVersion(db)).toBe(PREVIOUS_RELEASE_SCHEMA);

      // Data as the previous release wrote it (its tables, its SQL).
      const password = 'previous release passphrase';
      const { organisation } = await createOrganisationWithAdmin(
        db,
        { name: 'Alte ABH', kind: 'abh', adminEmail: 'admin@old.example', password },
        { passwordParams: cheapPasswords },
      );
      const [user] = await db.query<{ id: string }>(
        `INSERT INTO users (org_id, email, display_name, roles, password_hash, must_change_password, created_at)
         VALUES ($1, 'c@old.example', 'Beraterin', ARRAY['counsellor'], $2, false, now()) RETURNING id`,
        [organisation.id, await hashPassword(password, cheapPasswords)],
      );
      const clientId = randomUUID();
      await db.query(
        `INSERT INTO devices (client_id, user_id, org_id, name, registered_at, last_client_seq)
         VALUES ($1, $2, $3, 'Tablet', now(), 0)`,
        [clientId, user?.id, organisation.id],
      );
      const caseId = randomUUID();
      const consentId = randomUUID();
      const hash = 'ab'.repeat(32);
      await db.query(
        `INSERT INTO records (org_id, id, entity, rev, data, field_revs, seq, created_at, updated_at, updated_by)
         VALUES ($1, $2, 'case', 2, $3::jsonb, '{"profile":2}', 1, now(), now(), $4)`,
        [
          organisation.id,
          caseId,
          JSON.stringify({
            profile: { displayName: 'Alte Akte', pseudonymised: true, createdOn: '2026-01-05' },
          }),
          user?.id,
        ],
      );
      await db.query(
        `INSERT INTO records (org_id, id, entity, rev, data, field_revs, content_hash, signed_at, seq, created_at, updated_at, updated_by)
         VALUES ($1, $2, 'consent', 1, $3::jsonb, '{"caseId":1}', $4, now(), 2, now(), now(), $5)`,
        [organisation.id, consentId, JSON.stringify({ caseId }), hash, user?.id],
      );
      await db.query('UPDATE org_counter SET seq = 2 WHERE org_id = $1', [organisation.id]);
      for (const [entityId, action, rev] of [
        [caseId, 'create', 1],
        [caseId, 'patch', 2],
        [consentId, 'sign', 1],
      ] as const) {
        await db.query(
          `INSERT INTO audit_log (at, org_id, user_id, client_id, entity, entity_id, action, rev, mutation_id)
           VALUES (now(), $1, $2, $3, 'case', $4, $5, $6, $7)`,
          [organisation.id, user?.id, clientId, entityId, action, rev, randomUUID()],
        );
      }
      await db.query(
        `INSERT INTO applied_mutations (client_id, client_seq, mutation_id, result, applied_at)
         VALUES ($1, 1, $2, '{"status":"applied"}', now()), ($1, 2, $3, '{"status":"applied"}', now()),
                ($1, 3, $4, '{"status":"applied"}', now())`,
        [clientId, randomUUID(), randomUUID(), randomUUID()],
      );
      await db.query('UPDATE devices SET last_client_seq = 3 WHERE client_id = $1', [clientId]);
      // The previous release's sign-in attempts (a table this release replaces).
      await db.query(`INSERT INTO login_attempts (key, at) VALUES ('k', now())`);
      const before = await serverSnapshot(db);

      // The upgrade: what the new release does at start.
      expect(await migrate(db)).toBe(latestVersion);
      expect(await serverSnapshot(db)).toEqual(before);

      // The same device signs in with its password and carries on: it pulls both records
      // (hash included) and its next mutation is number 4.
      const clock = testClock(new Date().toISOString());
      const app = await buildApp({ db, clock: clock.now, passwordParams: cheapPasswords });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'c@old.example', password, clientId, deviceName: 'Tablet' },
        });
        expect(login.statusCode).toBe(200);
        const session = {
          token: login.json<{ token: string }>().token,
          clientId,
          userId: '',
          orgId: '',
        };
        const device = new TestDevice({ db, app, clock, close: () => Promise.resolve() }, session);
        const page = await device.pull();
        expect(page.lastClientSeq).toBe(3);
        expect(page.records.map((r) => [r.entityId, r.rev, r.contentHash])).toEqual([
          [caseId, 2, undefined],
          [consentId, 1, hash],
        ]);
        const pushed = await device.pushRaw([
          {
            mutationId: randomUUID(),
            clientSeq: 4,
            entity: 'case',
            entityId: caseId,
            kind: 'patch',
            baseRev: 2,
            fields: {
              profile: { displayName: 'Neue Akte', pseudonymised: true, createdOn: '2026-01-05' },
            },
          },
        ]);
        expect(pushed.statusCode).toBe(200);
        expect(pushed.json<{ results: { status: string }[] }>().results[0]?.status).toBe('applied');
      } finally {
        await app.close();
      }
    } finally {
      await db.close();
    }
  });
});
