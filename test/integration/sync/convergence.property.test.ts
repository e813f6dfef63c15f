// Convergence under random use (property): three counsellors of one organisation, each with
// their own device (real encrypted storage on fake-indexeddb, the real sync engine over HTTP
// to a listening server), edit the same cases — often the same field on two devices —,
// create cases, resolve conflicts and sync in random order, while answers get lost after the
// server committed or calls never reach it. A fourth, protocol-level device deletes cases and
// creates and signs consents (the client has neither yet). Once the faults stop and every
// device has synced until nothing is left to send, every device must hold exactly the
// server's state: same cases, values and revs, deleted cases gone, the same open conflicts.
// Tablet 2 runs an older app that cannot validate a field the office device (a newer app)
// sets: it skips those records until its app is updated, then must catch up like the rest.
// The second property also lets counsellors save edits while a sync is under way.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncOutcome } from '../../../src/sync/syncEngine';
import { propertyRuns, propertyTimeout } from '../../support/propertyRuns';
import { run, commandArb, type Command } from './support/convergenceCommands';
import {
  closeWorld,
  env,
  newWorld,
  startListening,
  type Device,
  type World,
} from './support/convergenceWorld';

beforeAll(startListening);
afterAll(async () => {
  await env.server.close();
});

// ── The end state ─────────────────────────────────────────────────────────────────────────

/**
 * Stops all faults, updates Tablet 2's older app (the field it lacked must then arrive),
 * then syncs every device until a whole round pushed nothing.
 */
async function settle(world: World): Promise<SyncOutcome[][]> {
  for (const device of world.devices) {
    device.faults.disarm();
    device.updateApp();
  }
  const rounds: SyncOutcome[][] = [];
  for (let round = 0; round < 6; round++) {
    const outcomes: SyncOutcome[] = [];
    for (const device of world.devices) outcomes.push(await device.sync());
    rounds.push(outcomes);
    for (const [i, outcome] of outcomes.entries()) {
      expect(outcome.kind, `final sync of Tablet ${i}: ${JSON.stringify(outcome)}`).toBe('done');
    }
    if (outcomes.every((o) => o.kind === 'done' && o.pushed === 0)) break;
  }
  return rounds;
}

type CaseState = { rev: number | undefined; fields: Record<string, unknown> };

const withoutNulls = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));

/** What a device shows: its cases' decrypted profile + facts, and the rev it builds on. */
async function deviceCases(device: Device): Promise<Record<string, CaseState>> {
  const all = await device.cases.list();
  return Object.fromEntries(
    all.map((c) => [c.id, { rev: c.rev, fields: withoutNulls({ ...c.profile, ...c.facts }) }]),
  );
}

type RecordRow = {
  id: string;
  entity: string;
  rev: number;
  data: Record<string, unknown>;
  deleted: boolean;
  content_hash: string | null;
};

async function assertConverged(world: World): Promise<void> {
  const rounds = await settle(world);
  const context = `final sync rounds: ${JSON.stringify(rounds)}`;

  // (1) Nothing left to send anywhere.
  for (const device of world.devices) {
    expect(await device.replica.pendingCount(), `${device.name} outbox; ${context}`).toBe(0);
  }

  // (4) No record twice on the server; exactly the cases and consents that were created.
  const twice = await env.server.db.query<{ id: string; n: number }>(
    `SELECT id, count(*)::int AS n FROM records WHERE org_id = $1 GROUP BY id HAVING count(*) > 1`,
    [world.orgId],
  );
  expect(twice).toEqual([]);
  const rows = await env.server.db.query<RecordRow>(
    'SELECT id, entity, rev, data, deleted, content_hash FROM records WHERE org_id = $1',
    [world.orgId],
  );
  const serverCases = rows.filter((r) => r.entity === 'case');
  expect(serverCases.map((r) => r.id).sort()).toEqual([...world.caseIds].sort());
  expect(
    serverCases
      .filter((r) => r.deleted)
      .map((r) => r.id)
      .sort(),
  ).toEqual([...world.deleted].sort());
  const consents = rows.filter((r) => r.entity === 'consent');
  expect(consents.map((r) => r.id).sort()).toEqual([...world.consents].sort());
  for (const consent of consents) expect(consent.content_hash).not.toBeNull();

  // (3) The server's live cases, as a device shows them (a null field is a removed field).
  const expected: Record<string, CaseState> = Object.fromEntries(
    serverCases
      .filter((r) => !r.deleted)
      .map((r) => [r.id, { rev: r.rev, fields: withoutNulls(r.data) }]),
  );

  // (2)+(3) Every device holds exactly that: the same cases with the same values, at the
  // server's rev (a stale rev turns the next edit into a spurious conflict). Deleted cases
  // and consents are absent.
  for (const device of world.devices) {
    const held = await deviceCases(device);
    for (const id of world.deleted) {
      expect(held[id], `${device.name} still holds deleted case ${id}; ${context}`).toBeUndefined();
    }
    expect(held, `${device.name} differs from the server; ${context}`).toEqual(expected);
    expect(await device.db.sessions.count()).toBe(0);
  }

  // (5) The same open conflicts everywhere — of records that still exist: a conflict on a
  // case deleted meanwhile cannot be decided any more, and devices do not offer it.
  const open = await env.server.db.query<{ id: string }>(
    `SELECT c.id FROM sync_conflicts c
       JOIN records r ON r.org_id = c.org_id AND r.id = c.entity_id
      WHERE c.org_id = $1 AND c.resolved_at IS NULL AND NOT r.deleted`,
    [world.orgId],
  );
  const openOnServer = open.map((c) => c.id).sort();
  for (const device of world.devices) {
    const openHere = (await device.conflicts.open()).map((c) => c.id).sort();
    expect(openHere, `${device.name} open conflicts; ${context}`).toEqual(openOnServer);
  }
}

