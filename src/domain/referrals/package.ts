// The data a referral carries: only the sections of the categories consented to. Composed on
// the counsellor's device, checked there and again on the server (packageCategories), so a
// referral can never carry more than the signed consent allows.
import { z } from 'zod';
import type { CaseRecord } from '../cases/schema';
import { dataCategories, type DataCategory } from '../consents/catalog';
import { CaseFactsSchema, IsoDateSchema, type CaseFacts } from '../facts/schema';
import type { PathwayAssessment } from '../rules/types';
import { AgreedActionSchema, type ConversationSession } from '../sessions/schema';
import { agreedActionsOf } from '../sessions/followUps';
import { CATEGORY_FACTS, categoryOfFact } from './categoryFields';
import { REFERRAL_VALIDATION as V } from './validation';

const ReferralActionSchema = z.strictObject({
  actionKey: z.string().min(1).max(200).optional(),
  text: z.string().max(1000).optional(),
  responsible: AgreedActionSchema.shape.responsible,
  dueDate: IsoDateSchema.optional(),
});

export const ReferralPackageSchema = z.strictObject({
  /** identity-contact: who the person is. */
  person: z
    .strictObject({
      displayName: z.string().trim().min(1).max(120),
      pseudonymised: z.boolean(),
    })
    .optional(),
  /** identity-contact: how to reach the person, typed for this referral. */
  contact: z.string({ error: V.contact }).trim().min(1, { error: V.contact }).max(300).optional(),
  /** residence-status: the foreigners' authority's file number. */
  fileNumber: z.string().trim().min(1).max(60).optional(),
  /** Facts of the consented categories only (the server checks every key). */
  facts: CaseFactsSchema.optional(),
  /** counselling-results: the outcome of the latest conversation. */
  counselling: z
    .strictObject({
      sessionDate: IsoDateSchema,
      pathways: z
        .array(
          z.strictObject({
            pathwayId: z.string().min(1).max(80),
            status: z.enum(['likely', 'possible', 'not-met', 'unknown', 'expired']),
          }),
        )
        .max(50),
      openActions: z.array(ReferralActionSchema).max(50),
    })
    .optional(),
});
export type ReferralPackage = z.infer<typeof ReferralPackageSchema>;

/** Marker for data no category may carry (criminal-law facts, unknown fact names). */
export const FORBIDDEN = 'forbidden' as const;

/** The categories a package's content belongs to (plus FORBIDDEN for data no consent covers). */
export function packageCategories(pkg: ReferralPackage): Set<DataCategory | typeof FORBIDDEN> {
  const used = new Set<DataCategory | typeof FORBIDDEN>();
  if (pkg.person !== undefined || pkg.contact !== undefined) used.add('identity-contact');
  if (pkg.fileNumber !== undefined) used.add('residence-status');
  // Keys with an undefined value carry nothing (JSON drops them on the wire).
  const facts: Record<string, unknown> = pkg.facts ?? {};
  for (const [field, value] of Object.entries(facts)) {
    if (value !== undefined) used.add(categoryOfFact(field) ?? FORBIDDEN);
  }
  if (pkg.counselling !== undefined) used.add('counselling-results');
  return used;
}

/** True when the package carries nothing outside `allowed`. */
export function packageWithin(pkg: ReferralPackage, allowed: readonly DataCategory[]): boolean {
  return [...packageCategories(pkg)].every((c) => c !== FORBIDDEN && allowed.includes(c));
}

export type PackageSource = {
  caseRecord: CaseRecord;
  /** The latest finalised conversation and the engine's pathways of that day, if any. */
  latest?: { session: ConversationSession; pathways: readonly PathwayAssessment[] };
  contact?: string;
};

/** Builds the package for `categories` (ordered and de-duplicated by the catalogue). */
export function composeReferralPackage(
  source: PackageSource,
  categories: readonly DataCategory[],
): ReferralPackage {
  const chosen = dataCategories.filter((c) => categories.includes(c));
  const pkg: ReferralPackage = {};
  const facts: Partial<Record<keyof CaseFacts, unknown>> = {};
  for (const category of chosen) {
    for (const field of CATEGORY_FACTS[category]) {
      const value = source.caseRecord.facts[field];
      if (value !== undefined) facts[field] = value;
    }
  }
  if (chosen.includes('identity-contact')) {
    const { displayName, pseudonymised } = source.caseRecord.profile;
    pkg.person = { displayName, pseudonymised };
    const contact = source.contact?.trim();
    if (contact) pkg.contact = contact;
  }
  const fileNumber = source.caseRecord.profile.fileNumber?.trim();
  if (chosen.includes('residence-status') && fileNumber) pkg.fileNumber = fileNumber;
  if (Object.keys(facts).length > 0) pkg.facts = facts as CaseFacts;
  if (chosen.includes('counselling-results') && source.latest) {
    const { session, pathways } = source.latest;
    pkg.counselling = {
      sessionDate: session.asOf,
      pathways: pathways
        .filter((p) => p.status === 'likely' || p.status === 'possible')
        .map((p) => ({ pathwayId: p.pathwayId, status: p.status })),
      openActions: agreedActionsOf(session.answers)
        .filter((a) => a.done !== true)
        .map((a) => ({
          ...(a.actionKey !== undefined ? { actionKey: a.actionKey } : {}),
          ...(a.text ? { text: a.text } : {}),
          responsible: a.responsible,
          ...(a.dueDate !== undefined ? { dueDate: a.dueDate } : {}),
        })),
    };
  }
  return pkg;
}
