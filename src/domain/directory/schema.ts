// The support directory ("digital flyer"): offers of counselling and help an organisation
// hands to the people it counsels (issue #9). Public information, no client data. The same
// schema validates the administrator's form, the server's writes and every device's reads.
import { z } from 'zod';
import { addYears, isIsoDate, isOnOrAfter } from '../dates';

/**
 * Kinds of offer. The ids are stored on the server and printed via keys (`flyer:kind.<id>`),
 * so they are APPEND-ONLY: add new kinds at the end, never rename or remove one.
 */
export const SUPPORT_OFFER_KINDS = [
  'migration-counselling',
  'return-counselling',
  'integration-centre',
  'welfare-organisation',
  'volunteer-group',
  'legal-advice',
  'hardship-commission',
  'return-information-portal',
  'country-information',
] as const;
export type SupportOfferKind = (typeof SUPPORT_OFFER_KINDS)[number];

/** Validation codes; they double as i18n keys of the counsellor UI (locales/<lang>/directory.json). */
export const DIRECTORY_VALIDATION = {
  invalid: 'directory:validation.invalid',
  required: 'directory:validation.required',
  tooLong: 'directory:validation.too-long',
  kind: 'directory:validation.kind',
  postcode: 'directory:validation.postcode',
  areas: 'directory:validation.areas',
  phone: 'directory:validation.phone',
  email: 'directory:validation.email',
  web: 'directory:validation.web',
  language: 'directory:validation.language',
  germanDescription: 'directory:validation.german-description',
  date: 'directory:validation.date',
} as const;
const V = DIRECTORY_VALIDATION;

const text = (max: number) =>
  z
    .string({ error: V.required })
    .trim()
    .min(1, { error: V.required })
    .max(max, { error: V.tooLong });

/** A German postcode: exactly five digits. */
export const postcodeSchema = z
  .string({ error: V.postcode })
  .trim()
  .regex(/^\d{5}$/, {
    error: V.postcode,
  });

/** An ISO 639 language code as used for locales (`de`, `ar`, `ckb`). */
export const languageCodeSchema = z
  .string({ error: V.language })
  .regex(/^[a-z]{2,3}$/, { error: V.language });

export const coverageAreaSchema = z.strictObject({
  municipality: text(80),
  postcodes: z.array(postcodeSchema).max(60, { error: V.tooLong }),
});
export type CoverageArea = z.infer<typeof coverageAreaSchema>;

/**
 * Where an offer is for: named municipalities (with their postcodes) or a whole state or
 * the whole country (hardship commission, federal portals).
 */
export const coverageSchema = z.discriminatedUnion(
  'scope',
  [
    z.strictObject({
      scope: z.literal('local'),
      areas: z.array(coverageAreaSchema).min(1, { error: V.areas }).max(60, { error: V.tooLong }),
    }),
    z.strictObject({ scope: z.literal('state') }),
    z.strictObject({ scope: z.literal('federal') }),
  ],
  { error: V.invalid },
);
export type Coverage = z.infer<typeof coverageSchema>;

export const offerAddressSchema = z.strictObject({
  street: text(120),
  postcode: postcodeSchema,
  city: text(80),
});

export const offerContactSchema = z.strictObject({
  phone: z
    .string({ error: V.phone })
    .trim()
    .regex(/^\+?[0-9][0-9 ()/-]{4,28}[0-9]$/, { error: V.phone })
    .optional(),
  email: z.email({ error: V.email }).max(200, { error: V.tooLong }).optional(),
  web: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: V.web })
    .max(300, { error: V.tooLong })
    .optional(),
});

/** Client-facing texts per language; German is required and is the fallback for the others. */
export const offerDescriptionsSchema = z
  .record(languageCodeSchema, text(1_200))
  .refine((d) => typeof d.de === 'string' && d.de.trim() !== '', {
    error: V.germanDescription,
    path: ['de'],
  });

export const supportOfferSchema = z.strictObject({
  id: z.uuid({ error: V.invalid }),
  kind: z.enum(SUPPORT_OFFER_KINDS, { error: V.kind }),
  name: text(160),
  coverage: coverageSchema,
  address: offerAddressSchema.optional(),
  openingHours: z.string().trim().max(300, { error: V.tooLong }).optional(),
  languages: z.array(languageCodeSchema).max(40, { error: V.tooLong }),
  contact: offerContactSchema,
  descriptions: offerDescriptionsSchema,
  /** Example data shipped with the app: every screen and flyer showing it must say so. */
  example: z.boolean(),
  /** When an administrator last checked the offer's details. */
  reviewedOn: z.string().refine(isIsoDate, { error: V.date }),
});
export type SupportOffer = z.infer<typeof supportOfferSchema>;

/** An offer without its id: what the administrator's form and the create request carry. */
export const supportOfferInputSchema = supportOfferSchema.omit({ id: true });
export type SupportOfferInput = z.infer<typeof supportOfferInputSchema>;

/**
 * The description to print in `lang`: the client's language when the offer has it, else the
 * German text, flagged so that the flyer can mark it as German.
 */
export function descriptionFor(
  offer: Pick<SupportOffer, 'descriptions'>,
  lang: string,
): { text: string; lang: string; fallback: boolean } {
  const own = offer.descriptions[lang];
  if (own !== undefined && own.trim() !== '') return { text: own, lang, fallback: false };
  return { text: offer.descriptions.de ?? '', lang: 'de', fallback: lang !== 'de' };
}

/** Offers are reviewed at least yearly; an older `reviewedOn` is shown as due for review. */
export function isOfferReviewDue(offer: Pick<SupportOffer, 'reviewedOn'>, asOf: string): boolean {
  return isOnOrAfter(asOf, addYears(offer.reviewedOn, 1));
}
