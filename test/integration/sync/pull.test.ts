import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, type PullResponse } from '../../../src/protocol';
import { PULL_PAGE_BYTES, pageLength } from '../../../src/server/replication/pull';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  TestDevice,
  type TestOrg,
  type TestServer,
} from './support/fixtures';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function twoDevices(): Promise<{ org: TestOrg; writer: TestDevice; reader: TestDevice }> {
  const org = await createOrg(server);
  return {
    org,
    writer: new TestDevice(server, await addUser(server, org)),
    reader: new TestDevice(server, await addUser(server, org)),
  };
}

/** What a client holds after applying pages in order: id → rev (tombstones included). */
function apply(state: Map<string, number>, pages: readonly PullResponse[]): Map<string, number> {
  for (const page of pages) for (const r of page.records) state.set(r.entityId, r.rev);
  return state;
}

async function serverState(orgId: string): Promise<Map<string, number>> {
  const rows = await server.db.query<{ id: string; rev: number }>(
    'SELECT id, rev FROM records WHERE org_id = $1',
    [orgId],
  );
  return new Map(rows.map((r) => [r.id, r.rev]));
}

const create = (fields: Record<string, string | number> = { note: 'n' }) =>
  ({ kind: 'create', entity: 'case', entityId: randomUUID(), fields }) as const;

