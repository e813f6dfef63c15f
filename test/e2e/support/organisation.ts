import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const ADMIN_EMAIL = 'admin@e2e.example.org';
const ADMIN_PASSWORD = 'Admin Passwort für E2E 1';
/** The organisation admin that bootstrapDataDir creates (tests and benchmarks sign in as it). */
export const E2E_ADMIN = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } as const;

/** The organisation the browser tests and the benchmarks work in. */
export const E2E_ORGANISATION = { name: 'E2E Ausländerbehörde', kind: 'abh', admin: E2E_ADMIN };

/**
 * A data folder with one organisation and its admin, created with the real admin CLI
 * (before the server starts: the embedded database allows one process). The browser tests
 * copy one made once instead (support/dataTemplates.ts).
 */
export function bootstrapDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'perspektive-e2e-org-'));
  createOrgWithCli(dataDir, E2E_ORGANISATION);
  return dataDir;
}

/** A second organisation on the same server (for referrals), with its own admin. */
export const E2E_PARTNER = {
  name: 'KI Kreis Unna',
  admin: { email: 'ki-admin@e2e.example.org', password: 'KI Admin Passwort für E2E 1' },
} as const;

/**
 * An organisation in a not yet started server's data folder, through the real admin CLI:
 * from source (tsx), or with `built` the production build `dist-server/admin.js`, which
 * starts in half the time (the browser tests have a build; the benchmarks do not).
 */
export function createOrgWithCli(
  dataDir: string,
  org: { name: string; kind: string; admin: { email: string; password: string } },
  options: { built?: boolean } = {},
): void {
  const cli = options.built
    ? ['dist-server/admin.js']
    : ['--import', 'tsx', 'src/server/cli/admin.ts'];
  const result = spawnSync(
    process.execPath,
    [
      ...cli,
      'create-org',
      '--name',
      org.name,
      '--kind',
      org.kind,
      '--admin-email',
      org.admin.email,
      '--password-stdin',
    ],
    {
      input: `${org.admin.password}\n`,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    },
  );
  if (result.status !== 0) throw new Error(`admin CLI failed: ${String(result.stderr)}`);
}

/** POSTs JSON to the server (with a bearer token) and returns the answer; throws on failure. */
export async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Creates an account with the given roles through the admin API; returns its sign-in. */
export async function createUser(
  serverUrl: string,
  displayName: string,
  roles: readonly string[],
  admin: { email: string; password: string } = E2E_ADMIN,
): Promise<{ email: string; oneTimePassword: string }> {
  const { token } = await post<{ token: string }>(`${serverUrl}/api/auth/login`, {
    email: admin.email,
    password: admin.password,
    clientId: randomUUID(),
    deviceName: 'E2E admin script',
  });
  const email = `${randomUUID().slice(0, 8)}@e2e.example.org`;
  const { oneTimePassword } = await post<{ oneTimePassword: string }>(
    `${serverUrl}/api/admin/users`,
    { email, displayName, roles },
    token,
  );
  return { email, oneTimePassword };
}

/** Creates a counsellor through the admin API; returns the e-mail and one-time password. */
export function createCounsellor(
  serverUrl: string,
  displayName: string,
  admin: { email: string; password: string } = E2E_ADMIN,
): Promise<{ email: string; oneTimePassword: string }> {
  return createUser(serverUrl, displayName, ['counsellor'], admin);
}

/** Signs the (unlocked) app in on the settings page and sets a new password. */
export async function signInInApp(
  page: Page,
  user: { email: string; oneTimePassword: string },
  deviceName: string,
): Promise<void> {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(user.email);
  await page.getByLabel('Passwort', { exact: true }).fill(user.oneTimePassword);
  await page.getByLabel('Name dieses Geräts').fill(deviceName);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByLabel(/^Bisheriges Passwort/).fill(user.oneTimePassword);
  await page.getByLabel('Neues Passwort', { exact: true }).fill('Mein neues Passwort 2026');
  await page.getByLabel('Neues Passwort wiederholen').fill('Mein neues Passwort 2026');
  await page.getByRole('button', { name: 'Passwort festlegen' }).click();
  await page.getByText(/^Zuletzt synchronisiert/).waitFor({ timeout: 20_000 });
}

/** Signs this device in as the organisation's admin (no one-time password to replace). */
export async function signInAsAdmin(page: Page, deviceName: string): Promise<void> {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(E2E_ADMIN.email);
  await page.getByLabel('Passwort', { exact: true }).fill(E2E_ADMIN.password);
  await page.getByLabel('Name dieses Geräts').fill(deviceName);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}
