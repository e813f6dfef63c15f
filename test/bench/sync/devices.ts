// The organisation and its devices for the sync benchmark, built from the app's own client
// code as test/integration/sync/support/clientDevice.ts does in Node: each device is its own
// IndexedDB database with its own Vault, replica, account store and the real sync engine,
// talking to the real server over HTTP (same origin as this page).
import { z } from 'zod';
import { PerspektiveDb } from '../../../src/storage/db';
import { accountStore } from '../../../src/storage/sync/account';
import { replica } from '../../../src/storage/sync/replica';
import { Vault } from '../../../src/storage/vault/vault';
import { changePassword, signIn } from '../../../src/sync/account';
import { adminClient } from '../../../src/sync/adminClient';
import { syncOnce, type SyncOutcome } from '../../../src/sync/syncEngine';
import { apiCaller, httpTransport, type SyncTransport } from '../../../src/sync/transport';

/** Device passphrase; PBKDF2 runs once per device set-up, never per record (kept low here). */
const PASSPHRASE = 'Benchmark-Passphrase-2026';
const BENCH_ITERATIONS = 1000;
/** What every counsellor sets at first sign-in (the server refuses sync before that). */
const ACCOUNT_PASSWORD = 'Benchmark Konto Passwort 2026';

export type Counsellor = { email: string; password: string; mustChange: boolean };

/** One HTTP call of the sync transport, timed from the page (request to validated answer). */
export type TransportCall = { kind: 'push' | 'pull'; start: number; ms: number };

/**
 * The app's HTTP transport with every push and pull timed. The server reports no timing of
 * its own (no Server-Timing header), so a round trip here is the closest measure of the
 * server's work: on localhost it is server time + JSON (de)serialisation + response checks.
 */
export function timedTransport(inner: SyncTransport) {
  const calls: TransportCall[] = [];
  async function timed<T>(kind: TransportCall['kind'], call: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await call();
    } finally {
      calls.push({ kind, start, ms: performance.now() - start });
    }
  }
  const transport: SyncTransport = {
    ...inner,
    push: (token, request) => timed('push', () => inner.push(token, request)),
    pull: (token, request) => timed('pull', () => inner.pull(token, request)),
  };
  return {
    transport,
    /** The calls since the last `take`, and forgets them. */
    take: (): TransportCall[] => calls.splice(0),
  };
}

const adminSchema = z.object({ email: z.string(), password: z.string() });

/** The organisation admin from the page URL (`?admin=<base64url JSON>`, set by run.ts). */
function adminFromUrl(): z.infer<typeof adminSchema> {
  const param = new URLSearchParams(location.search).get('admin');
  if (!param) throw new Error('No ?admin= parameter: run this page with `npm run bench`.');
  const base64 = param.replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  return adminSchema.parse(JSON.parse(json) as unknown);
}

/** Creates counsellors through the admin API (as an administrator would, in the admin UI). */
export async function createCounsellors(names: readonly string[]): Promise<Counsellor[]> {
  const admin = adminFromUrl();
  const login = await httpTransport(location.origin).login({
    ...admin,
    clientId: globalThis.crypto.randomUUID(),
    deviceName: 'Benchmark admin',
  });
  const client = adminClient(apiCaller(location.origin), login.token);
  const created: Counsellor[] = [];
  for (const displayName of names) {
    const email = `${globalThis.crypto.randomUUID().slice(0, 8)}@bench.example.org`;
    const { oneTimePassword } = await client.createUser({
      email,
      displayName,
      roles: ['counsellor'],
    });
    created.push({ email, password: oneTimePassword, mustChange: true });
  }
  return created;
}

export type Device = Awaited<ReturnType<typeof signedInDevice>>;

/**
 * A fresh device (new database, new clientId) signed in as `user`. On the user's first
 * sign-in it replaces the one-time password, as the app requires before any sync.
 */
export async function signedInDevice(label: string, user: Counsellor, transport: SyncTransport) {
  const db = new PerspektiveDb(`bench-sync-${label}-${globalThis.crypto.randomUUID()}`);
  const vault = new Vault(db, { iterations: BENCH_ITERATIONS });
  await vault.setUp(PASSPHRASE);
  const deps = { transport, replica: replica(vault), accounts: accountStore(vault) };
  await signIn(deps, { email: user.email, password: user.password, deviceName: label });
  if (user.mustChange) {
    await changePassword(deps, user.password, ACCOUNT_PASSWORD);
    user.password = ACCOUNT_PASSWORD;
    user.mustChange = false;
  }
  return {
    db,
    vault,
    replica: deps.replica,
    /** One run of the app's sync engine; anything but "done" fails the benchmark. */
    async sync(): Promise<Extract<SyncOutcome, { kind: 'done' }>> {
      const outcome = await syncOnce({
        ...deps,
        onRevoked: () => Promise.reject(new Error(`${label} was revoked`)),
      });
      if (outcome.kind !== 'done')
        throw new Error(`${label}: sync ended ${JSON.stringify(outcome)}`);
      return outcome;
    },
    async dispose(): Promise<void> {
      vault.lock();
      await db.delete();
      // Let the browser finish deleting before the next timed phase starts.
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
  };
}

/** Runs sync until nothing is pending (one run pushes at most 50 batches of 100). */
export async function syncUntilSettled(device: Device): Promise<{ pushed: number }> {
  let pushed = 0;
  for (let run = 0; run < 100; run++) {
    pushed += (await device.sync()).pushed;
    if ((await device.replica.pendingCount()) === 0) return { pushed };
  }
  throw new Error('Sync did not settle after 100 runs.');
}
