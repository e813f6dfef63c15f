import { randomUUID } from 'node:crypto';
import { loginResponseSchema, oneTimePasswordResponseSchema } from '../../src/protocol';

/** Accounts over real HTTP, for tests against listening servers and server processes. */

export type HttpSession = { token: string; clientId: string };

export async function postJson(
  url: string,
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as unknown) : undefined,
    headers: res.headers,
  };
}

export async function httpLogin(
  baseUrl: string,
  email: string,
  password: string,
  clientId: string = randomUUID(),
): Promise<HttpSession> {
  const res = await postJson(`${baseUrl}/api/auth/login`, {
    email,
    password,
    clientId,
    deviceName: 'Test tablet',
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return { token: loginResponseSchema.parse(res.body).token, clientId };
}

/**
 * Creates a counsellor through the admin API and replaces the one-time password, as the
 * first sign-in in the app does; returns the credentials a client device signs in with.
 */
export async function httpAddCounsellor(
  baseUrl: string,
  admin: HttpSession,
): Promise<{ email: string; password: string }> {
  const email = `counsellor-${randomUUID().slice(0, 8)}@example.org`;
  const created = await postJson(
    `${baseUrl}/api/admin/users`,
    { email, displayName: 'Test counsellor', roles: ['counsellor'] },
    admin.token,
  );
  if (created.status !== 201) throw new Error(`create user failed: ${created.status}`);
  const oneTime = oneTimePasswordResponseSchema.parse(created.body).oneTimePassword;
  const first = await httpLogin(baseUrl, email, oneTime);
  const password = `${oneTime} changed`;
  const changed = await postJson(
    `${baseUrl}/api/auth/password`,
    { currentPassword: oneTime, newPassword: password },
    first.token,
  );
  if (changed.status !== 204) throw new Error(`password change failed: ${changed.status}`);
  return { email, password };
}
