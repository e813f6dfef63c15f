// The fixed vocabulary of a consent: who may receive data, for what and which data.
// Ids are stable (they are stored in signed consents and referred to by referrals);
// their texts live in locales/<lang>/consent.json (`recipientKind.*`, `purpose.*`,
// `category.*`). Add values, never rename or remove one that has shipped.

/** Kinds of recipient named on a consent (seed 002, Anlage 3; domain.md section 4). */
export const recipientKinds = [
  'integration-centre',
  'welfare-organisation',
  'migration-counselling',
  'return-counselling',
  'volunteer',
  'authorised-representative',
  'legal-advice',
  'other',
] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** Purposes of passing data on: what the recipient is to help with. */
export const consentPurposes = [
  'passport-procurement',
  'language-course',
  'work-training',
  'school-education',
  'return-counselling',
  'social-counselling',
  'housing',
  'health-care',
  'legal-advice',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/**
 * Categories of data. `health` is a special category (Art. 9 GDPR): it needs an explicit,
 * separately ticked consent, and the form says so next to it.
 */
export const dataCategories = [
  'identity-contact',
  'residence-status',
  'identity-documents',
  'family',
  'education-work',
  'counselling-results',
  'health',
] as const;
export type DataCategory = (typeof dataCategories)[number];

export const SPECIAL_CATEGORIES: ReadonlySet<DataCategory> = new Set<DataCategory>(['health']);

/** Ways a revocation reaches the organisation; it must be as easy as giving consent. */
export const revocationChannels = ['in-person', 'letter', 'email', 'phone', 'other'] as const;
export type RevocationChannel = (typeof revocationChannels)[number];
