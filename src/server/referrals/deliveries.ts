import type { IncomingReferralContent, ReferralReport } from '../../domain';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { writeAudit } from '../audit';
import { nextSeq, writeRecord, loadRecord } from '../replication/recordStore';
import { patchAsServer } from './systemWrite';

/**
 * The transactional outbox between organisations (see migration 0006). `enqueue*` runs in
 * the caller's transaction, so the delivery exists exactly when the change that caused it
 * committed. `processDeliveries` applies pending rows one per transaction, taking only the
 * target organisation's feed lock. A failure leaves the row pending; the next call retries it.
 */

export type RespondPayload = {
  status: 'open' | 'accepted' | 'declined';
  reports: ReferralReport[];
  respondedAt: string;
};

export async function enqueueDelivery(
  tx: Queryable,
  link: { referralId: string; senderOrg: string; targetOrg: string; at: Date },
  content: IncomingReferralContent,
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_links (referral_id, sender_org, target_org, inbox_id, created_at)
     VALUES ($1, $2, $3, gen_random_uuid(), $4)`,
    [link.referralId, link.senderOrg, link.targetOrg, link.at],
  );
  await insertDelivery(tx, 'deliver', link.referralId, content, link.at);
}

/** Withdraws the recipient's copy (no-op for referrals that never went through the app). */
export async function enqueueWithdrawal(
  tx: Queryable,
  referralId: string,
  at: Date,
): Promise<void> {
  if (await hasLink(tx, referralId)) await insertDelivery(tx, 'withdraw', referralId, {}, at);
}

export async function enqueueResponse(
  tx: Queryable,
  referralId: string,
  payload: RespondPayload,
  at: Date,
): Promise<void> {
  if (await hasLink(tx, referralId)) await insertDelivery(tx, 'respond', referralId, payload, at);
}

async function hasLink(tx: Queryable, referralId: string): Promise<boolean> {
  const rows = await tx.query('SELECT 1 FROM referral_links WHERE referral_id = $1', [referralId]);
  return rows.length > 0;
}

async function insertDelivery(
  tx: Queryable,
  kind: 'deliver' | 'withdraw' | 'respond',
  referralId: string,
  payload: unknown,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_deliveries (kind, referral_id, payload, created_at)
     VALUES ($1, $2, $3::text::jsonb, $4)`,
    [kind, referralId, JSON.stringify(payload), at],
  );
}

type DeliveryRow = {
  id: string;
  kind: 'deliver' | 'withdraw' | 'respond';
  referral_id: string;
  payload: Record<string, unknown>;
  sender_org: string;
  target_org: string;
  inbox_id: string;
};

/**
 * Applies every pending delivery, oldest first. Concurrent callers — other requests, other
 * server processes on the same PostgreSQL — skip rows another one is applying (SKIP LOCKED),
 * but never overtake within one referral: a row is taken only when no older row of the same
 * referral is still pending. Otherwise a withdrawal could run while its delivery is still
 * being applied elsewhere, find no copy to withdraw, and the copy would arrive afterwards
 * and stay with the recipient. Returns how many were applied. Throws only when the database
 * fails; the rows stay pending then and the next push or pull retries them.
 */
export async function processDeliveries(ctx: ServerContext, max = 1000): Promise<number> {
  let applied = 0;
  while (applied < max) {
    const done = await ctx.db.transaction(async (tx) => {
      const [row] = await tx.query<DeliveryRow>(
        `SELECT d.id, d.kind, d.referral_id, d.payload, l.sender_org, l.target_org, l.inbox_id
           FROM referral_deliveries d JOIN referral_links l USING (referral_id)
          WHERE d.done_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM referral_deliveries e
                             WHERE e.referral_id = d.referral_id AND e.done_at IS NULL
                               AND e.id < d.id)
          ORDER BY d.id LIMIT 1 FOR UPDATE OF d SKIP LOCKED`,
      );
      if (!row) return false;
      await apply(tx, row, ctx.clock());
      await tx.query(
        `UPDATE referral_deliveries SET done_at = $2, payload = '{}'::jsonb WHERE id = $1`,
        [row.id, ctx.clock()],
      );
      return true;
    });
    if (!done) break;
    applied++;
  }
  return applied;
}

async function apply(tx: Queryable, row: DeliveryRow, at: Date): Promise<void> {
  switch (row.kind) {
    case 'deliver': {
      // The recipient's feed lock first (nextSeq), then the insert: one organisation only.
      const seq = await nextSeq(tx, row.target_org);
      if (await loadRecord(tx, row.target_org, row.inbox_id)) return;
      const fieldRevs = Object.fromEntries(Object.keys(row.payload).map((k) => [k, 1]));
      await writeRecord(tx, {
        orgId: row.target_org,
        id: row.inbox_id,
        entity: 'referral-inbox',
        exists: false,
        rev: 1,
        data: row.payload as Record<string, never>,
        fieldRevs,
        deleted: false,
        contentHash: null,
        seq,
        now: at,
        userId: null,
      });
      await audit(tx, row.target_org, row.inbox_id, 'referral-received', 1, at);
      return;
    }
    case 'withdraw': {
      const seq = await nextSeq(tx, row.target_org);
      const inbox = await loadRecord(tx, row.target_org, row.inbox_id);
      if (inbox?.deleted) return;
      if (inbox) {
        // A tombstone: the data leaves the server now and every recipient device at its next
        // pull (a pulled deletion removes the local record and its pending changes).
        await writeRecord(tx, {
          orgId: row.target_org,
          id: row.inbox_id,
          entity: 'referral-inbox',
          exists: true,
          rev: inbox.rev + 1,
          data: {},
          fieldRevs: {},
          deleted: true,
          contentHash: null,
          seq,
          now: at,
          userId: null,
        });
        await audit(tx, row.target_org, row.inbox_id, 'referral-withdrawn', inbox.rev + 1, at);
      }
      // Only now (or when nothing had arrived there) may the sender say that the data is
      // deleted at the recipient.
      await patchAsServer(tx, {
        orgId: row.sender_org,
        id: row.referral_id,
        entity: 'referral',
        fields: { recipientDeletedAt: at.toISOString() },
        at,
        by: null,
        action: 'referral-deleted-at-recipient',
      });
      return;
    }
    case 'respond': {
      const current = await loadRecord(tx, row.sender_org, row.referral_id);
      const state = current?.data.state;
      if (state === 'withdrawn') return;
      const payload = row.payload as RespondPayload;
      await patchAsServer(tx, {
        orgId: row.sender_org,
        id: row.referral_id,
        entity: 'referral',
        fields: {
          state: payload.status === 'open' ? 'sent' : payload.status,
          respondedAt: payload.respondedAt,
          reports: payload.reports,
        },
        at,
        by: null,
        action: 'referral-answered',
      });
      return;
    }
  }
}

function audit(tx: Queryable, orgId: string, id: string, action: string, rev: number, at: Date) {
  return writeAudit(tx, {
    at,
    orgId,
    userId: null,
    clientId: null,
    entity: 'referral-inbox',
    entityId: id,
    action,
    rev,
  });
}
