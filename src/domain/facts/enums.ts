// Value sets used by CaseFacts. Each set that can be "not known yet" includes 'unknown' so a
// form can record "asked, but the person does not know" explicitly; a missing value means
// "not asked yet". The engine treats both the same: unknown → ask, never guess.
import { z } from 'zod';
import { VALIDATION } from './validation';

const option = { error: VALIDATION.option };

export const yesNoUnknownValues = ['yes', 'no', 'unknown'] as const;
export const YesNoUnknown = z.enum(yesNoUnknownValues, option);
export type YesNoUnknown = z.infer<typeof YesNoUnknown>;

/** Residence statuses a period of the status history can have. */
export const residenceStatusValues = [
  /** Aufenthaltsgestattung: asylum procedure pending. */
  'gestattung',
  /** Duldung under § 60a AufenthG. */
  'duldung-60a',
  /** "Duldung light" for persons with unclear identity (§ 60b AufenthG). */
  'duldung-60b',
  /** Ausbildungsduldung (§ 60c AufenthG). */
  'ausbildungsduldung-60c',
  /** Beschäftigungsduldung (§ 60d AufenthG). */
  'beschaeftigungsduldung-60d',
  /** Chancen-Aufenthaltsrecht (§ 104c AufenthG, old version until 31.12.2025). */
  'permit-104c',
  /** Enforceably obliged to leave, with no Duldung (e.g. a Grenzübertrittsbescheinigung). */
  'obliged-to-leave-without-duldung',
  /** Any other residence permit (e.g. §§ 16g, 19d, 25a, 25b, 25 Abs. 5). */
  'permit-other',
] as const;
export const ResidenceStatus = z.enum(residenceStatusValues, option);
export type ResidenceStatus = z.infer<typeof ResidenceStatus>;

export const CurrentStatus = z.enum([...residenceStatusValues, 'unknown'], option);
export type CurrentStatus = z.infer<typeof CurrentStatus>;

export const passportStatusValues = ['valid', 'expired', 'none', 'applied', 'unknown'] as const;
export const PassportStatus = z.enum(passportStatusValues, option);
export type PassportStatus = z.infer<typeof PassportStatus>;

/** Reasonable passport-procurement steps (§ 60b Abs. 3 AufenthG), for documentation. */
export const passportStepValues = [
  'embassy-application',
  'embassy-appearance',
  'voluntariness-declaration',
  'honour-declaration',
  'fees-paid',
  'documents-from-home-country',
  'steps-repeated-on-request',
] as const;
export const PassportStep = z.enum(passportStepValues, option);
export type PassportStep = z.infer<typeof PassportStep>;

export const qualificationValues = [
  'none',
  'school-leaving-certificate',
  'vocational-qualification',
  'university-degree',
  'unknown',
] as const;
export const Qualification = z.enum(qualificationValues, option);
export type Qualification = z.infer<typeof Qualification>;

export const trainingStatusValues = [
  'none',
  'seeking',
  'contract-signed',
  'started',
  'completed',
  'unknown',
] as const;
export const TrainingStatus = z.enum(trainingStatusValues, option);
export type TrainingStatus = z.infer<typeof TrainingStatus>;

export const trainingTypeValues = [
  /** State-recognised qualified vocational training of at least two years. */
  'qualified',
  /** Assistant/helper training in a shortage occupation with a follow-on training offer. */
  'assistant-shortage',
  'other',
  'unknown',
] as const;
export const TrainingType = z.enum(trainingTypeValues, option);
export type TrainingType = z.infer<typeof TrainingType>;

export const livelihoodValues = ['fully', 'predominantly', 'no', 'unknown'] as const;
export const Livelihood = z.enum(livelihoodValues, option);
export type Livelihood = z.infer<typeof Livelihood>;

/** Oral German level (CEFR). Order matters: see {@link germanLevelRank}. */
export const germanLevelValues = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'unknown'] as const;
export const GermanLevel = z.enum(germanLevelValues, option);
export type GermanLevel = z.infer<typeof GermanLevel>;

export const integrationCourseValues = [
  'not-obliged',
  'completed',
  'attending',
  'obliged-not-attending',
  'unknown',
] as const;
export const IntegrationCourse = z.enum(integrationCourseValues, option);
export type IntegrationCourse = z.infer<typeof IntegrationCourse>;

