import { DEFAULT_DEVICE_POLICY, type DevicePolicy } from '../../protocol';
import type { Queryable } from '../db/database';

type PolicyRow = { idle_lock_minutes: number; hidden_lock_seconds: number };

/** The organisation's device policy; the defaults while the administrator set none. */
export async function getPolicy(db: Queryable, orgId: string): Promise<DevicePolicy> {
  const [row] = await db.query<PolicyRow>(
    'SELECT idle_lock_minutes, hidden_lock_seconds FROM org_policies WHERE org_id = $1',
    [orgId],
  );
  return row
    ? { idleLockMinutes: row.idle_lock_minutes, hiddenLockSeconds: row.hidden_lock_seconds }
    : DEFAULT_DEVICE_POLICY;
}

export async function setPolicy(
  db: Queryable,
  orgId: string,
  policy: DevicePolicy,
  by: string,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO org_policies (org_id, idle_lock_minutes, hidden_lock_seconds, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (org_id) DO UPDATE SET idle_lock_minutes = $2, hidden_lock_seconds = $3,
       updated_at = $4, updated_by = $5`,
    [orgId, policy.idleLockMinutes, policy.hiddenLockSeconds, at, by],
  );
}