describe('pull', () => {
  it("starts empty with the server id and the device's lastClientSeq", async () => {
    const { writer } = await twoDevices();
    const empty = pullResponseSchema.parse(await writer.pull(0));
    expect(empty).toMatchObject({
      records: [],
      conflicts: [],
      checkpoint: 0,
      hasMore: false,
      lastClientSeq: 0,
    });
    await writer.push(create(), create());
    expect((await writer.pull(0)).lastClientSeq).toBe(2);
  });

  it('pages through the feed, each record once, in seq order', async () => {
    const { writer, reader } = await twoDevices();
    for (let i = 0; i < 5; i++) await writer.push(...Array.from({ length: 5 }, () => create()));
    const { pages, checkpoint } = await reader.pullAll(0, 10);
    expect(pages.map((p) => p.records.length)).toEqual([10, 10, 5]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    const seqs = pages.flatMap((p) => p.records.map((r) => r.seq));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(pages.flatMap((p) => p.records.map((r) => r.entityId))).size).toBe(25);
    // From the final checkpoint there is nothing new.
    expect((await reader.pull(checkpoint)).records).toEqual([]);
  });

  it('ends a page of large records at PULL_PAGE_BYTES, and the next page goes on from there', async () => {
    const { org, writer, reader } = await twoDevices();
    // 40 records of about 150 KB each (as signed consents with two signature images): 6 MB.
    const big = 'x'.repeat(150 * 1024);
    for (let batch = 0; batch < 4; batch++) {
      await writer.push(...Array.from({ length: 10 }, () => create({ note: big })));
    }
    const first = await reader.pull(0, 500);
    const bytes = first.records.reduce((n, r) => n + JSON.stringify(r.fields).length, 0);
    expect(first.hasMore).toBe(true);
    expect(first.records.length).toBeGreaterThan(1);
    expect(first.records.length).toBeLessThan(40);
    expect(bytes).toBeLessThanOrEqual(PULL_PAGE_BYTES + 4096);
    const { pages } = await reader.pullAll(0, 500);
    const seqs = pages.flatMap((p) => p.records.map((r) => r.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(apply(new Map(), pages)).toEqual(await serverState(org.orgId));
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('takes at least one change per page, and never more than the limit', () => {
    expect(pageLength([{ bytes: PULL_PAGE_BYTES * 2 }, { bytes: 1 }], 500)).toBe(1);
    expect(pageLength([{ bytes: 10 }, { bytes: PULL_PAGE_BYTES }], 500)).toBe(1);
    expect(pageLength([{ bytes: 10 }, { bytes: 10 }, { bytes: 10 }], 2)).toBe(2);
    expect(pageLength([{ bytes: null }, { bytes: 10 }], 500)).toBe(2);
    expect(pageLength([], 500)).toBe(0);
  });

  it('delivers one entry per record in its current state, also after many changes', async () => {
    const { writer, reader } = await twoDevices();
    const id = randomUUID();
    await writer.push({ kind: 'create', entity: 'case', entityId: id, fields: { n: 0 } });
    for (let rev = 1; rev <= 3; rev++) {
      await writer.push({
        kind: 'patch',
        entity: 'case',
        entityId: id,
        baseRev: rev,
        fields: { n: rev },
      });
    }
    const page = await reader.pull(0);
    expect(page.records).toHaveLength(1);
    expect(page.records[0]).toMatchObject({
      entityId: id,
      rev: 4,
      fields: { n: 3 },
      deleted: false,
    });
  });

  it('delivers tombstones without personal fields', async () => {
    const { writer, reader } = await twoDevices();
    const id = randomUUID();
    await writer.push({ kind: 'create', entity: 'case', entityId: id, fields: { name: 'Ada' } });
    const { checkpoint } = await reader.pullAll();
    await writer.push({ kind: 'delete', entity: 'case', entityId: id, baseRev: 1 });
    const page = await reader.pull(checkpoint);
    expect(page.records).toEqual([
      expect.objectContaining({ entityId: id, rev: 2, deleted: true }),
    ]);
    expect(page.records[0]!.fields).toBeUndefined();
    const [row] = await server.db.query<{ data: unknown }>(
      'SELECT data FROM records WHERE id = $1',
      [id],
    );
    expect(row!.data).toEqual({});
  });

  it('only returns changes after the checkpoint', async () => {
    const { writer, reader } = await twoDevices();
    const first = create();
    await writer.push(first);
    const { checkpoint } = await reader.pullAll();
    const second = create();
    await writer.push(second);
    const page = await reader.pull(checkpoint);
    expect(page.records.map((r) => r.entityId)).toEqual([second.entityId]);
    expect(page.checkpoint).toBeGreaterThan(checkpoint);
  });

  it('answers 410 reset_required for a checkpoint the server never issued', async () => {
    const { reader } = await twoDevices();
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: auth(reader.session),
      payload: { checkpoint: 1_000_000 },
    });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ error: 'reset_required' });
  });

  it('rejects a malformed pull with 400', async () => {
    const { reader } = await twoDevices();
    for (const payload of [
      {},
      { checkpoint: -1 },
      { checkpoint: 0, limit: 501 },
      { checkpoint: 'a' },
    ]) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: auth(reader.session),
        payload,
      });
      expect(res.statusCode).toBe(400);
    }
  });

  it('loses no change when paged pulls interleave with pushes', async () => {
    const { org, writer, reader } = await twoDevices();
    const ids: string[] = [];
    const state = new Map<string, number>();
    let checkpoint = 0;
    for (let round = 0; round < 8; round++) {
      const batch = Array.from({ length: 3 }, () => create({ round }));
      ids.push(...batch.map((m) => m.entityId));
      const patches = ids.slice(0, 2).map((id) => ({
        kind: 'patch' as const,
        entity: 'case' as const,
        entityId: id,
        baseRev: state.get(id) ?? 1,
        fields: { round, touched: `r${round}` },
      }));
      await writer.push(...batch, ...patches);
      // Pull only one small page between pushes: the reader is always behind.
      const page = await reader.pull(checkpoint, 4);
      apply(state, [page]);
      checkpoint = page.checkpoint;
    }
    const rest = await reader.pullAll(checkpoint, 4);
    apply(state, rest.pages);
    expect(state).toEqual(await serverState(org.orgId));
  });

  it('loses no change with concurrent pushes from several devices', async () => {
    const org = await createOrg(server);
    const writers = await Promise.all(
      Array.from({ length: 4 }, async () => new TestDevice(server, await addUser(server, org))),
    );
    const reader = new TestDevice(server, await addUser(server, org));
    const state = new Map<string, number>();
    let checkpoint = 0;
    const flag = { done: false };
    const pushing = Promise.all(
      writers.map(async (w) => {
        for (let i = 0; i < 6; i++) await w.push(create(), create());
      }),
    ).finally(() => {
      flag.done = true;
    });
    while (!flag.done) {
      const page = await reader.pull(checkpoint, 3);
      apply(state, [page]);
      checkpoint = page.checkpoint;
    }
    await pushing;
    apply(state, (await reader.pullAll(checkpoint, 3)).pages);
    const expected = await serverState(org.orgId);
    expect(expected.size).toBe(48);
    expect(state).toEqual(expected);
  });
});
