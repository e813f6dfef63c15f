// A consent to pass data on (Einwilligungserklärung, Art. 6(1)(a), 7, 9(2)(a), 13 GDPR) or a
// confidentiality waiver (Entbindung von der Schweigepflicht, § 203 StGB). Both are signed
// documents: once signed nothing in them changes. A change is a new version that
// `supersedes` the old one, which stays on file; a withdrawal is a separate, append-only
// revocation (revocation.ts).
import { z } from 'zod';
import { addYears, compareDates, isIsoDate } from '../dates';
import { IsoDateSchema, LanguageSchema } from '../facts/schema';
import { ContentHashSchema, IsoDateTimeSchema } from '../sessions/schema';
import { consentPurposes, dataCategories, recipientKinds, type DataCategory } from './catalog';
import { CONSENT_VALIDATION as V } from './validation';

const text = (max: number, code: string) =>
  z.string({ error: code }).trim().min(1, { error: code }).max(max, { error: code });
const optionalText = (max: number, code: string) =>
  z.string({ error: code }).trim().max(max, { error: code }).optional();
const IdSchema = z.uuid({ error: V.invalid });

export const ConsentRecipientSchema = z.strictObject({
  /** Stable across versions of the consent, so state and referrals can follow a recipient. */
  id: IdSchema,
  kind: z.enum(recipientKinds, { error: V.invalid }),
  /** The organisation or person by name, e.g. "KI Kreis Unna – KIM-Case-Management". */
  name: text(200, V.name),
  /** Address, phone or e-mail, as printed on the form. */
  contact: optionalText(300, V.contact),
  /**
   * The organisation on this Perspektive server the person consented to, when the recipient
   * uses Perspektive: referrals through the app may go to exactly this organisation.
   */
  partnerOrgId: IdSchema.optional(),
});
export type ConsentRecipient = z.infer<typeof ConsentRecipientSchema>;

/** What one recipient may receive and for what: ticked separately per recipient. */
export const ConsentGrantSchema = z.strictObject({
  recipientId: IdSchema,
  purposes: z.array(z.enum(consentPurposes, { error: V.invalid })).min(1, { error: V.purposes }),
  /** Empty for a confidentiality waiver (it releases people, it does not list data). */
  categories: z.array(z.enum(dataCategories, { error: V.invalid })),
  /** One-way (we → recipient) or mutual (both may inform each other). */
  direction: z.enum(['one-way', 'mutual'], { error: V.invalid }),
});
export type ConsentGrant = z.infer<typeof ConsentGrantSchema>;

/** A professional released from confidentiality by a waiver. */
export const ReleasedProfessionalSchema = z.strictObject({
  name: text(120, V.name),
  /** Role and organisation, e.g. "Sozialarbeiterin, Migrationsberatung Caritas". */
  role: text(200, V.name),
});

/** The body responsible for the data (Art. 13(1)(a)–(b) GDPR), printed on every form. */
export const ControllerSchema = z.strictObject({
  name: text(200, V.controller),
  address: text(300, V.controller),
  contact: text(300, V.controller),
  dataProtectionOfficer: text(300, V.controller),
  supervisoryAuthority: text(300, V.controller),
});
export type Controller = z.infer<typeof ControllerSchema>;

/** One block of the text as shown and signed, in one language. */
export const RenderedBlockSchema = z.strictObject({
  kind: z.enum(['title', 'heading', 'paragraph', 'item', 'choice', 'note']),
  text: z.string().max(4000),
});
export type RenderedBlock = z.infer<typeof RenderedBlockSchema>;

const DataUrlPng = z
  .string({ error: V.signature })
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, { error: V.signature })
  .max(60_000, { error: V.signature });
const DataUrlJpeg = z
  .string({ error: V.photo })
  .regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/, { error: V.photo })
  .max(60_000, { error: V.photo });

export const ConsentSignatureSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('drawn'),
    /** Signature of the client (or the legal guardian) drawn on the tablet, PNG. */
    signatory: DataUrlPng,
    /** Optional counter-signature of the counsellor. */
    counsellor: DataUrlPng.optional(),
  }),
  z.strictObject({
    method: z.literal('paper'),
    /** Photo of the form signed on paper (downscaled to fit one sync field). */
    photo: DataUrlJpeg,
  }),
]);
export type ConsentSignature = z.infer<typeof ConsentSignatureSchema>;

