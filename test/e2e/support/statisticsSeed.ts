// Helpers of the statistics e2e tests: the server's API as a device would call it, records
// pushed as sync mutations, and signing a statistics account in on the tablet.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { E2E_ADMIN } from './organisation';

export async function api<T>(
  base: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

type Login = { token: string };
export const login = (base: string, email: string, password: string, clientId = randomUUID()) =>
  api<Login>(base, '/api/auth/login', { email, password, clientId, deviceName: 'E2E' });

export async function createUser(
  base: string,
  roles: string[],
  displayName: string,
  asAdmin: { email: string; password: string } = E2E_ADMIN,
) {
  const admin = await login(base, asAdmin.email, asAdmin.password);
  const email = `${randomUUID().slice(0, 8)}@e2e.example.org`;
  const { oneTimePassword } = await api<{ oneTimePassword: string }>(
    base,
    '/api/admin/users',
    { email, displayName, roles },
    admin.token,
  );
  return { email, oneTimePassword };
}

/** A finalised conversation of a case on `asOf`, as a sync mutation. */
export function conversation(caseId: string, asOf: string) {
  return {
    kind: 'create',
    entity: 'session',
    entityId: randomUUID(),
    fields: {
      caseId,
      scriptVersion: 'perspektivgespraech@2026-11-1',
      rulesetVersion: 'e2e',
      asOf,
      participants: [],
      answers: { 'return-interest': ['wants-information'] },
      topicsCovered: ['return', 'support'],
      status: 'finalised',
      finalisation: {
        finalisedAt: `${asOf}T10:00:00+01:00`,
        finalisedBy: 'Beraterin Statistik',
        contentHash: 'c'.repeat(64),
        factsSnapshot: {},
      },
      addenda: [],
    },
  };
}

/** Signs the statistics account in on the tablet and replaces its one-time password. */
export async function signInStatisticsUser(
  page: Page,
  user: { email: string; oneTimePassword: string },
) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(user.email);
  await page.getByLabel('Passwort', { exact: true }).fill(user.oneTimePassword);
  await page.getByLabel('Name dieses Geräts').fill('Tablet Statistik');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByLabel(/^Bisheriges Passwort/).fill(user.oneTimePassword);
  await page.getByLabel('Neues Passwort', { exact: true }).fill('Statistik Passwort 2026');
  await page.getByLabel('Neues Passwort wiederholen').fill('Statistik Passwort 2026');
  await page.getByRole('button', { name: 'Passwort festlegen' }).click();
  await page
    .getByRole('button', { name: 'Passwort festlegen' })
    .waitFor({ state: 'detached', timeout: 20_000 });
  await page.getByText(/^Angemeldet als/).waitFor();
}

/** A case with one finalised conversation on `asOf`, as sync mutations. */
export function counselledCase(person: Record<string, string>, asOf: string, name: string) {
  const caseId = randomUUID();
  return [
    {
      kind: 'create',
      entity: 'case',
      entityId: caseId,
      fields: { displayName: name, pseudonymised: false, createdOn: asOf, ...person },
    },
    conversation(caseId, asOf),
  ];
}

/** Pushes mutations as one device would, numbered from 1; true when all were applied. */
export async function pushAll(
  base: string,
  session: { token: string; clientId: string },
  mutations: readonly Record<string, unknown>[],
): Promise<boolean> {
  const { results } = await api<{ results: { status: string }[] }>(
    base,
    '/api/sync/push',
    {
      clientId: session.clientId,
      mutations: mutations.map((m, i) => ({ ...m, mutationId: randomUUID(), clientSeq: i + 1 })),
    },
    session.token,
  );
  return results.every((r) => r.status === 'applied');
}

/** Signs an account in whose password needs no change (set up before). */
export async function signInWithPassword(
  page: Page,
  account: { email: string; password: string },
  deviceName: string,
) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByLabel('Name dieses Geräts').fill(deviceName);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText(/^Angemeldet als/).waitFor();
}
