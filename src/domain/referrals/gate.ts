// The consent gate of referrals: nothing is sent unless a signed, current, unrevoked data
// consent names the recipient (for a partner organisation: that very organisation), the
// purpose and every data category. The device asks before sending; the server asks again
// with its own copy of consents and revocations, so a stale or manipulated device cannot
// send more than was consented.
import type { DataCategory, ConsentPurpose } from '../consents/catalog';
import type { ConsentRevocation } from '../consents/revocation';
import type { SignedConsent } from '../consents/schema';
import { consentStates, SHARING_STATES, type RecipientConsentState } from '../consents/state';
import type { IsoDate } from '../dates';
import { packageWithin, type ReferralPackage } from './package';

export type ReferralRequest = {
  consentId: string;
  recipientId: string;
  channel: 'perspektive' | 'letter';
  targetOrgId?: string | undefined;
  purpose: ConsentPurpose;
  categories: readonly DataCategory[];
  package: ReferralPackage;
};

export type GateRefusal =
  'no-consent' | 'not-current' | 'wrong-organisation' | 'purpose' | 'categories' | 'package';

export type GateResult =
  { ok: true; state: RecipientConsentState } | { ok: false; reason: GateRefusal };

/**
 * Checks a referral against the case's consents and revocations on `asOf`. Only the current
 * version of a consent counts (a superseded one no longer applies).
 */
export function referralGate(
  consents: readonly SignedConsent[],
  revocations: readonly ConsentRevocation[],
  request: ReferralRequest,
  asOf: IsoDate,
): GateResult {
  const state = consentStates(consents, revocations, asOf).find(
    (s) =>
      s.consentId === request.consentId &&
      s.recipient.id === request.recipientId &&
      s.consentKind === 'data-consent',
  );
  if (!state) return { ok: false, reason: 'no-consent' };
  if (!SHARING_STATES.has(state.status)) return { ok: false, reason: 'not-current' };
  if (
    request.channel === 'perspektive' &&
    (state.recipient.partnerOrgId === undefined ||
      state.recipient.partnerOrgId !== request.targetOrgId)
  ) {
    return { ok: false, reason: 'wrong-organisation' };
  }
  if (!state.purposes.includes(request.purpose)) return { ok: false, reason: 'purpose' };
  if (!request.categories.every((c) => state.categories.includes(c))) {
    return { ok: false, reason: 'categories' };
  }
  if (!packageWithin(request.package, request.categories)) return { ok: false, reason: 'package' };
  return { ok: true, state };
}

/** Recipients a referral may go to now: current data consents with at least one purpose. */
export function referableRecipients(
  consents: readonly SignedConsent[],
  revocations: readonly ConsentRevocation[],
  asOf: IsoDate,
): RecipientConsentState[] {
  return consentStates(consents, revocations, asOf).filter(
    (s) => s.consentKind === 'data-consent' && SHARING_STATES.has(s.status),
  );
}

/**
 * Referrals a revocation withdraws: those under that consent whose recipient it names (or
 * all, for a whole withdrawal). Used by the server when the revocation arrives.
 */
export function withdrawnBy(
  revocation: Pick<ConsentRevocation, 'consentId' | 'scope'>,
  referral: { consentId: string; recipientId: string },
): boolean {
  if (revocation.consentId !== referral.consentId) return false;
  return (
    revocation.scope.kind === 'all' || revocation.scope.recipientIds.includes(referral.recipientId)
  );
}
