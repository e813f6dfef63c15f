// What a new version of a consent changes against the version it replaces, so the text the
// person signs says so, and where a new version starts: only from what is still valid.
import { compareDates, type IsoDate } from '../dates';
import {
  SPECIAL_CATEGORIES,
  type ConsentPurpose,
  type DataCategory,
  type RecipientKind,
} from './catalog';
import { revokedRecipients, type ConsentRevocation } from './revocation';
import type { ConsentChoices, ConsentGrant, SignedConsent } from './schema';

export type ConsentChange =
  | { kind: 'recipient-added'; name: string }
  | { kind: 'recipient-removed'; name: string; revokedOn?: IsoDate }
  | { kind: 'purpose-added' | 'purpose-removed'; name: string; purpose: ConsentPurpose }
  | { kind: 'category-added' | 'category-removed'; name: string; category: DataCategory }
  | { kind: 'direction-changed'; name: string; direction: ConsentGrant['direction'] }
  | { kind: 'released-added' | 'released-removed'; name: string };

/** The version a new one replaces, as its text refers to it. */
export type PreviousVersion = {
  readonly version: number;
  readonly signedOn: IsoDate;
  readonly changes: readonly ConsentChange[];
};

/**
 * The differences of `next` against `previous`, recipient by recipient (matched by their
 * stable id), in the order of the previous document, then the new recipients. A recipient
 * left out because it was revoked says so with the date.
 */
export function consentChanges(
  previous: SignedConsent,
  revocations: readonly ConsentRevocation[],
  next: Pick<ConsentChoices, 'recipients' | 'grants' | 'releasedProfessionals'>,
): ConsentChange[] {
  const revoked = revokedRecipients(previous, revocations);
  const grantOf = (c: Pick<ConsentChoices, 'grants'>, id: string) =>
    c.grants.find((g) => g.recipientId === id);
  const changes: ConsentChange[] = [];
  for (const old of previous.recipients) {
    const now = next.recipients.find((r) => r.id === old.id);
    if (!now) {
      const revokedOn = revoked.get(old.id);
      changes.push({
        kind: 'recipient-removed',
        name: old.name,
        ...(revokedOn ? { revokedOn } : {}),
      });
      continue;
    }
    const before = grantOf(previous, old.id);
    const after = grantOf(next, old.id);
    const name = now.name;
    const diff = <T>(a: readonly T[] = [], b: readonly T[] = []) => ({
      added: b.filter((x) => !a.includes(x)),
      removed: a.filter((x) => !b.includes(x)),
    });
    const purposes = diff(before?.purposes, after?.purposes);
    for (const purpose of purposes.added) changes.push({ kind: 'purpose-added', name, purpose });
    for (const purpose of purposes.removed)
      changes.push({ kind: 'purpose-removed', name, purpose });
    const categories = diff(before?.categories, after?.categories);
    for (const category of categories.added)
      changes.push({ kind: 'category-added', name, category });
    for (const category of categories.removed) {
      changes.push({ kind: 'category-removed', name, category });
    }
    if (after && before?.direction !== after.direction) {
      changes.push({ kind: 'direction-changed', name, direction: after.direction });
    }
  }
  for (const recipient of next.recipients) {
    if (!previous.recipients.some((r) => r.id === recipient.id)) {
      changes.push({ kind: 'recipient-added', name: recipient.name });
    }
  }
  const key = (p: { name: string; role: string }) => `${p.name}\u0000${p.role}`;
  const had = new Set(previous.releasedProfessionals.map(key));
  const has = new Set(next.releasedProfessionals.map(key));
  for (const p of previous.releasedProfessionals) {
    if (!has.has(key(p))) changes.push({ kind: 'released-removed', name: p.name });
  }
  for (const p of next.releasedProfessionals) {
    if (!had.has(key(p))) changes.push({ kind: 'released-added', name: p.name });
  }
  return changes;
}

/** A recipient as a new version starts from it, and what came from the version before. */
export type CarriedRecipient = {
  readonly id: string;
  readonly kind: RecipientKind;
  readonly name: string;
  readonly contact?: string | undefined;
  readonly partnerOrgId?: string | undefined;
  readonly grant: ConsentGrant | undefined;
  /** Special categories (Art. 9) granted before: never carried, they need a fresh tick. */
  readonly special: readonly DataCategory[];
};

export type CarryOver = {
  readonly recipients: readonly CarriedRecipient[];
  /** Left out because revoked (each with the day the revocation arrived). */
  readonly revoked: readonly { name: string; on: IsoDate }[];
  /** The old end date, when it has not passed on `asOf`. */
  readonly validUntil: IsoDate | undefined;
};

/**
 * What a new version may take over from `previous` on `asOf`: the recipients nobody revoked,
 * with their purposes, categories and direction — but never an Art. 9 category, which the
 * person has to tick again explicitly (Art. 9(2)(a) GDPR), and never a revoked recipient.
 */
export function carryOver(
  previous: SignedConsent,
  revocations: readonly ConsentRevocation[],
  asOf: IsoDate,
): CarryOver {
  const revoked = revokedRecipients(previous, revocations);
  const recipients = previous.recipients
    .filter((r) => !revoked.has(r.id))
    .map((r): CarriedRecipient => {
      const grant = previous.grants.find((g) => g.recipientId === r.id);
      return {
        id: r.id,
        kind: r.kind,
        name: r.name,
        contact: r.contact,
        partnerOrgId: r.partnerOrgId,
        grant: grant && {
          ...grant,
          categories: grant.categories.filter((c) => !SPECIAL_CATEGORIES.has(c)),
        },
        special: (grant?.categories ?? []).filter((c) => SPECIAL_CATEGORIES.has(c)),
      };
    });
  return {
    recipients,
    revoked: previous.recipients.flatMap((r) => {
      const on = revoked.get(r.id);
      return on ? [{ name: r.name, on }] : [];
    }),
    validUntil: compareDates(previous.validUntil, asOf) > 0 ? previous.validUntil : undefined,
  };
}
