// Commands of the convergence property test and how they are run against the world.
import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { canonicalJson, recordResponseSchema, type JsonValue } from '../../../../src/protocol';
import { auth } from './fixtures';
import {
  createCase,
  env,
  NEW_FIELD,
  type Device,
  type Fault,
  type Method,
  type World,
} from './convergenceWorld';

export type Field = 'fileNumber' | 'birthDate' | 'nationality';
/** A change of one field; `undefined` removes the field (it travels as null). */
export type Edit = { field: Field; value: string | undefined };

export type Command =
  | { t: 'edit'; device: number; pick: number; edit: Edit }
  /** Two counsellors change the same field of the same case, each on their own device. */
  | {
      t: 'collide';
      devices: [number, number];
      pick: number;
      edits: [Edit, Edit];
      /** Both devices sync right after (first, then second). */
      thenSync: boolean;
    }
  /** The edit is typed while the device's next push/pull answer is on its way. */
  | { t: 'editWhileSyncing'; device: number; pick: number; edit: Edit; during: Method }
  | { t: 'create'; device: number }
  | { t: 'sync'; device: number }
  | { t: 'fault'; device: number; method: Method; fault: Fault }
  | { t: 'resolve'; device: number; pick: number; choice: 'mine' | 'server' }
  /** The protocol-level device deletes a case at its current rev. */
  | { t: 'delete'; pick: number }
  /** The protocol-level device creates a consent and signs it. */
  | { t: 'sign'; pick: number }
  /** The protocol-level device (a newer app) sets the field Tablet 2's older app lacks. */
  | { t: 'newField'; pick: number; value: 'yes' | 'no' | null }
  /** Tablet 2's app is updated (once; also before the end state is checked). */
  | { t: 'update' };

export const VALUES: Record<Field, readonly (string | undefined)[]> = {
  fileNumber: ['A-1', 'B-2', 'C-3', undefined],
  birthDate: ['1990-01-01', '1995-06-15', '2001-12-31', undefined],
  nationality: ['SY', 'AF', 'IR', 'TR', undefined],
};
export const valueOf = (field: Field, index: number) => VALUES[field][index % VALUES[field].length];

export const deviceArb = fc.integer({ min: 0, max: 2 });
export const pickArb = fc.nat({ max: 20 });
// The file number is edited most, so that edits on different devices collide often.
export const fieldArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Field>('fileNumber') },
  fc.constant<Field>('birthDate'),
  fc.constant<Field>('nationality'),
);
export const editArb: fc.Arbitrary<Edit> = fc
  .tuple(fieldArb, fc.nat({ max: 4 }))
  .map(([field, i]) => ({ field, value: valueOf(field, i) }));

export const collideArb: fc.Arbitrary<Command> = fc
  .tuple(
    deviceArb,
    fc.integer({ min: 1, max: 2 }),
    pickArb,
    fieldArb,
    fc.nat({ max: 4 }),
    fc.nat({ max: 4 }),
    fc.boolean(),
  )
  .map(([first, offset, pick, field, a, b, thenSync]) => ({
    t: 'collide',
    devices: [first, (first + offset) % 3],
    pick,
    edits: [
      { field, value: valueOf(field, a) },
      { field, value: valueOf(field, b) },
    ],
    thenSync,
  }));

export function commandArb(withEditsWhileSyncing: boolean): fc.Arbitrary<Command> {
  const arbs: fc.WeightedArbitrary<Command>[] = [
    {
      weight: 6,
      arbitrary: fc.record({
        t: fc.constant('edit' as const),
        device: deviceArb,
        pick: pickArb,
        edit: editArb,
      }),
    },
    { weight: 3, arbitrary: collideArb },
    { weight: 6, arbitrary: fc.record({ t: fc.constant('sync' as const), device: deviceArb }) },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant('fault' as const),
        device: deviceArb,
        method: fc.constantFrom<Method>('push', 'pull'),
        fault: fc.constantFrom<Fault>('drop', 'offline'),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        t: fc.constant('resolve' as const),
        device: deviceArb,
        pick: pickArb,
        choice: fc.constantFrom('mine' as const, 'server' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('create' as const), device: deviceArb }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), pick: pickArb }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('sign' as const), pick: pickArb }) },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant('newField' as const),
        pick: pickArb,
        value: fc.constantFrom('yes' as const, 'no' as const, null),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ t: 'update' as const }) },
  ];
  if (withEditsWhileSyncing) {
    arbs.push({
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant('editWhileSyncing' as const),
        device: deviceArb,
        pick: pickArb,
        edit: editArb,
        during: fc.constantFrom<Method>('pull', 'push'),
      }),
    });
  }
  return fc.oneof(...arbs);
}

