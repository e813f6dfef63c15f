import type { AccountStore } from '../storage/sync/account';
import type { Replica } from '../storage/sync/replica';
import type { SyncTransport } from './transport';

export type AccountDeps = { transport: SyncTransport; accounts: AccountStore; replica: Replica };

/** Signing out would strand changes that exist only on this device. */
export class UnsyncedChangesError extends Error {
  constructor(readonly pending: number) {
    super(`${pending} changes have not been synced yet.`);
    this.name = 'UnsyncedChangesError';
  }
}

/**
 * Signs this device in (online only). The device id is this browser profile's clientId; the
 * server binds it to the first user who signs in on it, so one tablet profile serves one
 * counsellor (another user needs a wiped device). The token is stored sealed.
 */
export async function signIn(
  deps: AccountDeps,
  input: { email: string; password: string; deviceName: string },
): Promise<void> {
  const { clientId } = await deps.replica.state();
  const response = await deps.transport.login({
    email: input.email,
    password: input.password,
    deviceName: input.deviceName,
    clientId,
  });
  await deps.accounts.set({
    token: response.token,
    expiresAt: response.expiresAt,
    userId: response.user.id,
    displayName: response.user.displayName,
    email: response.user.email,
    roles: response.user.roles,
    mustChangePassword: response.user.mustChangePassword,
    organisationId: response.organisation.id,
    organisationName: response.organisation.name,
    organisationKind: response.organisation.kind,
  });
}

/**
 * Signs out: refused while changes are not synced (they would be stranded). The server
 * session is ended when reachable; offline, the token is dropped locally and expires there.
 */
export async function signOut(deps: AccountDeps): Promise<void> {
  const pending = await deps.replica.pendingCount();
  if (pending > 0) throw new UnsyncedChangesError(pending);
  const account = await deps.accounts.get();
  if (account) await deps.transport.logout(account.token).catch(() => undefined);
  await deps.accounts.clear();
}

/**
 * Changes the account password (online only), e.g. the one-time password of a first
 * sign-in. The server keeps this device's session and ends the others.
 */
export async function changePassword(
  deps: AccountDeps,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const account = await deps.accounts.get();
  if (!account) throw new Error('Not signed in.');
  await deps.transport.changePassword(account.token, { currentPassword, newPassword });
  await deps.accounts.set({ ...account, mustChangePassword: false });
}
