import {
  INBOX_RESPONSE_FIELDS,
  IncomingReferralSchema,
  IsoDateTimeSchema,
  ReferralDraftSchema,
  RevocationScopeSchema,
  SENDER_REFERRAL_PATCH_FIELDS,
  inboxResponseIssue,
  referralGate,
  withdrawnBy,
  type IncomingReferralContent,
  type ReferralDraft,
} from '../../domain';
import type { Mutation, RejectReason } from '../../protocol';
import type { AuthContext } from '../accounts/sessions';
import type { Queryable } from '../db/database';
import { germanDay } from '../clock';
import { loadRecord, type RecordRow } from '../replication/recordStore';
import { caseConsents } from './caseConsents';
import { enqueueDelivery, enqueueResponse, enqueueWithdrawal } from './deliveries';
import { patchAsServer } from './systemWrite';

/**
 * What the server enforces for referrals, beyond the generic conflict rules:
 * - a referral is created only under a signed, current, unrevoked consent of ITS OWN case that
 *   names the recipient (and for the app channel, the partner organisation), the purpose
 *   and every category, with a package inside those categories (`referralGate`, the same
 *   function the device asks) — else `consent_required`;
 * - afterwards the sender may only withdraw it; answers come from the recipient;
 * - incoming referrals are written by the server; recipients may only set the status and
 *   append reports;
 * - a revocation withdraws the referrals it covers, in the same transaction.
 * `screen` runs before the mutation is decided; `after` only when it was applied or merged,
 * inside the same savepoint, so a failure rolls both back.
 */
export type Screening = {
  reason?: RejectReason;
  after?: (tx: Queryable) => Promise<void>;
};

const NONE: Screening = {};

export async function screenMutation(
  tx: Queryable,
  auth: AuthContext,
  m: Mutation,
  row: RecordRow | undefined,
  now: Date,
): Promise<Screening> {
  switch (m.entity) {
    case 'referral':
      return screenReferral(tx, auth, m, now);
    case 'referral-inbox':
      return screenInboxAnswer(auth, m, row, now);
    case 'consent-revocation':
      return m.kind === 'create' ? { after: (t) => withdrawCovered(t, auth, m, now) } : NONE;
    default:
      return NONE;
  }
}

async function screenReferral(
  tx: Queryable,
  auth: AuthContext,
  m: Mutation,
  now: Date,
): Promise<Screening> {
  if (m.kind === 'delete' || m.kind === 'sign') return { reason: 'server_only' };
  if (m.kind === 'patch') {
    const keys = Object.keys(m.fields);
    const allowed: readonly string[] = SENDER_REFERRAL_PATCH_FIELDS;
    const isWithdrawal =
      keys.every((k) => allowed.includes(k)) &&
      m.fields.state === 'withdrawn' &&
      IsoDateTimeSchema.safeParse(m.fields.withdrawnAt).success &&
      (m.fields.withdrawnReason ?? 'by-sender') === 'by-sender';
    if (!isWithdrawal) return { reason: 'server_only' };
    return { after: (t) => enqueueWithdrawal(t, m.entityId, now) };
  }
  const { state, ...draftFields } = m.fields;
  if (state !== 'sent') return { reason: 'server_only' };
  const parsed = ReferralDraftSchema.safeParse(draftFields);
  if (!parsed.success) return { reason: 'invalid' };
  const draft = parsed.data;
  const caseRows = await tx.query(
    `SELECT 1 FROM records WHERE org_id = $1 AND id = $2 AND entity = 'case' AND NOT deleted`,
    [auth.orgId, draft.caseId],
  );
  if (caseRows.length === 0) return { reason: 'invalid_reference' };
  const { consents, revocations } = await caseConsents(tx, auth.orgId, draft.caseId);
  const gate = referralGate(consents, revocations, draft, germanDay(now));
  if (!gate.ok) return { reason: 'consent_required' };
  if (draft.channel === 'letter') return NONE;
  const target = draft.targetOrgId;
  const orgs = await tx.query<{ id: string; name: string }>(
    'SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])',
    [[auth.orgId, target]],
  );
  const sender = orgs.find((o) => o.id === auth.orgId);
  if (!target || target === auth.orgId || !orgs.some((o) => o.id === target) || !sender) {
    return { reason: 'consent_required' };
  }
  const content = inboxContent(draft, {
    referralId: m.entityId,
    fromOrgId: auth.orgId,
    fromOrgName: sender.name,
    consentValidUntil: gate.state.validUntil,
  });
  return {
    after: (t) =>
      enqueueDelivery(
        t,
        { referralId: m.entityId, senderOrg: auth.orgId, targetOrg: target, at: now },
        content,
      ),
  };
}

/** Exactly the consented package and what the recipient needs to act on it. */
function inboxContent(
  draft: ReferralDraft,
  origin: { referralId: string; fromOrgId: string; fromOrgName: string; consentValidUntil: string },
): IncomingReferralContent {
  return {
    ...origin,
    sentAt: draft.sentAt,
    sentBy: draft.sentBy,
    purpose: draft.purpose,
    categories: draft.categories,
    package: draft.package,
    ...(draft.message ? { message: draft.message } : {}),
    status: 'open',
    reports: [],
  };
}

function screenInboxAnswer(
  auth: AuthContext,
  m: Mutation,
  row: RecordRow | undefined,
  now: Date,
): Screening {
  if (m.kind !== 'patch') return { reason: 'server_only' };
  const allowed: readonly string[] = INBOX_RESPONSE_FIELDS;
  if (Object.keys(m.fields).some((k) => !allowed.includes(k))) return { reason: 'server_only' };
  if (!row || row.deleted) return NONE; // not_found / deleted, decided generically
  const before = IncomingReferralSchema.safeParse(row.data);
  if (!before.success || inboxResponseIssue(before.data, m.fields)) return { reason: 'invalid' };
  const referralId = before.data.referralId;
  return {
    after: async (t) => {
      // The record as applied (a merged patch may have combined two answers).
      const current = IncomingReferralSchema.parse(
        (await loadRecord(t, auth.orgId, row.id))?.data ?? row.data,
      );
      await enqueueResponse(
        t,
        referralId,
        { status: current.status, reports: current.reports, respondedAt: now.toISOString() },
        now,
      );
    },
  };
}

/** The referrals a new revocation covers are withdrawn now, with the revocation. */
async function withdrawCovered(
  tx: Queryable,
  auth: AuthContext,
  m: Extract<Mutation, { kind: 'create' }>,
  now: Date,
): Promise<void> {
  const consentId = m.fields.consentId;
  const scope = RevocationScopeSchema.safeParse(m.fields.scope);
  if (typeof consentId !== 'string' || !scope.success) return;
  const rows = await tx.query<{ id: string; recipient_id: string }>(
    `SELECT id, data->>'recipientId' AS recipient_id FROM records
      WHERE org_id = $1 AND entity = 'referral' AND NOT deleted
        AND data->>'consentId' = $2 AND data->>'state' <> 'withdrawn'`,
    [auth.orgId, consentId],
  );
  for (const row of rows) {
    if (
      !withdrawnBy({ consentId, scope: scope.data }, { consentId, recipientId: row.recipient_id })
    )
      continue;
    await patchAsServer(tx, {
      orgId: auth.orgId,
      id: row.id,
      entity: 'referral',
      fields: {
        state: 'withdrawn',
        withdrawnAt: now.toISOString(),
        withdrawnReason: 'consent-revoked',
      },
      at: now,
      by: auth.userId,
      action: 'referral-withdrawn',
    });
    await enqueueWithdrawal(tx, row.id, now);
  }
}
