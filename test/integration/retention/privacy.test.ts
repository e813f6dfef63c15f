// Data subject requests through the real server: the Art. 15 export of a case with two
// conversations, a consent with a revocation and a referral holds all of it and validates
// against the published JSON Schema; who may produce it; the Art. 17 deletion route with the
// statutory-retention rule.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as formats } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { AccessExport } from '../../../src/server/privacy/accessExport';
import { lifecycleWorld, richCase } from '../../support/lifecycleWorld';
import { addUser, auth, listeningTestServer, type Session } from '../sync/support/fixtures';

const running = listeningTestServer();
const schema = JSON.parse(
  readFileSync(new URL('../../../docs/art15-export.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
(formats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
const validate = ajv.compile(schema);

const exportOf = (session: Session, caseId: string) =>
  running.server().app.inject({
    method: 'GET',
    url: `/api/privacy/cases/${caseId}/export`,
    headers: auth(session),
  });

describe('Art. 15 access export', () => {
  it('holds profile, conversations with addenda, consent with revocation, referral with answer, audit — valid against its schema', async () => {
    const server = running.server();
    const world = await lifecycleWorld(server, running.baseUrl());
    const marker = `AUSKUNFT${randomUUID().slice(0, 6)}`;
    const ids = await richCase(world, marker);
    const res = await exportOf(world.abh.admin, ids.caseId);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const body = res.json<AccessExport>();
    const valid = validate(body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    expect(body.case.id).toBe(ids.caseId);
    expect(body.case.profile.displayName).toBe(`Person ${marker}`);
    expect(body.case.facts).toMatchObject({ nationality: 'SY', birthDate: '1995-04-12' });
    expect(body.representatives).toEqual([
      expect.objectContaining({ name: `Anwältin ${marker}`, contact: `Kanzlei ${marker}` }),
    ]);
    const conversations = new Map(body.conversations.map((c) => [c.id, c]));
    expect([...conversations.keys()].sort()).toEqual(
      [ids.sessions.first, ids.sessions.second, ids.sessions.draft].sort(),
    );
    expect(conversations.get(ids.sessions.first)?.addenda).toEqual([
      expect.objectContaining({ text: `Nachtrag ${marker}` }),
    ]);
    expect(conversations.get(ids.sessions.second)?.content.status).toBe('finalised');
    const [consent] = body.consents;
    expect(consent).toMatchObject({ id: ids.consentId, signed: true });
    expect(JSON.stringify(consent?.content)).toContain(`Einwilligung ${marker}`);
    expect(consent?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.revocations.map((r) => r.id)).toEqual([ids.revocationId]);
    expect(body.revocations[0]?.content).toMatchObject({ note: `Widerruf ${marker}` });
    expect(body.referrals.map((r) => r.id)).toEqual([ids.referralId]);
    expect(body.referrals[0]?.content).toMatchObject({
      state: 'accepted',
      reports: [expect.objectContaining({ text: `Bericht ${marker}` })],
    });
    // Who did what: every record's creation, with the counsellor's name.
    const created = body.audit.filter((a) => a.action === 'create').map((a) => a.entityId);
    expect(created).toEqual(expect.arrayContaining([ids.caseId, ids.consentId, ids.referralId]));
    expect(body.audit.every((a) => a.userName === null || typeof a.userName === 'string')).toBe(
      true,
    );
    // The export itself is audited.
    const audited = await server.db.query(
      `SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'access-export' AND user_id = $2`,
      [ids.caseId, world.abh.admin.userId],
    );
    expect(audited).toHaveLength(1);
    // The schema is no rubber stamp: a missing section fails it.
    expect(validate({ ...body, referrals: undefined })).toBe(false);
  });

  it('only the administrator, or counsellors where the organisation allows it; own cases only', async () => {
    const server = running.server();
    const world = await lifecycleWorld(server, running.baseUrl());
    const ids = await richCase(world, `ROLLE${randomUUID().slice(0, 6)}`);
    const counsellor = world.sender;
    const statistics = await addUser(server, world.abh, ['statistics']);
    expect((await exportOf(counsellor, ids.caseId)).json()).toMatchObject({
      error: 'export_not_allowed',
    });
    expect((await exportOf(statistics, ids.caseId)).statusCode).toBe(403);
    // Another organisation's administrator: not found.
    expect((await exportOf(world.ki.admin, ids.caseId)).statusCode).toBe(404);
    const put = await server.app.inject({
      method: 'PUT',
      url: '/api/admin/retention/settings',
      headers: auth(world.abh.admin),
      payload: {
        confirmFirst: true,
        previewReferences: 'none',
        statutoryRetention: true,
        counsellorAccessExport: true,
      },
    });
    expect(put.statusCode).toBe(200);
    expect((await exportOf(counsellor, ids.caseId)).statusCode).toBe(200);
  });
});

describe('Art. 17 deletion by the administrator', () => {
  it('needs a legal basis under statutory retention, deletes everything, answers 404 after', async () => {
    const server = running.server();
    const world = await lifecycleWorld(server, running.baseUrl());
    const ids = await richCase(world, `LOESCHEN${randomUUID().slice(0, 6)}`);
    const erase = (session: Session, body: Record<string, unknown> = {}, caseId = ids.caseId) =>
      server.app.inject({
        method: 'POST',
        url: `/api/admin/cases/${caseId}/erase`,
        headers: auth(session),
        payload: body,
      });
    // An ABH keeps its files under a statutory duty (default for kind "abh").
    expect((await erase(world.abh.admin)).json()).toMatchObject({ error: 'legal_basis_required' });
    expect((await erase(world.sender, { legalBasis: 'objection' })).statusCode).toBe(403);
    expect((await erase(world.ki.admin, { legalBasis: 'objection' })).statusCode).toBe(404);
    expect((await erase(world.abh.admin, { legalBasis: 'nonsense' })).statusCode).toBe(400);
    const live = await server.db.query('SELECT 1 FROM records WHERE id = $1 AND NOT deleted', [
      ids.caseId,
    ]);
    expect(live).toHaveLength(1);

    const done = await erase(world.abh.admin, { legalBasis: 'unlawful-processing' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({
      targets: 1,
      counts: { case: 1, session: 3, consent: 1, 'consent-revocation': 1, referral: 1 },
    });
    expect((await erase(world.abh.admin, { legalBasis: 'objection' })).statusCode).toBe(404);
    expect((await exportOf(world.abh.admin, ids.caseId)).statusCode).toBe(404);
    const state = await server.app.inject({
      method: 'GET',
      url: '/api/admin/retention',
      headers: auth(world.abh.admin),
    });
    expect(state.json<{ log: unknown[] }>().log).toEqual([
      expect.objectContaining({
        reason: 'art17',
        legalBasis: 'unlawful-processing',
        rule: null,
        byUser: world.abh.admin.userId,
        counts: { case: 1, session: 3, consent: 1, 'consent-revocation': 1, referral: 1 },
      }),
    ]);
    // The recipient's copy went with it.
    const inbox = await server.db.query('SELECT deleted FROM records WHERE id = $1', [ids.inboxId]);
    expect(inbox).toEqual([{ deleted: true }]);
  });
});