export const familyTieKindValues = [
  /** Married to a German citizen (§ 28 AufenthG). */
  'spouse-german',
  /** Married to a foreigner holding a residence permit (§ 30 AufenthG). */
  'spouse-with-permit',
  /** Parent of a German minor child (§ 28 AufenthG). */
  'parent-of-german-child',
  /** Parent of a minor child holding a residence permit. */
  'parent-of-child-with-permit',
  /** Minor child of a parent with a residence permit (§ 32 AufenthG). */
  'minor-child-of-resident',
  /** Other relatives who depend on the person or on whom the person depends (§ 36). */
  'other-relatives',
] as const;
export const FamilyTieKind = z.enum(familyTieKindValues, option);
export type FamilyTieKind = z.infer<typeof FamilyTieKind>;

export const asylumDecisionValues = [
  'none-filed',
  'pending',
  'rejected-unfounded',
  'rejected-manifestly-unfounded',
  'rejected-inadmissible',
  'withdrawn',
  /** Withdrawn after BAMF counselling (§ 24 Abs. 1 AsylG): exempt from the § 60a Abs. 6 ban. */
  'withdrawn-after-counselling',
  'protection-granted',
  'unknown',
] as const;
export const AsylumDecision = z.enum(asylumDecisionValues, option);
export type AsylumDecision = z.infer<typeof AsylumDecision>;

export const proceedingKindValues = [
  'court',
  'follow-up-application',
  'petition',
  'hardship-commission',
] as const;
export const ProceedingKind = z.enum(proceedingKindValues, option);
export type ProceedingKind = z.infer<typeof ProceedingKind>;

/**
 * Residence title of the family member a family right derives from (spouse, parent or
 * child): § 29 Abs. 3 AufenthG limits reunification for humanitarian titles, and § 104
 * Abs. 14 suspends it for holders of subsidiary protection until 23.07.2027.
 */
export const familyReferenceTitleValues = [
  /** German citizen (§ 28 AufenthG). */
  'german',
  /** Niederlassungserlaubnis or Daueraufenthalt-EU. */
  'settlement',
  /** Asylum or refugee status (§ 25 Abs. 1, Abs. 2 S. 1 Alt. 1 AufenthG). */
  'asylum-or-refugee',
  /** Subsidiary protection (§ 25 Abs. 2 S. 1 Alt. 2 AufenthG). */
  'subsidiary-protection',
  /** Other humanitarian titles (e.g. §§ 22, 23, 25 Abs. 3–5, 25a, 25b, 104c): § 29 Abs. 3. */
  'humanitarian-other',
  /** Titles for work, study, training or family. */
  'other-permit',
  /** No title (Duldung, Gestattung). */
  'no-title',
  'unknown',
] as const;
export const FamilyReferenceTitle = z.enum(familyReferenceTitleValues, option);
export type FamilyReferenceTitle = z.infer<typeof FamilyReferenceTitle>;

/**
 * Concrete measures to end the stay already taken (§ 60c Abs. 2 Nr. 5 AufenthG lists most of
 * them; they bar the Ausbildungsduldung when they precede the application).
 */
export const terminationMeasureValues = [
  /** a) a medical examination of fitness to travel was arranged. */
  'travel-fitness-exam',
  /** b) an application for state-funded voluntary departure (REAG/GARP, StarthilfePlus). */
  'return-application',
  /** c) transport for the deportation is being booked. */
  'transport-booked',
  /** e) a Dublin/AMMR procedure to determine the responsible member state was started. */
  'dublin-transfer',
  /** d) passport procurement initiated by the authority (courts differ: BayVGH 10 CE 19.204). */
  'passport-procurement-by-authority',
  /** d) other comparably concrete preparations for the deportation. */
  'other-preparation',
] as const;
export const TerminationMeasure = z.enum(terminationMeasureValues, option);
export type TerminationMeasure = z.infer<typeof TerminationMeasure>;

export const departurePossibleValues = ['yes', 'no-legal', 'no-factual', 'unknown'] as const;
export const DeparturePossible = z.enum(departurePossibleValues, option);
export type DeparturePossible = z.infer<typeof DeparturePossible>;

/** Pathways for which an application can be recorded (to keep the "filed before" dates). */
export const applicationKindValues = [
  'aufenthg-25a',
  'aufenthg-25b',
  'aufenthg-104c',
  'aufenthg-60c',
  'aufenthg-16g',
  'aufenthg-60d',
  'aufenthg-19d',
  'aufenthg-23a',
  'aufenthg-25-5',
  'family',
] as const;
export const ApplicationKind = z.enum(applicationKindValues, option);
export type ApplicationKind = z.infer<typeof ApplicationKind>;
