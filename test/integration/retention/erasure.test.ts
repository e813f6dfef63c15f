// Deleting a case with everything of it on the server (issue 26): content purged, a tombstone
// per record in the feed, referral copies withdrawn at the recipient, conflicts purged, the
// deletion log with counts only — and not a trace of the person's data anywhere in the
// database (sentinel). A deletion failing halfway changes nothing; the frozen-record and
// audit triggers still refuse everything but the one controlled path.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ServerContext } from '../../../src/server/context';
import { eraseCase } from '../../../src/server/retention/erasure';
import { processDeliveries } from '../../../src/server/referrals/deliveries';
import { dumpServerDatabase } from '../../support/serverDump';
import { lifecycleWorld, richCase } from '../../support/lifecycleWorld';
import { serverSnapshot } from '../../support/recordWorld';
import { cheapPasswords, listeningTestServer, login, TestDevice } from '../sync/support/fixtures';

const running = listeningTestServer();
const context = (): ServerContext => {
  const server = running.server();
  return { db: server.db, clock: server.clock.now, passwordParams: cheapPasswords };
};

async function erase(orgId: string, caseId: string, by: string) {
  return running.server().db.transaction((tx) =>
    eraseCase(tx, {
      orgId,
      caseId,
      at: running.server().clock.now(),
      cause: { reason: 'art17', legalBasis: 'objection', by },
    }),
  );
}

