import type { EntityType } from '../../protocol';
import type { Queryable } from '../db/database';
import { writeAudit } from '../audit';
import { loadRecord, nextSeq, writeRecord } from '../replication/recordStore';
import type { FieldMap } from '../replication/decide';

/**
 * A change the server makes itself (a referral's answer, a withdrawal): fields merged into
 * the record as a new revision with a fresh feed seq, so every device of the organisation
 * pulls it. Must run under the organisation's counter lock (nextSeq takes it). `by` is the
 * acting user of the same organisation, or null for a change that comes from another one.
 * Returns false when the record is missing or deleted (nothing written).
 */
export async function patchAsServer(
  tx: Queryable,
  w: {
    orgId: string;
    id: string;
    entity: EntityType;
    fields: FieldMap;
    at: Date;
    by: string | null;
    action: string;
  },
): Promise<boolean> {
  const row = await loadRecord(tx, w.orgId, w.id);
  if (!row || row.deleted || row.entity !== w.entity) return false;
  const rev = row.rev + 1;
  const fieldRevs = { ...row.field_revs };
  for (const key of Object.keys(w.fields)) fieldRevs[key] = rev;
  await writeRecord(tx, {
    orgId: w.orgId,
    id: w.id,
    entity: w.entity,
    exists: true,
    rev,
    data: { ...row.data, ...w.fields },
    fieldRevs,
    deleted: false,
    contentHash: null,
    seq: await nextSeq(tx, w.orgId),
    now: w.at,
    userId: w.by,
  });
  await writeAudit(tx, {
    at: w.at,
    orgId: w.orgId,
    userId: w.by,
    clientId: null,
    entity: w.entity,
    entityId: w.id,
    action: w.action,
    rev,
  });
  return true;
}
