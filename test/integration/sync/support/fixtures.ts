import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type {
  Mutation,
  OrganisationKind,
  PullResponse,
  PushResponse,
  Role,
} from '../../../../src/protocol';
import { buildApp } from '../../../../src/server/createServer';
import type { Database } from '../../../../src/server/db/database';
import { createOrganisationWithAdmin } from '../../../../src/server/accounts/bootstrap';
import { openTestDatabase } from '../../../support/testDatabase';

/** Low scrypt cost so dozens of logins per file stay fast; production uses 2^15. */
export const cheapPasswords = { log2N: 10, r: 8, p: 1 };

/** A controllable clock: starts at a fixed instant, moves only when told. */
export function testClock(start = '2026-03-02T08:00:00Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export type TestServer = {
  db: Database;
  app: FastifyInstance;
  clock: ReturnType<typeof testClock>;
  close(): Promise<void>;
};

/** One database and app per test file; tests isolate themselves with their own organisation. */
export async function startTestServer(): Promise<TestServer> {
  const db = await openTestDatabase();
  const clock = testClock();
  const app = await buildApp({ db, clock: clock.now, passwordParams: cheapPasswords });
  return {
    db,
    app,
    clock,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export const uniqueEmail = (prefix = 'user') => `${prefix}-${randomUUID().slice(0, 8)}@example.org`;

export type Session = { token: string; clientId: string; userId: string; orgId: string };

export async function login(
  app: FastifyInstance,
  email: string,
  password: string,
  clientId: string = randomUUID(),
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password, clientId, deviceName: 'Test tablet' },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ token: string; user: { id: string }; organisation: { id: string } }>();
  return { token: body.token, clientId, userId: body.user.id, orgId: body.organisation.id };
}

export type TestOrg = { orgId: string; admin: Session; adminEmail: string };

/** Creates an organisation with an admin (signed in on a device). */
export async function createOrg(
  server: TestServer,
  name = 'Test ABH',
  kind: OrganisationKind = 'abh',
): Promise<TestOrg> {
  const adminEmail = uniqueEmail('admin');
  const password = 'admin passphrase 123';
  const { organisation } = await createOrganisationWithAdmin(
    server.db,
    { name, kind, adminEmail, password },
    { clock: server.clock.now, passwordParams: cheapPasswords },
  );
  const admin = await login(server.app, adminEmail, password);
  return { orgId: organisation.id, admin, adminEmail };
}

export const auth = (s: { token: string }) => ({ authorization: `Bearer ${s.token}` });

/** Creates a user through the admin API, signs them in on a new device and replaces the
 * one-time password (until then only /api/auth/me|password|logout are allowed). */
export async function addUser(
  server: TestServer,
  org: TestOrg,
  roles: Role[] = ['counsellor'],
): Promise<Session & { email: string; password: string }> {
  const email = uniqueEmail(roles[0]);
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/admin/users',
    headers: auth(org.admin),
    payload: { email, displayName: `Test ${roles.join('+')}`, roles },
  });
  if (res.statusCode !== 201) throw new Error(`create user failed: ${res.body}`);
  const oneTimePassword = res.json<{ oneTimePassword: string }>().oneTimePassword;
  const session = await login(server.app, email, oneTimePassword);
  const password = `${oneTimePassword} changed`;
  const change = await server.app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: auth(session),
    payload: { currentPassword: oneTimePassword, newPassword: password },
  });
  if (change.statusCode !== 204) throw new Error(`password change failed: ${change.body}`);
  return { ...session, email, password };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type MutationInput = DistributiveOmit<Mutation, 'mutationId' | 'clientSeq'>;

/** A simulated device: numbers its mutations like the client outbox will. */
export class TestDevice {
  private seq = 0;
  constructor(
    readonly server: TestServer,
    readonly session: Session,
  ) {}

  /** Assigns the next clientSeq and a fresh mutationId (what the outbox stores). */
  next(m: MutationInput): Mutation {
    this.seq += 1;
    return { ...m, mutationId: randomUUID(), clientSeq: this.seq };
  }

  pushRaw(mutations: Mutation[]): Promise<LightMyRequestResponse> {
    return this.server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: auth(this.session),
      payload: { clientId: this.session.clientId, mutations },
    });
  }

  async push(...inputs: MutationInput[]): Promise<PushResponse> {
    const res = await this.pushRaw(inputs.map((m) => this.next(m)));
    if (res.statusCode !== 200) throw new Error(`push failed: ${res.statusCode} ${res.body}`);
    return res.json<PushResponse>();
  }

  async pull(checkpoint = 0, limit = 500): Promise<PullResponse> {
    const res = await this.server.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: auth(this.session),
      payload: { checkpoint, limit },
    });
    if (res.statusCode !== 200) throw new Error(`pull failed: ${res.statusCode} ${res.body}`);
    return res.json<PullResponse>();
  }

  /** Pulls every page from `checkpoint`; returns the pages and the final checkpoint. */
  async pullAll(
    checkpoint = 0,
    limit = 500,
  ): Promise<{ pages: PullResponse[]; checkpoint: number }> {
    const pages: PullResponse[] = [];
    let cp = checkpoint;
    for (;;) {
      const page = await this.pull(cp, limit);
      pages.push(page);
      cp = page.checkpoint;
      if (!page.hasMore) return { pages, checkpoint: cp };
    }
  }
}

/**
 * A test server listening on a free local port, for clients that talk real HTTP; started in
 * `beforeAll` and closed in `afterAll` of the calling file.
 */
export function listeningTestServer(): { server: () => TestServer; baseUrl: () => string } {
  let server: TestServer | undefined;
  let baseUrl = '';
  beforeAll(async () => {
    server = await startTestServer();
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    // Migrations on a fresh embedded database take seconds on a busy 2-core machine.
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    server: () => {
      if (!server) throw new Error('The test server is not started yet.');
      return server;
    },
    baseUrl: () => baseUrl,
  };
}