function convergence(commands: fc.Arbitrary<Command[]>) {
  return fc.asyncProperty(commands, async (sequence) => {
    const world = await newWorld();
    try {
      for (const command of sequence) await run(world, command);
      await assertConverged(world);
    } finally {
      await closeWorld(world);
    }
  });
}

const sequenceArb = (withEditsWhileSyncing: boolean) =>
  fc.array(commandArb(withEditsWhileSyncing), { minLength: 1, maxLength: 25, size: 'max' });

/**
 * Counterexamples this property found, tried first on every run (pick 0 = the first case):
 * - Tablet 1 saves an edit while a pull brings another device's change of the same field. It
 *   keeps its own value and old rev (so its push is judged against what it edited — right),
 *   but its push then ends in a conflict without a server write, so the record never comes
 *   again: Tablet 1 shows A-1 (rev 1) for good, even after choosing "keep the stored value",
 *   while the server and the other devices have B-2 (rev 2).
 * - The same while the pull brings a tombstone: the row is kept for the pending edit, the
 *   edit is then rejected (`deleted`), and the deleted case stays on Tablet 1 for good.
 */
const editWhilePullingExamples: [Command[]][] = [
  [
    [
      {
        t: 'editWhileSyncing',
        device: 1,
        pick: 0,
        edit: { field: 'fileNumber', value: 'A-1' },
        during: 'pull',
      },
      { t: 'edit', device: 0, pick: 0, edit: { field: 'fileNumber', value: 'B-2' } },
      { t: 'sync', device: 0 },
      { t: 'sync', device: 1 },
      { t: 'sync', device: 1 },
      { t: 'resolve', device: 1, pick: 0, choice: 'server' },
    ],
  ],
  [
    [
      {
        t: 'editWhileSyncing',
        device: 1,
        pick: 0,
        edit: { field: 'fileNumber', value: 'B-2' },
        during: 'pull',
      },
      { t: 'delete', pick: 0 },
      { t: 'sync', device: 1 },
    ],
  ],
];

/**
 * `npm test` checks a pinned set of sequences (12 per property, plus the examples above);
 * `npm run test:deep` draws new ones, 10× as many (test/support/propertyRuns.ts). On a
 * 2-core machine a run takes 1–4 s.
 */
const FIXED = { numRuns: 12, seed: 20261204 };
const FIXED_EDITING = { numRuns: 12, seed: 4122026 };
const TIMEOUT_MS = 180_000;

describe('three devices converge (property)', () => {
  it(
    'after random edits, conflict decisions, deletes, signatures, syncs and lost answers',
    async () => {
      await fc.assert(convergence(sequenceArb(false)), propertyRuns(FIXED));
    },
    propertyTimeout(FIXED, TIMEOUT_MS),
  );

  it(
    'also when counsellors keep editing while a sync is under way',
    async () => {
      await fc.assert(convergence(sequenceArb(true)), {
        ...propertyRuns(FIXED_EDITING),
        examples: editWhilePullingExamples,
      });
    },
    propertyTimeout(FIXED_EDITING, TIMEOUT_MS),
  );
});
