// Two real server processes on one PostgreSQL, clients talking to both: every guarantee of a
// single server holds — exactly-once push, gap-free checkpoints, shared sign-in throttling,
// referral delivery. The processes start at the same moment, so they also race to migrate.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeReferralPackage, type ReferralDraft } from '../../src/domain';
import { CARITAS_ID, KI_ID, signedContent } from '../../src/domain/consents/consents.fixtures';
import { pullResponseSchema, pushResponseSchema, type Mutation } from '../../src/protocol';
import { createOrganisationWithAdmin } from '../../src/server/accounts/bootstrap';
import type { Database } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open';
import { httpTransport } from '../../src/sync/transport';
import { clientDevice } from '../integration/sync/support/clientDevice';
import { cheapPasswords } from '../integration/sync/support/fixtures';
import { httpAddCounsellor, httpLogin, postJson, type HttpSession } from '../support/httpAccounts';
import { startServer, type RunningServer } from '../support/serverProcess';
import { createScratchDatabase } from './scratchDatabase';

const noApp = join(tmpdir(), 'perspektive-no-static-app');
const PASSWORD = 'two processes passphrase';
let db: Database;
let A: RunningServer;
let B: RunningServer;
/** Undone in reverse order after the file, as far as beforeAll got. */
const cleanups: (() => Promise<void>)[] = [];
const orgs: Record<'abh' | 'ki', { id: string; admin: string }> = {
  abh: { id: '', admin: '' },
  ki: { id: '', admin: '' },
};