describe('erasing a case on the server', () => {
  it('purges every record of the case and its copy at the recipient; nothing personal remains', async () => {
    const server = running.server();
    const world = await lifecycleWorld(server, running.baseUrl());
    const sentinel = `SENTINEL${randomUUID().slice(0, 8)}`;
    const control = `KONTROLLE${randomUUID().slice(0, 8)}`;
    const ids = await richCase(world, sentinel);
    await richCase(world, control);
    // A conflict holding the sentinel as a value: two edits of the name from a stale base.
    const raw = new TestDevice(
      server,
      await login(server.app, world.sender.email, world.sender.password),
    );
    const rename = (name: string) =>
      raw.push({
        kind: 'patch',
        entity: 'case',
        entityId: ids.caseId,
        baseRev: 1,
        fields: { displayName: name },
      });
    await rename(`Neu ${sentinel}`);
    expect((await rename(`Anders ${sentinel}`)).results[0]?.status).toBe('conflict');
    const before = (await raw.pullAll(0)).checkpoint;
    expect(await dumpServerDatabase(server.db)).toContain(sentinel);

    const counts = await erase(world.abh.orgId, ids.caseId, world.abh.admin.userId);
    expect(counts).toEqual({
      case: 1,
      session: 3,
      consent: 1,
      'consent-revocation': 1,
      referral: 1,
    });
    await processDeliveries(context());

    const dump = await dumpServerDatabase(server.db);
    expect(dump).not.toContain(sentinel);
    // The other case of the same organisation is untouched (and the dump does see data).
    expect(dump).toContain(control);
    const log = await server.db.query('SELECT * FROM deletion_log WHERE org_id = $1', [
      world.abh.orgId,
    ]);
    expect(log).toHaveLength(5);
    for (const row of log) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'at',
          'by_user',
          'count',
          'entity',
          'event',
          'id',
          'legal_basis',
          'org_id',
          'reason',
          'rule',
        ].sort(),
      );
      expect(row).toMatchObject({ reason: 'art17', legal_basis: 'objection', rule: null });
      expect(row.by_user).toBe(world.abh.admin.userId);
    }
    expect(new Set(log.map((r) => r.event)).size).toBe(1);

    // Every record of the case is a tombstone in the feed: ids only, no fields.
    const { pages } = await raw.pullAll(0);
    const feed = new Map(pages.flatMap((p) => p.records).map((r) => [r.entityId, r]));
    const deleted = [
      ids.caseId,
      ids.sessions.first,
      ids.sessions.second,
      ids.sessions.draft,
      ids.consentId,
      ids.revocationId,
      ids.referralId,
    ];
    for (const id of deleted) {
      const record = feed.get(id);
      expect(record?.deleted, id).toBe(true);
      expect(record && 'fields' in record, id).toBe(false);
      expect(record && 'contentHash' in record, id).toBe(false);
    }
    const conflicts = pages.flatMap((p) => p.conflicts).filter((c) => c.entityId === ids.caseId);
    expect(conflicts.every((c) => c.resolved && c.clientValue === null)).toBe(true);
    // The device's next pull brings exactly these tombstones; the recipient's copy is gone.
    const page = await raw.pull(before);
    expect(
      page.records
        .filter((r) => r.deleted)
        .map((r) => r.entityId)
        .sort(),
    ).toEqual([...deleted].sort());
    const inbox = await server.db.query('SELECT deleted, data FROM records WHERE id = $1', [
      ids.inboxId,
    ]);
    expect(inbox).toEqual([{ deleted: true, data: {} }]);
    const audit = await server.db.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1',
      [ids.consentId],
    );
    expect(audit[0]?.action).toBe('erase-art17');
    // Erasing again finds nothing to delete.
    expect(await erase(world.abh.orgId, ids.caseId, world.abh.admin.userId)).toBeUndefined();
  });

  it('a deletion that fails halfway leaves everything as it was', async () => {
    const server = running.server();
    const world = await lifecycleWorld(server, running.baseUrl());
    const ids = await richCase(world, `FEHLER${randomUUID().slice(0, 6)}`);
    const state = async () => ({
      ...(await serverSnapshot(server.db)),
      conflicts: await server.db.query('SELECT * FROM sync_conflicts ORDER BY id'),
      deliveries: await server.db.query('SELECT * FROM referral_deliveries ORDER BY id'),
      counters: await server.db.query('SELECT * FROM org_counter ORDER BY org_id'),
      log: await server.db.query('SELECT * FROM deletion_log ORDER BY id'),
    });
    const before = await state();
    // The last step of the deletion — the log — fails: tombstones, audit rows, conflicts and
    // the queued withdrawal were already written in the transaction.
    await server.db.exec(`
      CREATE FUNCTION fail_deletion_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$;
      CREATE TRIGGER fail_deletion_log BEFORE INSERT ON deletion_log
        FOR EACH ROW EXECUTE FUNCTION fail_deletion_log();`);
    try {
      await expect(erase(world.abh.orgId, ids.caseId, world.abh.admin.userId)).rejects.toThrow(
        /injected failure/,
      );
    } finally {
      await server.db.exec(`
        DROP TRIGGER fail_deletion_log ON deletion_log;
        DROP FUNCTION fail_deletion_log();`);
    }
    expect(await state()).toEqual(before);
    // Without the fault the same deletion goes through.
    expect((await erase(world.abh.orgId, ids.caseId, world.abh.admin.userId))?.case).toBe(1);
  });

  it('the triggers still refuse every other change of frozen records and audit rows', async () => {
    const server = running.server();
    const world = await lifecycleWorld(server, running.baseUrl());
    const ids = await richCase(world, `TRIGGER${randomUUID().slice(0, 6)}`);
    const other = await richCase(world, `ANDERER${randomUUID().slice(0, 6)}`);
    const refused = (sql: string, params: unknown[] = [], erasing?: string) =>
      expect(
        server.db.transaction(async (tx) => {
          if (erasing) {
            await tx.query("SELECT set_config('perspektive.erasure_case', $1, true)", [erasing]);
          }
          await tx.query(sql, params);
        }),
      ).rejects.toThrow(/immutable|append-only/);
    const tombstoneSql = `UPDATE records SET data = '{}'::jsonb, deleted = true,
                                 content_hash = NULL WHERE id = $1`;
    // Outside a deletion: nothing.
    await refused(`UPDATE records SET data = '{}'::jsonb WHERE id = $1`, [ids.consentId]);
    await refused('DELETE FROM records WHERE id = $1', [ids.consentId]);
    await refused(tombstoneSql, [ids.revocationId]);
    // A deletion of another case may not touch this one.
    await refused(tombstoneSql, [ids.consentId], other.caseId);
    // Inside the deletion of this case: purge only — no change, no row deleted.
    await refused(
      `UPDATE records SET data = '{"x":1}'::jsonb WHERE id = $1`,
      [ids.consentId],
      ids.caseId,
    );
    await refused(
      `UPDATE records SET deleted = true, data = '{}'::jsonb WHERE id = $1`,
      [ids.consentId],
      ids.caseId,
    );
    await refused('DELETE FROM records WHERE id = $1', [ids.revocationId], ids.caseId);
    // The audit log: no update, no truncate, no delete without a cutoff or of newer rows.
    await refused('UPDATE audit_log SET action = $1', ['x']);
    await refused('DELETE FROM audit_log');
    await refused('TRUNCATE audit_log');
    await expect(
      server.db.transaction(async (tx) => {
        await tx.query("SELECT set_config('perspektive.audit_prune_before', '2000-01-01', true)");
        await tx.query('DELETE FROM audit_log');
      }),
    ).rejects.toThrow(/append-only/);
    const unchanged = await server.db.query<{ deleted: boolean; n: number }>(
      `SELECT deleted, count(*)::int AS n FROM records WHERE id = ANY($1::uuid[]) GROUP BY deleted`,
      [[ids.consentId, ids.revocationId]],
    );
    expect(unchanged).toEqual([{ deleted: false, n: 2 }]);
  });
});
