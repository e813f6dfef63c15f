// The consent state of a case at a glance, derived from the signed documents and the
// revocations, never stored: a revocation or a new version changes it without touching
// what was signed.
import { addDays, compareDates, type IsoDate } from '../dates';
import type { ConsentPurpose, DataCategory } from './catalog';
import { revokedRecipients, type ConsentRevocation } from './revocation';
import type { ConsentRecipient, SignedConsent } from './schema';

export type RecipientConsentStatus =
  'active' | 'expiring' | 'expired' | 'revoked' | 'not-yet-valid';

export type RecipientConsentState = {
  recipient: ConsentRecipient;
  consentId: string;
  consentKind: SignedConsent['kind'];
  version: number;
  status: RecipientConsentStatus;
  purposes: readonly ConsentPurpose[];
  categories: readonly DataCategory[];
  direction: 'one-way' | 'mutual';
  validFrom: IsoDate;
  validUntil: IsoDate;
  revokedOn?: IsoDate;
};

/** Consents flagged as ending soon this many days before `validUntil`. */
export const EXPIRING_WITHIN_DAYS = 30;

/** The consents no later version replaces (the old versions stay on file, but do not count). */
export function currentConsents<T extends Pick<SignedConsent, 'id' | 'supersedes'>>(
  consents: readonly T[],
): T[] {
  const replaced = new Set(consents.map((c) => c.supersedes).filter((id) => id !== undefined));
  return consents.filter((c) => !replaced.has(c.id));
}

/** The ids of consents replaced by a later version. */
export function isSuperseded(consent: SignedConsent, all: readonly SignedConsent[]): boolean {
  return all.some((c) => c.supersedes === consent.id);
}

/**
 * One row per recipient of every current consent: whether data may flow to them on `asOf`.
 * `validUntil` is the last day of validity (inclusive). Sorted by recipient name.
 */
export function consentStates(
  consents: readonly SignedConsent[],
  revocations: readonly ConsentRevocation[],
  asOf: IsoDate,
): RecipientConsentState[] {
  const rows: RecipientConsentState[] = [];
  for (const consent of currentConsents(consents)) {
    const revoked = revokedRecipients(consent, revocations);
    for (const recipient of consent.recipients) {
      const grant = consent.grants.find((g) => g.recipientId === recipient.id);
      const revokedOn = revoked.get(recipient.id);
      rows.push({
        recipient,
        consentId: consent.id,
        consentKind: consent.kind,
        version: consent.version,
        status: statusOn(consent, revokedOn, asOf),
        purposes: grant?.purposes ?? [],
        categories: grant?.categories ?? [],
        direction: grant?.direction ?? 'one-way',
        validFrom: consent.validFrom,
        validUntil: consent.validUntil,
        ...(revokedOn !== undefined ? { revokedOn } : {}),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      a.recipient.name.localeCompare(b.recipient.name, 'de') ||
      a.consentKind.localeCompare(b.consentKind),
  );
}

function statusOn(
  consent: SignedConsent,
  revokedOn: IsoDate | undefined,
  asOf: IsoDate,
): RecipientConsentStatus {
  if (revokedOn !== undefined && compareDates(revokedOn, asOf) <= 0) return 'revoked';
  if (compareDates(asOf, consent.validFrom) < 0) return 'not-yet-valid';
  if (compareDates(asOf, consent.validUntil) > 0) return 'expired';
  if (compareDates(addDays(asOf, EXPIRING_WITHIN_DAYS), consent.validUntil) >= 0) return 'expiring';
  return 'active';
}

/** Data may flow under a consent in these states. */
export const SHARING_STATES: ReadonlySet<RecipientConsentStatus> = new Set(['active', 'expiring']);

/**
 * Whether a data consent on `asOf` covers passing `categories` to the recipient for
 * `purpose`. Referrals (issue #9) ask this before anything is sent.
 */
export function consentCovers(
  states: readonly RecipientConsentState[],
  request: { recipientId: string; purpose: ConsentPurpose; categories: readonly DataCategory[] },
): RecipientConsentState | undefined {
  return states.find(
    (s) =>
      s.consentKind === 'data-consent' &&
      s.recipient.id === request.recipientId &&
      SHARING_STATES.has(s.status) &&
      s.purposes.includes(request.purpose) &&
      request.categories.every((c) => s.categories.includes(c)),
  );
}
