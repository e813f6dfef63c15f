// The world of the convergence property test: three counsellor devices with real encrypted
// storage and the real sync engine over HTTP, each with a transport that can lose answers
// or go offline on command, plus a protocol-level "office" device. Tablet 2 starts with an
// older app that does not know one field until it is updated.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { caseRepository } from '../../../../src/storage/cases/caseRepository';
import { accountStore } from '../../../../src/storage/sync/account';
import { conflictRepository } from '../../../../src/storage/sync/conflictRepository';
import { replica, type ReplicaOptions } from '../../../../src/storage/sync/replica';
import { checkRemoteRecord } from '../../../../src/storage/sync/remoteFields';
import type { RecordState } from '../../../../src/protocol';
import { signIn } from '../../../../src/sync/account';
import { syncOnce } from '../../../../src/sync/syncEngine';
import { httpTransport, SyncHttpError, type SyncTransport } from '../../../../src/sync/transport';
import { unlockedVault } from '../../../support/storageTesting';
import { addUser, createOrg, startTestServer, TestDevice, type TestServer } from './fixtures';

/** The listening server of the test file (set by `startListening`). */
export const env = {} as { server: TestServer; baseUrl: string };

export async function startListening(): Promise<void> {
  env.server = await startTestServer();
  await env.server.app.listen({ port: 0, host: '127.0.0.1' });
  env.baseUrl = `http://127.0.0.1:${(env.server.app.server.address() as AddressInfo).port}`;
}

export type Method = 'push' | 'pull';
/** `drop`: the server handles the call, its answer is lost. `offline`: it never arrives. */
export type Fault = 'drop' | 'offline';

/**
 * The real HTTP transport with switches: a fault armed for a method hits that method's next
 * call; a hook armed for a method runs when that call's answer has arrived (before the engine
 * sees it) — a counsellor typing while a sync is under way.
 */
export function faultyTransport(real: SyncTransport) {
  const armed = new Map<Method, Fault>();
  const hooks: Record<Method, (() => Promise<void>)[]> = { push: [], pull: [] };
  async function call<T>(method: Method, send: () => Promise<T>): Promise<T> {
    const fault = armed.get(method);
    armed.delete(method);
    if (fault === 'offline') throw new SyncHttpError(0, 'offline', 'unreachable (test)');
    const response = await send();
    for (const hook of hooks[method].splice(0)) await hook();
    if (fault === 'drop') throw new SyncHttpError(0, 'offline', 'answer lost after commit (test)');
    return response;
  }
  return {
    transport: {
      ...real,
      push: (token, request) => call('push', () => real.push(token, request)),
      pull: (token, request) => call('pull', () => real.pull(token, request)),
    } satisfies SyncTransport,
    arm(method: Method, fault: Fault) {
      armed.set(method, fault);
    },
    during(method: Method, hook: () => Promise<void>) {
      hooks[method].push(hook);
    },
    disarm() {
      armed.clear();
      hooks.push = [];
      hooks.pull = [];
    },
  };
}

// ── Devices ───────────────────────────────────────────────────────────────────────────────

/** The field a newer app version added, as far as the older app on Tablet 2 knows. */
export const NEW_FIELD = 'fitToTravel';

/** Tablet 2 runs an older app that does not know NEW_FIELD: its validation fails. */
export const OLDER_APP: ReplicaOptions = {
  appVersion: '1.0.0',
  checkRecord: async (record: RecordState) =>
    record.fields && NEW_FIELD in record.fields && record.fields[NEW_FIELD] !== null
      ? { ok: false, reason: 'unknown_field' }
      : checkRemoteRecord(record),
};
export const CURRENT_APP: ReplicaOptions = { appVersion: '1.1.0' };

export async function counsellorDevice(
  user: { email: string; password: string },
  name: string,
  app: ReplicaOptions = CURRENT_APP,
) {
  const { db, vault } = await unlockedVault('convergence');
  const faults = faultyTransport(httpTransport(env.baseUrl));
  const deps = {
    transport: faults.transport,
    replica: replica(vault, app),
    accounts: accountStore(vault),
  };
  let updated = app === CURRENT_APP;
  await signIn(deps, { ...user, deviceName: name });
  return {
    name,
    db,
    cases: caseRepository(vault),
    conflicts: conflictRepository(vault),
    get replica() {
      return deps.replica;
    },
    /** Updates an older app to the current one (same device, same data). */
    updateApp() {
      if (updated) return;
      updated = true;
      deps.replica = replica(vault, CURRENT_APP);
    },
    faults,
    sync: () =>
      syncOnce({
        ...deps,
        onRevoked: () => Promise.reject(new Error(`${name} was revoked`)),
      }),
  };
}
export type Device = Awaited<ReturnType<typeof counsellorDevice>>;

export type World = {
  orgId: string;
  devices: Device[];
  /** Protocol-level device: deletes cases, creates and signs consents. */
  office: TestDevice;
  /** Every case id created on any device, in creation order (targets are picked from it). */
  caseIds: string[];
  deleted: Set<string>;
  consents: string[];
  /** Cases a signed consent refers to: never deleted through sync. */
  signedCases: Set<string>;
  created: number;
};

export const INITIAL_CASES = 3;

export async function newWorld(): Promise<World> {
  const org = await createOrg(env.server, 'Konvergenz');
  const devices: Device[] = [];
  for (let i = 0; i < 3; i++) {
    const app = i === 2 ? OLDER_APP : CURRENT_APP;
    devices.push(await counsellorDevice(await addUser(env.server, org), `Tablet ${i}`, app));
  }
  const office = new TestDevice(env.server, await addUser(env.server, org));
  const world: World = {
    orgId: org.orgId,
    devices,
    office,
    caseIds: [],
    deleted: new Set(),
    consents: [],
    signedCases: new Set(),
    created: 0,
  };
  // A few cases from device 0, synced everywhere.
  for (let i = 0; i < INITIAL_CASES; i++) await createCase(world, 0);
  for (const device of devices) expect(await device.sync()).toMatchObject({ kind: 'done' });
  return world;
}

export async function closeWorld(world: World) {
  for (const device of world.devices) {
    device.db.close();
    await device.db.delete();
  }
}

// ── Commands ──────────────────────────────────────────────────────────────────────────────

export async function createCase(world: World, index: number): Promise<void> {
  world.created += 1;
  const c = await world.devices[index]!.cases.create(
    { displayName: `Fall ${world.created}`, pseudonymised: false, createdOn: '2026-11-20' },
    { nationality: 'SY', birthDate: '1990-01-01' },
  );
  world.caseIds.push(c.id);
}
