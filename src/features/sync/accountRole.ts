import type { SyncAccount } from '../../storage/sync/account';

/**
 * What a device's account is for, as the screens tell it: nothing signed in yet, case work
 * (counsellor, team lead), or an account without case data — the administration or the
 * statistics. Mirrors the server's record roles (sync/syncEngine.ts RECORD_ROLES).
 */
export type AccountPurpose = 'loading' | 'signed-out' | 'records' | 'admin' | 'statistics';

export function accountPurpose(account: SyncAccount | null | undefined): AccountPurpose {
  if (account === undefined) return 'loading';
  if (account === null) return 'signed-out';
  const roles = account.roles as readonly string[];
  if (roles.includes('counsellor') || roles.includes('team-lead')) return 'records';
  if (roles.includes('admin')) return 'admin';
  return 'statistics';
}