const ConsentContentShape = {
  caseId: IdSchema,
  kind: z.enum(['data-consent', 'confidentiality-waiver'], { error: V.invalid }),
  /** Version of the text template (CONSENT_TEMPLATE.version) the text was rendered from. */
  templateVersion: z.string().min(1).max(100),
  /** 1 for a first consent; a new version of the same consent counts up. */
  version: z.number().int().min(1).max(1000),
  supersedes: IdSchema.optional(),
  /** Language of the client copy (BCP 47, a shipped client language). */
  clientLanguage: LanguageSchema,
  /** Name or pseudonym of the person concerned, as printed. */
  personName: text(200, V.name),
  controller: ControllerSchema,
  recipients: z.array(ConsentRecipientSchema).min(1, { error: V.recipients }).max(20),
  grants: z.array(ConsentGrantSchema).max(20),
  /** Waiver only: who is released from professional secrecy. */
  releasedProfessionals: z.array(ReleasedProfessionalSchema).max(20),
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema,
  /** Set when the text was interpreted orally. */
  interpreter: z.strictObject({ name: text(120, V.name), language: LanguageSchema }).optional(),
  /** A minor's consent is given by the legal guardian, who is named. */
  signatory: z.discriminatedUnion('role', [
    z.strictObject({ role: z.literal('person') }),
    z.strictObject({ role: z.literal('guardian'), name: text(120, V.guardianName) }),
  ]),
};

/** Everything the counsellor chooses before the text is rendered and signed. */
export const ConsentChoicesSchema = z.strictObject(ConsentContentShape).superRefine(checkChoices);
export type ConsentChoices = z.infer<typeof ConsentChoicesSchema>;

/**
 * The signed document: choices + the text as shown in both languages + signature. The content
 * hash (SHA-256 of canonical JSON of exactly these fields) is computed by storage and kept
 * beside it; the server checks the same hash when the consent arrives.
 */
export const SignedConsentContentSchema = z
  .strictObject({
    ...ConsentContentShape,
    renderedText: z.strictObject({
      de: z.array(RenderedBlockSchema).min(1, { error: V.renderedText }).max(200),
      client: z.array(RenderedBlockSchema).min(1, { error: V.renderedText }).max(200),
    }),
    signature: ConsentSignatureSchema,
    /** Local time with offset, as the counsellor's tablet showed it. */
    signedAt: IsoDateTimeSchema,
    signedPlace: optionalText(120, V.name),
    /** Counsellor who took the consent. */
    recordedBy: text(200, V.name),
  })
  .superRefine(checkChoices);
export type SignedConsentContent = z.infer<typeof SignedConsentContentSchema>;

export type SignedConsent = SignedConsentContent & { id: string; contentHash: string };
export const ConsentIdentitySchema = z.strictObject({
  id: IdSchema,
  contentHash: ContentHashSchema,
});

/** The signed content of a stored consent: without its id, hash and row metadata. */
export function consentContentOf(
  consent: SignedConsent & { updatedAt?: string },
): SignedConsentContent {
  const content: Partial<SignedConsent & { updatedAt: string }> = { ...consent };
  delete content.id;
  delete content.contentHash;
  delete content.updatedAt;
  return content as SignedConsentContent;
}

/** The longest duration accepted: long consents stop being "specific" (Art. 4(11) GDPR). */
export const MAX_CONSENT_YEARS = 3;

function checkChoices(
  value: z.infer<z.ZodObject<typeof ConsentContentShape>>,
  ctx: z.RefinementCtx,
) {
  const issue = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const ids = value.recipients.map((r) => r.id);
  if (new Set(ids).size !== ids.length) issue(['recipients'], V.duplicateRecipient);
  const names = value.recipients.map((r) => `${r.kind}|${r.name.toLocaleLowerCase('de')}`);
  if (new Set(names).size !== names.length) issue(['recipients'], V.duplicateRecipient);
  const granted = new Set<string>();
  value.grants.forEach((grant, index) => {
    if (!ids.includes(grant.recipientId)) issue(['grants', index], V.grantRecipient);
    if (granted.has(grant.recipientId)) issue(['grants', index], V.grantRecipient);
    granted.add(grant.recipientId);
    if (value.kind === 'data-consent' && grant.categories.length === 0) {
      issue(['grants', index, 'categories'], V.categories);
    }
  });
  value.recipients.forEach((recipient, index) => {
    if (!granted.has(recipient.id)) issue(['recipients', index], V.grantMissing);
  });
  if (value.kind === 'confidentiality-waiver' && value.releasedProfessionals.length === 0) {
    issue(['releasedProfessionals'], V.professionals);
  }
  // Refinements run even when a field already failed its own schema: compare valid dates only.
  if (!isIsoDate(value.validFrom) || !isIsoDate(value.validUntil)) return;
  if (compareDates(value.validFrom, value.validUntil) >= 0) issue(['validUntil'], V.validUntil);
  else if (compareDates(value.validUntil, addYears(value.validFrom, MAX_CONSENT_YEARS)) > 0) {
    issue(['validUntil'], V.validUntilTooLate);
  }
}

/** Categories on the consent that need the explicit Art. 9 wording. */
export function specialCategoriesOf(grants: readonly ConsentGrant[]): DataCategory[] {
  return [...new Set(grants.flatMap((g) => g.categories))].filter((c) => c === 'health');
}