/** Applies `edit` to the case if this device holds it (a pulled tombstone removes it). */
export async function applyEdit(device: Device, id: string, edit: Edit): Promise<void> {
  if (!(await device.cases.get(id))) return;
  switch (edit.field) {
    case 'fileNumber':
      await device.cases.updateProfile(id, { fileNumber: edit.value });
      return;
    case 'birthDate':
      await device.cases.updateFacts(id, { birthDate: edit.value });
      return;
    case 'nationality':
      await device.cases.updateFacts(id, { nationality: edit.value });
      return;
  }
}

export const pickFrom = <T>(items: readonly T[], pick: number): T | undefined =>
  items.length === 0 ? undefined : items[pick % items.length];

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export async function syncDevice(world: World, index: number): Promise<void> {
  const outcome = await world.devices[index]!.sync();
  // Faults surface as "offline"; anything else (a seq gap, a local error) is a finding.
  expect(['done', 'offline'], `Tablet ${index}: ${JSON.stringify(outcome)}`).toContain(
    outcome.kind,
  );
}

/** The server's current state of a picked case; undefined when not pushed yet or deleted. */
async function serverRecord(world: World, pick: number) {
  const id = pickFrom(world.caseIds, pick);
  if (!id) return undefined;
  const res = await env.server.app.inject({
    method: 'GET',
    url: `/api/records/${id}`,
    headers: auth(world.office.session),
  });
  if (res.statusCode === 404) return undefined; // created on a device, not pushed yet
  const record = recordResponseSchema.parse(res.json()).record;
  return record.deleted ? undefined : record;
}

export async function run(world: World, command: Command): Promise<void> {
  switch (command.t) {
    case 'edit': {
      const id = pickFrom(world.caseIds, command.pick);
      if (id) await applyEdit(world.devices[command.device]!, id, command.edit);
      return;
    }
    case 'collide': {
      const id = pickFrom(world.caseIds, command.pick);
      if (!id) return;
      const [first, second] = command.devices;
      await applyEdit(world.devices[first]!, id, command.edits[0]);
      await applyEdit(world.devices[second]!, id, command.edits[1]);
      if (command.thenSync) {
        await syncDevice(world, first);
        await syncDevice(world, second);
      }
      return;
    }
    case 'editWhileSyncing': {
      const device = world.devices[command.device]!;
      const id = pickFrom(world.caseIds, command.pick);
      if (id) device.faults.during(command.during, () => applyEdit(device, id, command.edit));
      return;
    }
    case 'create':
      await createCase(world, command.device);
      return;
    case 'sync':
      await syncDevice(world, command.device);
      return;
    case 'fault':
      world.devices[command.device]!.faults.arm(command.method, command.fault);
      return;
    case 'resolve': {
      const device = world.devices[command.device]!;
      const conflict = pickFrom(await device.conflicts.open(), command.pick);
      // A conflict of a case deleted meanwhile cannot be resolved here (nothing to change).
      if (!conflict || !(await device.cases.get(conflict.entityId))) return;
      await device.conflicts.resolve(conflict, command.choice);
      return;
    }
    case 'newField': {
      const record = await serverRecord(world, command.pick);
      if (!record) return;
      const { results } = await world.office.push({
        kind: 'patch',
        entity: 'case',
        entityId: record.entityId,
        baseRev: record.rev,
        fields: { [NEW_FIELD]: command.value },
      });
      expect(['applied', 'unchanged']).toContain(results[0]?.status);
      return;
    }
    case 'update':
      world.devices[2]!.updateApp();
      return;
    case 'delete': {
      const record = await serverRecord(world, command.pick);
      if (!record) return;
      const id = record.entityId;
      const { results } = await world.office.push({
        kind: 'delete',
        entity: 'case',
        entityId: id,
        baseRev: record.rev,
      });
      // A case a signed consent refers to keeps its history (deletion rules, issue 21).
      const signedFor = world.signedCases.has(id);
      expect(results[0]).toMatchObject(
        signedFor
          ? { status: 'rejected', reason: 'has_history', rev: record.rev }
          : { status: 'applied', rev: record.rev + 1 },
      );
      if (!signedFor) world.deleted.add(id);
      return;
    }
    case 'sign': {
      const consentId = randomUUID();
      const caseId = pickFrom(world.caseIds, command.pick) ?? null;
      const fields: Record<string, JsonValue> = {
        template: 'data-processing@1',
        text: 'Ich willige ein …',
        caseId,
      };
      const signed: Record<string, JsonValue> = { signedOn: '2026-11-20', signer: 'Ada' };
      const { results } = await world.office.push(
        { kind: 'create', entity: 'consent', entityId: consentId, fields },
        {
          kind: 'sign',
          entity: 'consent',
          entityId: consentId,
          baseRev: 1,
          fields: signed,
          contentHash: sha256(canonicalJson({ ...fields, ...signed })),
        },
      );
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
      world.consents.push(consentId);
      if (caseId) world.signedCases.add(caseId);
      return;
    }
  }
}
