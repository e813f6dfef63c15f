// Withdrawal of a consent (Art. 7(3) GDPR): effective for the future, recorded as an
// append-only event. The signed consent is not touched; its state is derived (state.ts).
import { z } from 'zod';
import { compareDates, type IsoDate } from '../dates';
import { IsoDateSchema } from '../facts/schema';
import { IsoDateTimeSchema } from '../sessions/schema';
import { revocationChannels } from './catalog';
import type { SignedConsent } from './schema';
import { CONSENT_VALIDATION as V } from './validation';

const IdSchema = z.uuid({ error: V.invalid });

export const RevocationScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  /** Only some recipients: the consent stays in force for the others. */
  z.strictObject({
    kind: z.literal('recipients'),
    recipientIds: z.array(IdSchema).min(1, { error: V.revocationScope }).max(20),
  }),
]);
export type RevocationScope = z.infer<typeof RevocationScopeSchema>;

export const ConsentRevocationSchema = z.strictObject({
  caseId: IdSchema,
  consentId: IdSchema,
  scope: RevocationScopeSchema,
  /** The day the withdrawal reached the organisation; it takes effect from then on. */
  receivedOn: IsoDateSchema,
  receivedVia: z.enum(revocationChannels, { error: V.invalid }),
  recordedBy: z.string({ error: V.name }).trim().min(1, { error: V.name }).max(200),
  recordedAt: IsoDateTimeSchema,
  note: z.string({ error: V.invalid }).trim().max(1000, { error: V.invalid }).optional(),
});
export type ConsentRevocationContent = z.infer<typeof ConsentRevocationSchema>;
export type ConsentRevocation = ConsentRevocationContent & { id: string };

export type RevocationIssue = { path: string; code: string };

/**
 * Checks a new revocation against the consent and the revocations already recorded, on the
 * day `asOf`. Pure: storage calls it before writing and the form shows its codes.
 */
export function revocationIssues(
  consent: SignedConsent,
  existing: readonly ConsentRevocation[],
  input: ConsentRevocationContent,
  asOf: IsoDate,
): RevocationIssue[] {
  const issues: RevocationIssue[] = [];
  if (input.consentId !== consent.id || input.caseId !== consent.caseId) {
    issues.push({ path: 'consentId', code: V.invalid });
  }
  if (compareDates(input.receivedOn, asOf) > 0) {
    issues.push({ path: 'receivedOn', code: V.revocationFuture });
  }
  if (compareDates(input.receivedOn, consent.signedAt.slice(0, 10)) < 0) {
    issues.push({ path: 'receivedOn', code: V.revocationBeforeSigning });
  }
  const known = new Set(consent.recipients.map((r) => r.id));
  const revoked = revokedRecipients(consent, existing);
  if (input.scope.kind === 'recipients') {
    if (input.scope.recipientIds.some((id) => !known.has(id))) {
      issues.push({ path: 'scope', code: V.revocationScope });
    }
    if (input.scope.recipientIds.every((id) => revoked.has(id))) {
      issues.push({ path: 'scope', code: V.alreadyRevoked });
    }
  } else if (revoked.size === known.size) {
    issues.push({ path: 'scope', code: V.alreadyRevoked });
  }
  return issues;
}

/** Recipient ids of `consent` withdrawn by any of `revocations` (with the first date). */
export function revokedRecipients(
  consent: SignedConsent,
  revocations: readonly ConsentRevocation[],
): Map<string, IsoDate> {
  const result = new Map<string, IsoDate>();
  const ordered = revocations
    .filter((r) => r.consentId === consent.id)
    .sort((a, b) => compareDates(a.receivedOn, b.receivedOn));
  for (const revocation of ordered) {
    const ids =
      revocation.scope.kind === 'all'
        ? consent.recipients.map((r) => r.id)
        : revocation.scope.recipientIds;
    for (const id of ids) if (!result.has(id)) result.set(id, revocation.receivedOn);
  }
  return result;
}