beforeAll(async () => {
  const scratch = await createScratchDatabase();
  cleanups.push(() => scratch.drop());
  // Both at once against the empty database: one migrates, the other waits for it.
  [A, B] = await Promise.all([
    startServer({ databaseUrl: scratch.url, staticDir: noApp }),
    startServer({ databaseUrl: scratch.url, staticDir: noApp }),
  ]);
  cleanups.push(
    () => A.stop(),
    () => B.stop(),
  );
  db = await openDatabase({ databaseUrl: scratch.url, dataDir: undefined });
  cleanups.push(() => db.close());
  for (const [key, name] of [
    ['abh', 'ABH Kreis Beispiel'],
    ['ki', 'KI Kreis Beispiel'],
  ] as const) {
    const admin = `admin-${key}-${randomUUID().slice(0, 8)}@example.org`;
    const { organisation } = await createOrganisationWithAdmin(
      db,
      {
        name,
        kind: key === 'abh' ? 'abh' : 'integration-centre',
        adminEmail: admin,
        password: PASSWORD,
      },
      { passwordParams: cheapPasswords },
    );
    orgs[key] = { id: organisation.id, admin };
  }
}, 180_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const createCase = (n: number) => ({
  entity: 'case' as const,
  entityId: randomUUID(),
  kind: 'create' as const,
  fields: { profile: { displayName: `P${n}`, pseudonymised: true, createdOn: '2026-11-20' } },
});

/** A device numbering its own mutations, pushing to whichever server it is told. */
function rawDevice(session: HttpSession) {
  let seq = 0;
  return {
    session,
    batch(n: number): Mutation[] {
      return Array.from({ length: n }, (_, i) => {
        seq += 1;
        return { ...createCase(seq * 100 + i), mutationId: randomUUID(), clientSeq: seq };
      });
    },
    async push(server: RunningServer, mutations: Mutation[]) {
      const res = await postJson(
        `${server.url}/api/sync/push`,
        { clientId: session.clientId, mutations },
        session.token,
      );
      expect(res.status).toBe(200);
      return pushResponseSchema.parse(res.body);
    },
  };
}

async function counsellorSession(org: 'abh' | 'ki') {
  const admin = await httpLogin(A.url, orgs[org].admin, PASSWORD);
  const user = await httpAddCounsellor(B.url, admin);
  return { user, session: await httpLogin(A.url, user.email, user.password) };
}

describe('two server processes on one PostgreSQL', () => {
  it('started together, both migrated the same database and serve it', async () => {
    for (const server of [A, B]) {
      const ready = await fetch(`${server.url}/api/ready`);
      expect(ready.status).toBe(200);
    }
    expect(await db.query('SELECT 1 FROM server_instance')).toHaveLength(1);
  });

  it('applies a batch sent to both at once exactly once', async () => {
    const device = rawDevice((await counsellorSession('abh')).session);
    const batch = device.batch(20);
    const [fromA, fromB] = await Promise.all([device.push(A, batch), device.push(B, batch)]);
    expect(fromA).toEqual(fromB);
    expect(fromA.results.map((r) => r.status)).toEqual(batch.map(() => 'applied'));
    const ids = batch.map((m) => m.entityId);
    const records = await db.query('SELECT id FROM records WHERE id = ANY($1::uuid[])', [ids]);
    expect(records).toHaveLength(20);
    const audit = await db.query<{ mutation_id: string }>(
      'SELECT mutation_id FROM audit_log WHERE mutation_id = ANY($1::uuid[])',
      [batch.map((m) => m.mutationId)],
    );
    expect(audit).toHaveLength(20); // one audit row per mutation, none twice
  });

  it('pulls alternating between the processes never miss a change pushed to either', async () => {
    const writers = [
      rawDevice((await counsellorSession('abh')).session),
      rawDevice((await counsellorSession('abh')).session),
    ];
    const reader = (await counsellorSession('abh')).session;
    const seen = new Map<string, number>();
    let checkpoint = 0;
    const checkpoints: number[] = [];
    const pullOnce = async (server: RunningServer) => {
      for (;;) {
        const res = await postJson(
          `${server.url}/api/sync/pull`,
          { checkpoint, limit: 7 },
          reader.token,
        );
        expect(res.status).toBe(200);
        const page = pullResponseSchema.parse(res.body);
        for (const r of page.records) seen.set(r.entityId, r.rev);
        checkpoint = page.checkpoint;
        checkpoints.push(checkpoint);
        if (!page.hasMore) return;
      }
    };
    let writing = true;
    const writes = Promise.all(
      writers.map(async (w, i) => {
        for (let round = 0; round < 8; round++) await w.push(round % 2 === i ? A : B, w.batch(5));
      }),
    ).finally(() => {
      writing = false;
    });
    let turn = 0;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by `writes`
    while (writing) await pullOnce(turn++ % 2 === 0 ? A : B);
    await writes;
    await pullOnce(B);
    expect(checkpoints).toEqual([...checkpoints].sort((x, y) => x - y));
    const rows = await db.query<{ id: string; rev: number }>(
      'SELECT id, rev FROM records WHERE org_id = $1',
      [orgs.abh.id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Map(rows.map((r) => [r.id, r.rev]))).toEqual(seen);
  });

  it('counts failed sign-ins on both processes against the same limit', async () => {
    const { user } = await counsellorSession('abh');
    const attempt = (server: RunningServer) =>
      postJson(`${server.url}/api/auth/login`, {
        email: user.email,
        password: 'not the password at all',
        clientId: randomUUID(),
        deviceName: 'Unknown tablet',
      });
    // Five free failures from this address, alternating processes; the sixth must wait on
    // either process.
    for (let i = 0; i < 5; i++) expect((await attempt(i % 2 === 0 ? A : B)).status).toBe(401);
    const sixth = await attempt(B);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt(A)).status).toBe(429);
  });

  it('delivers a referral sent through one process to a partner syncing with the other, and withdraws it', async () => {
    const sender = await clientDevice(httpTransport(A.url), (await counsellorSession('abh')).user);
    const recipient = await clientDevice(
      httpTransport(B.url),
      (await counsellorSession('ki')).user,
    );
    await sender.sync();
    await recipient.sync();
    const today = new Date().toISOString().slice(0, 10);
    const caseRecord = await sender.cases.create(
      { displayName: 'Amina Beispiel', pseudonymised: false, createdOn: today, fileNumber: 'AZ 7' },
      { nationality: 'SY', currentStatus: 'duldung-60a' },
    );
    const consent = await sender.consents.sign(
      signedContent({
        caseId: caseRecord.id,
        validFrom: today,
        validUntil: `${Number(today.slice(0, 4)) + 1}-01-31`,
        signedAt: new Date().toISOString(),
        recipients: [
          {
            id: KI_ID,
            kind: 'integration-centre',
            name: 'KI Kreis Beispiel',
            partnerOrgId: orgs.ki.id,
          },
          { id: CARITAS_ID, kind: 'welfare-organisation', name: 'Caritas Beispielstadt' },
        ],
      }),
    );
    const categories = ['identity-contact', 'residence-status'] as const;
    const draft: ReferralDraft = {
      caseId: caseRecord.id,
      consentId: consent.id,
      recipientId: KI_ID,
      recipientName: 'KI Kreis Beispiel',
      channel: 'perspektive',
      targetOrgId: orgs.ki.id,
      purpose: 'passport-procurement',
      categories: [...categories],
      package: composeReferralPackage({ caseRecord, contact: '0170 1234' }, [...categories]),
      message: 'Bitte Kontakt aufnehmen.',
      sentAt: new Date().toISOString(),
      sentBy: 'Frau Berger',
    };
    const sent = await sender.referrals.send(draft, today);
    expect(await sender.sync()).toMatchObject({ kind: 'done' });
    expect(await recipient.sync()).toMatchObject({ kind: 'done' });
    expect((await recipient.referrals.incoming()).map((r) => r.referralId)).toEqual([sent.id]);

    // The consent is revoked on the sender's side, now syncing through B; the recipient,
    // now syncing through A, loses the copy.
    sender.deps.transport = httpTransport(B.url);
    recipient.deps.transport = httpTransport(A.url);
    await sender.consents.revoke(
      {
        caseId: caseRecord.id,
        consentId: consent.id,
        scope: { kind: 'recipients', recipientIds: [KI_ID] },
        receivedOn: today,
        receivedVia: 'in-person',
        recordedBy: 'Frau Berger',
        recordedAt: new Date().toISOString(),
      },
      today,
    );
    expect(await sender.sync()).toMatchObject({ kind: 'done' });
    expect(await sender.referrals.get(sent.id)).toMatchObject({ state: 'withdrawn' });
    expect(await recipient.sync()).toMatchObject({ kind: 'done' });
    expect(await recipient.referrals.incoming()).toEqual([]);
    const pending = await db.query('SELECT 1 FROM referral_deliveries WHERE done_at IS NULL');
    expect(pending).toHaveLength(0);
  });
});
