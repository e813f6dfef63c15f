import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pushResponseSchema,
  syncLimits,
  type JsonValue,
  type Mutation,
} from '../../../src/protocol';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  TestDevice,
  type TestServer,
} from './support/fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function newDevice(): Promise<TestDevice> {
  const org = await createOrg(server);
  return new TestDevice(server, await addUser(server, org));
}

const count = async (sql: string, params: unknown[]) =>
  (await server.db.query<{ n: number }>(sql, params))[0]!.n;

const recordsOf = (orgId: string) =>
  count('SELECT count(*)::int AS n FROM records WHERE org_id = $1', [orgId]);

const deviceSeq = async (clientId: string) =>
  (
    await server.db.query<{ s: number }>(
      'SELECT last_client_seq AS s FROM devices WHERE client_id = $1',
      [clientId],
    )
  )[0]!.s;

const createCase = (fields: Record<string, JsonValue> = { note: 'x' }) =>
  ({ kind: 'create', entity: 'case', entityId: randomUUID(), fields }) as const;

describe('push is applied exactly once', () => {
  it('the same batch sent twice gives the same results and one record', async () => {
    const d = await newDevice();
    const batch = [d.next(createCase()), d.next(createCase())];
    const first = await d.pushRaw(batch);
    const second = await d.pushRaw(batch);
    expect(first.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    const body = pushResponseSchema.parse(first.json());
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(body.lastClientSeq).toBe(2);
    expect(await recordsOf(d.session.orgId)).toBe(2);
  });

  it('20 parallel copies of a batch create exactly one record and rev', async () => {
    const d = await newDevice();
    const id = randomUUID();
    await d.push({ kind: 'create', entity: 'case', entityId: id, fields: { n: 0 } });
    const batch = [
      d.next({ kind: 'patch', entity: 'case', entityId: id, baseRev: 1, fields: { n: 1 } }),
      d.next(createCase()),
    ];
    const responses = await Promise.all(Array.from({ length: 20 }, () => d.pushRaw(batch)));
    for (const res of responses) {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(responses[0]!.json());
    }
    expect(await recordsOf(d.session.orgId)).toBe(2);
    const [row] = await server.db.query<{ rev: number }>(
      'SELECT rev FROM records WHERE org_id = $1 AND id = $2',
      [d.session.orgId, id],
    );
    expect(row!.rev).toBe(2);
    expect(await count('SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1', [id])).toBe(
      2,
    );
  });

  it('a response lost after commit: the re-sent batch returns the stored results, no duplicates', async () => {
    const d = await newDevice();
    const batch = [d.next(createCase()), d.next(createCase())];
    const lost = await d.pushRaw(batch); // the client never sees this response
    expect(lost.statusCode).toBe(200);
    // The outbox still holds 1–2 and has gained 3: it re-sends all of them together.
    const resend = await d.pushRaw([...batch, d.next(createCase())]);
    expect(resend.statusCode).toBe(200);
    const body = pushResponseSchema.parse(resend.json());
    expect(body.results.slice(0, 2)).toEqual(pushResponseSchema.parse(lost.json()).results);
    expect(body.results[2]!.status).toBe('applied');
    expect(body.lastClientSeq).toBe(3);
    expect(await recordsOf(d.session.orgId)).toBe(3);
  });

  it('a gap is a 409 and applies nothing of the batch', async () => {
    const d = await newDevice();
    await d.push(createCase());
    const skipped = d.next(createCase());
    const gapBatch = [d.next(createCase()), d.next(createCase())];
    const res = await d.pushRaw(gapBatch);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'client_seq_gap' });
    expect(await recordsOf(d.session.orgId)).toBe(1);
    expect(await deviceSeq(d.session.clientId)).toBe(1);
    // Sending the missing one first repairs it.
    const ok = await d.pushRaw([skipped, ...gapBatch]);
    expect(ok.statusCode).toBe(200);
    expect(await recordsOf(d.session.orgId)).toBe(4);
  });

  it('a known clientSeq with another mutationId is a 409, nothing applied', async () => {
    const d = await newDevice();
    const first = d.next(createCase());
    await d.pushRaw([first]);
    const impostor: Mutation = { ...first, mutationId: randomUUID() };
    const res = await d.pushRaw([impostor, d.next(createCase())]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'client_seq_reused' });
    expect(await recordsOf(d.session.orgId)).toBe(1);
  });

  it('a rejected mutation is final: re-sent, it stays rejected and is not re-applied', async () => {
    const d = await newDevice();
    const m = d.next({
      kind: 'patch',
      entity: 'case',
      entityId: randomUUID(),
      baseRev: 1,
      fields: { a: 1 },
    });
    const first = pushResponseSchema.parse((await d.pushRaw([m])).json());
    expect(first.results[0]).toMatchObject({ status: 'rejected', reason: 'not_found' });
    expect((await d.pushRaw([m])).json()).toEqual(first);
  });
});

