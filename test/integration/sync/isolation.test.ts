import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  auth,
  createOrg,
  startTestServer,
  TestDevice,
  type MutationInput,
  type TestServer,
} from './support/fixtures';
import { propertyRuns } from '../../support/propertyRuns';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

type Op =
  | { kind: 'create'; side: 'A' | 'B'; entity: 'case' | 'session' | 'action'; note: string }
  | { kind: 'patch' | 'delete'; side: 'A' | 'B'; target: number; crossOrg: boolean; note: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    side: fc.constantFrom('A' as const, 'B' as const),
    entity: fc.constantFrom('case' as const, 'session' as const, 'action' as const),
    note: fc.string({ maxLength: 20 }),
  }),
  fc.record({
    kind: fc.constantFrom('patch' as const, 'delete' as const),
    side: fc.constantFrom('A' as const, 'B' as const),
    target: fc.nat(),
    // Aim at an id of the *other* organisation: must be "not found".
    crossOrg: fc.boolean(),
    note: fc.string({ maxLength: 20 }),
  }),
);

describe('organisation isolation (property)', () => {
  it("B never sees A's records, by pull or by direct access, and cannot change them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const orgA = await createOrg(server, 'Org A');
        const orgB = await createOrg(server, 'Org B');
        const devices = {
          A: new TestDevice(server, await addUser(server, orgA)),
          B: new TestDevice(server, await addUser(server, orgB)),
        };
        const ids = {
          A: [] as { id: string; entity: 'case' | 'session' | 'action' }[],
          B: [] as { id: string; entity: 'case' | 'session' | 'action' }[],
        };
        for (const op of ops) {
          const own = op.side;
          const other = own === 'A' ? 'B' : 'A';
          let m: MutationInput;
          if (op.kind === 'create') {
            const id = randomUUID();
            ids[own].push({ id, entity: op.entity });
            m = { kind: 'create', entity: op.entity, entityId: id, fields: { note: op.note } };
          } else {
            const pool = ids[op.crossOrg ? other : own];
            const target = pool[op.target % Math.max(1, pool.length)];
            if (!target) continue;
            m =
              op.kind === 'patch'
                ? {
                    kind: 'patch',
                    entity: target.entity,
                    entityId: target.id,
                    baseRev: 1,
                    fields: { note: op.note },
                  }
                : { kind: 'delete', entity: target.entity, entityId: target.id, baseRev: 1 };
          }
          const { results } = await devices[own].push(m);
          if (op.kind !== 'create' && op.crossOrg) {
            expect(results[0]).toMatchObject({ status: 'rejected', reason: 'not_found' });
          }
        }
        for (const [me, other] of [
          ['A', 'B'],
          ['B', 'A'],
        ] as const) {
          const { pages } = await devices[me].pullAll(0, 7);
          const seen = new Set(pages.flatMap((p) => p.records.map((r) => r.entityId)));
          expect(seen).toEqual(new Set(ids[me].map((x) => x.id)));
          for (const { id } of ids[other]) {
            const res = await server.app.inject({
              method: 'GET',
              url: `/api/records/${id}`,
              headers: auth(devices[me].session),
            });
            expect(res.statusCode).toBe(404);
          }
        }
        // Nothing of A was changed by B's attempts: every A row was written by A's user only.
        const writers = await server.db.query<{ updated_by: string }>(
          'SELECT DISTINCT updated_by FROM records WHERE org_id = $1',
          [orgA.orgId],
        );
        for (const w of writers) expect(w.updated_by).toBe(devices.A.session.userId);
      }),
      propertyRuns({ numRuns: 12, seed: 20261204 }),
    );
  });

  it('the same entity id in two organisations stays two separate records', async () => {
    const orgA = await createOrg(server, 'Org A');
    const orgB = await createOrg(server, 'Org B');
    const a = new TestDevice(server, await addUser(server, orgA));
    const b = new TestDevice(server, await addUser(server, orgB));
    const id = randomUUID();
    await a.push({ kind: 'create', entity: 'case', entityId: id, fields: { name: 'A' } });
    const { results } = await b.push({
      kind: 'create',
      entity: 'case',
      entityId: id,
      fields: { name: 'B' },
    });
    expect(results[0]!.status).toBe('applied');
    expect((await a.pull(0)).records[0]!.fields).toEqual({ name: 'A' });
    expect((await b.pull(0)).records[0]!.fields).toEqual({ name: 'B' });
  });

  it('conflicts of another organisation are invisible (404) and never pulled', async () => {
    const orgA = await createOrg(server, 'Org A');
    const orgB = await createOrg(server, 'Org B');
    const a1 = new TestDevice(server, await addUser(server, orgA));
    const a2 = new TestDevice(server, await addUser(server, orgA));
    const b = new TestDevice(server, await addUser(server, orgB));
    const id = randomUUID();
    await a1.push({ kind: 'create', entity: 'case', entityId: id, fields: { note: '0' } });
    await a1.push({
      kind: 'patch',
      entity: 'case',
      entityId: id,
      baseRev: 1,
      fields: { note: '1' },
    });
    const { results } = await a2.push({
      kind: 'patch',
      entity: 'case',
      entityId: id,
      baseRev: 1,
      fields: { note: '2' },
    });
    const conflictId = results[0]!.conflictIds![0]!;
    const mine = await server.app.inject({
      method: 'GET',
      url: `/api/conflicts/${conflictId}`,
      headers: auth(a1.session),
    });
    expect(mine.statusCode).toBe(200);
    const theirs = await server.app.inject({
      method: 'GET',
      url: `/api/conflicts/${conflictId}`,
      headers: auth(b.session),
    });
    expect(theirs.statusCode).toBe(404);
    expect((await b.pull(0)).conflicts).toEqual([]);
    // B trying to resolve A's conflict changes nothing there.
    await b.push({ kind: 'create', entity: 'case', entityId: id, fields: {} });
    await b.push({
      kind: 'patch',
      entity: 'case',
      entityId: id,
      baseRev: 1,
      fields: { x: 1 },
      resolvesConflictId: conflictId,
    });
    const after = await server.app.inject({
      method: 'GET',
      url: `/api/conflicts/${conflictId}`,
      headers: auth(a1.session),
    });
    expect(after.json()).toMatchObject({ conflict: { resolved: false } });
  });
});