describe('push rejects bad input with nothing written', () => {
  const push = (d: TestDevice, payload: unknown, headers = auth(d.session)) =>
    server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers,
      payload: payload as object,
    });

  it('401 without a token', async () => {
    const d = await newDevice();
    const res = await push(
      d,
      { clientId: d.session.clientId, mutations: [d.next(createCase())] },
      {} as never,
    );
    expect(res.statusCode).toBe(401);
  });

  it('400 for malformed batches', async () => {
    const d = await newDevice();
    const good = () => ({ ...d.next(createCase()) });
    const tooMany = Array.from({ length: syncLimits.maxMutationsPerPush + 1 }, (_, i) => ({
      ...createCase(),
      mutationId: randomUUID(),
      clientSeq: i + 1,
    }));
    const cases: [string, unknown][] = [
      ['no body', undefined],
      ['empty batch', { clientId: d.session.clientId, mutations: [] }],
      ['too many', { clientId: d.session.clientId, mutations: tooMany }],
      ['bad uuid', { clientId: d.session.clientId, mutations: [{ ...good(), entityId: 'nope' }] }],
      ['bad entity', { clientId: d.session.clientId, mutations: [{ ...good(), entity: 'user' }] }],
      ['bad kind', { clientId: d.session.clientId, mutations: [{ ...good(), kind: 'upsert' }] }],
      [
        'patch without baseRev',
        { clientId: d.session.clientId, mutations: [{ ...good(), kind: 'patch' }] },
      ],
      ['clientSeq 0', { clientId: d.session.clientId, mutations: [{ ...good(), clientSeq: 0 }] }],
      [
        'bad field name',
        { clientId: d.session.clientId, mutations: [{ ...good(), fields: { 'a b': 1 } }] },
      ],
      [
        'field too large',
        {
          clientId: d.session.clientId,
          mutations: [{ ...good(), fields: { t: 'x'.repeat(syncLimits.maxFieldBytes) } }],
        },
      ],
      [
        'unknown property',
        { clientId: d.session.clientId, mutations: [{ ...good(), extra: true }] },
      ],
      [
        'out of order',
        {
          clientId: d.session.clientId,
          mutations: [
            { ...createCase(), mutationId: randomUUID(), clientSeq: 2 },
            { ...createCase(), mutationId: randomUUID(), clientSeq: 1 },
          ],
        },
      ],
    ];
    for (const [name, payload] of cases) {
      const res = await push(d, payload);
      expect(res.statusCode, name).toBe(400);
      const body = res.json<{ error: string; message: string }>();
      expect(typeof body.message, name).toBe('string');
    }
    expect(await recordsOf(d.session.orgId)).toBe(0);
    expect(await deviceSeq(d.session.clientId)).toBe(0);
  });

  it('413 for a body over the push limit', async () => {
    const d = await newDevice();
    const big = Array.from({ length: 40 }, (_, i) => ({
      ...createCase({ t: 'x'.repeat(60_000) }),
      mutationId: randomUUID(),
      clientSeq: i + 1,
    }));
    const res = await push(d, { clientId: d.session.clientId, mutations: big });
    expect(res.statusCode).toBe(413);
    expect(await recordsOf(d.session.orgId)).toBe(0);
  });

  it('accepts a batch of 100 mutations near the size limit', async () => {
    const d = await newDevice();
    const batch = Array.from({ length: 100 }, () => d.next(createCase({ t: 'x'.repeat(15_000) })));
    const res = await d.pushRaw(batch);
    expect(res.statusCode).toBe(200);
    expect(await recordsOf(d.session.orgId)).toBe(100);
  });
});
