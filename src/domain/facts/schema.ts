// CaseFacts: what the conversation needs to know about the person's situation.
//
// Every field is optional: a missing field means "not asked yet", and most enums also carry
// an explicit 'unknown' ("asked, the person does not know"). The engine treats both as
// unknown and answers "ask" instead of guessing. For yes/no facts with a list of details
// (family ties, proceedings) the yes/no field says whether there are any and the list says
// which; an empty list alone never means "none".
import { z } from 'zod';
import { isIsoDate, isOnOrBefore } from '../dates';
import {
  ApplicationKind,
  AsylumDecision,
  CurrentStatus,
  DeparturePossible,
  FamilyReferenceTitle,
  FamilyTieKind,
  GermanLevel,
  IntegrationCourse,
  Livelihood,
  PassportStatus,
  PassportStep,
  ProceedingKind,
  Qualification,
  ResidenceStatus,
  TerminationMeasure,
  TrainingStatus,
  TrainingType,
  YesNoUnknown,
} from './enums';
import { VALIDATION } from './validation';

/** A calendar date `YYYY-MM-DD` that exists (no 2023-02-29). */
export const IsoDateSchema = z.string({ error: VALIDATION.date }).refine(isIsoDate, {
  error: VALIDATION.date,
});

const count = z
  .number({ error: VALIDATION.nonNegativeInteger })
  .int({ error: VALIDATION.nonNegativeInteger })
  .nonnegative({ error: VALIDATION.nonNegativeInteger });

/** ISO 3166-1 alpha-2 code (upper case), 'stateless', or 'unknown'. */
export const NationalitySchema = z
  .string({ error: VALIDATION.nationality })
  .refine((v) => /^[A-Z]{2}$/.test(v) || v === 'stateless' || v === 'unknown', {
    error: VALIDATION.nationality,
  });

/** A language tag such as `ar`, `fa-AF`, `ckb` (ISO 639 plus optional region or script). */
export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: VALIDATION.language });

/** One period of the residence-status history. `from` and `until` are inclusive. */
export const StatusPeriodSchema = z
  .strictObject({
    status: ResidenceStatus,
    from: IsoDateSchema,
    /** Last day of the period; omitted while the period is ongoing. */
    until: IsoDateSchema.optional(),
  })
  .refine((p) => p.until === undefined || !isIsoDate(p.from) || isOnOrBefore(p.from, p.until), {
    error: VALIDATION.periodOrder,
    path: ['until'],
  });
export type StatusPeriod = z.infer<typeof StatusPeriodSchema>;

/** An application already filed with the authority, so "filed before" deadlines can be checked. */
export const FiledApplicationSchema = z.strictObject({
  kind: ApplicationKind,
  filedOn: IsoDateSchema,
});
export type FiledApplication = z.infer<typeof FiledApplicationSchema>;

export const CaseFactsSchema = z.strictObject({
  // ── Person ──────────────────────────────────────────────────────────────────────────
  /** Date of birth. Drives age limits (§ 25a: application before the 27th birthday). */
  birthDate: IsoDateSchema.optional(),
  /** Nationality: ISO 3166-1 alpha-2, 'stateless' or 'unknown'. Drives return-programme hints. */
  nationality: NationalitySchema.optional(),
  /** Languages the person speaks (for interpreter and handouts). Not used by the rules. */
  languages: z.array(LanguageSchema).optional(),

  // ── Residence ───────────────────────────────────────────────────────────────────────
  /** Date of first entry into Germany. §§ 60c/60d identity deadlines and § 60d cut-off. */
  firstEntryDate: IsoDateSchema.optional(),
  /** Status today. Authoritative for "is the person tolerated now?"; history is for durations. */
  currentStatus: CurrentStatus.optional(),
  /**
   * Status periods since entry, oldest first. A stretch that no period covers (between
   * `firstEntryDate` and the first period, or between two periods) is unrecorded, not a
   * break: durations that need it become unknown with a question about that stretch.
   * Periods ending before `asOf` with nothing after them make durations unknown too.
   */
  statusHistory: z.array(StatusPeriodSchema).optional(),
  /**
   * Last day of validity of the current residence permit (§ 104c or another). For a § 104c
   * holder it is the personal deadline: only an application filed while the permit is valid
   * keeps the stay lawful (§ 81 Abs. 4 AufenthG).
   */
  permitValidUntil: IsoDateSchema.optional(),
  /**
   * Whether the authority has ORDERED a residence restriction under § 61 Abs. 1c AufenthG
   * (the statutory Land restriction ends after three months, § 61 Abs. 1b).
   */
  residenceRestrictionOrdered: YesNoUnknown.optional(),
  /** Departure deadline (Ausreisefrist) set by the authority, if any. */
  departureDeadline: IsoDateSchema.optional(),
  /** Whether a deportation date has already been fixed (excludes § 23a, raises detention risk). */
  deportationDateFixed: YesNoUnknown.optional(),
  /** Whether concrete measures to end the stay have been taken (§ 60c Abs. 2 Nr. 5 AufenthG). */
  terminationMeasuresTaken: YesNoUnknown.optional(),
  /** Which measures (only meaningful when terminationMeasuresTaken = 'yes'). */
  terminationMeasureKinds: z.array(TerminationMeasure).optional(),
  /** Whether the person could leave: legally and factually (travel documents, routes). */
  departurePossible: DeparturePossible.optional(),
  /** If departure is impossible: is the obstacle expected to last (not end soon)? § 25 Abs. 5. */
  obstacleLongTerm: YesNoUnknown.optional(),
  /**
   * SENSITIVE (health, Art. 9 GDPR): whether the person is fit to travel. Record only what is
   * needed; details belong in medical documents, not here.
   */
  fitToTravel: YesNoUnknown.optional(),

  // ── Identity and passport ───────────────────────────────────────────────────────────
  /** Whether the authority regards identity (and nationality) as clarified. */
  identityClarified: YesNoUnknown.optional(),
  /** When identity was clarified (for the §§ 60c/60d deadlines). */
  identityClarifiedOn: IsoDateSchema.optional(),
  /**
   * Whether deportation currently fails because of the person's OWN false statements or
   * deception about identity or nationality. Parents' deception does not count for a child.
   */
  ownIdentityDeception: YesNoUnknown.optional(),
  /** Passport situation. */
  passportStatus: PassportStatus.optional(),
  /** Passport-procurement steps already taken (documentation; § 60b Abs. 3). */
  passportStepsTaken: z.array(PassportStep).optional(),
  /** Whether ALL reasonable passport-procurement steps have been taken (§ 60b Abs. 2–3). */
  reasonableStepsTaken: YesNoUnknown.optional(),

  // ── Education and work ──────────────────────────────────────────────────────────────
  /** Years of successful school attendance in Germany (§ 25a). */
  schoolYearsInGermany: count.optional(),
  /** Highest school, vocational or university qualification obtained in Germany. */
  qualificationInGermany: Qualification.optional(),
  /** Currently in school, vocational training or university (benefits no bar for § 25a). */
  inEducation: YesNoUnknown.optional(),
  /** Vocational training (Ausbildung) status. */
  trainingStatus: TrainingStatus.optional(),
  /** Kind of training (qualified or assistant training in a shortage occupation). */
  trainingType: TrainingType.optional(),
  /** Start date of the training (to see whether it began under a Gestattung). */
  trainingStartDate: IsoDateSchema.optional(),
  /** Agreed weekly working hours in the current job. */
  employmentHoursPerWeek: z
    .number({ error: VALIDATION.hoursPerWeek })
    .nonnegative({ error: VALIDATION.hoursPerWeek })
    .max(80, { error: VALIDATION.hoursPerWeek })
    .optional(),
  /** Months of employment so far at those hours (§ 60d pre-employment period). */
  employmentMonths: count.optional(),
  /** Whether the employment is subject to social insurance (sozialversicherungspflichtig). */
  employmentSubjectToSocialInsurance: YesNoUnknown.optional(),
  /** Months of employment matching the person's qualification (§ 19d). */
  qualifiedEmploymentMonths: count.optional(),
  /** Whether a foreign degree has been recognised in Germany (§ 19d Abs. 1 Nr. 1 b). */
  foreignDegreeRecognised: YesNoUnknown.optional(),
  /** Public benefits (other than housing costs) received during the last year (§ 19d c). */
  publicBenefitsLastYear: YesNoUnknown.optional(),
  /** Whether the person currently receives AsylbLG benefits (REAG/GARP eligibility, § 1a). */
  receivesAsylblgBenefits: YesNoUnknown.optional(),
  /** Whether living costs are secured by the person's own income. */
  livelihoodSecured: Livelihood.optional(),
  /** Whether the person has adequate housing (§ 19d). */
  adequateHousing: YesNoUnknown.optional(),
  /** Oral German level (CEFR). */
  germanLevel: GermanLevel.optional(),
  /** Integration course situation (§ 60d: course completed if obliged). */
  integrationCourse: IntegrationCourse.optional(),

  // ── Family ──────────────────────────────────────────────────────────────────────────
  /** Number of minor children living in the household (0 = none). */
  minorChildrenInHousehold: count.optional(),
  /** Whether the children of school age actually attend school. */
  childrenAttendSchool: YesNoUnknown.optional(),
  /** Whether there are family ties in Germany that might support a stay. */
  familyTiesInGermany: YesNoUnknown.optional(),
  /** Which family ties (only meaningful when familyTiesInGermany = 'yes'). */
  familyTieKinds: z.array(FamilyTieKind).optional(),
  /** Residence title of the spouse, parent or child the family right derives from. */
  familyReferenceTitle: FamilyReferenceTitle.optional(),
  /** Whether the tie arose in Germany (marriage or child's birth here; § 39 S. 1 Nr. 5 AufenthV). */
  familyTieArisenInGermany: YesNoUnknown.optional(),

  // ── Convictions (criminal data, Art. 10 GDPR) ────────────────────────────────────────
  /** Whether there are criminal convictions in Germany. */
  hasConvictions: YesNoUnknown.optional(),
  /** Total daily rates (Tagessätze) of fines, summed over all convictions. */
  convictionDailyRates: count.optional(),
  /** Total custodial sentence in months (also if suspended on probation); 0 if none. */
  convictionSentenceMonths: count.optional(),
  /** Whether all convictions are for offences only foreigners can commit (AufenthG/AsylG). */
  convictionsOnlyImmigrationOffences: YesNoUnknown.optional(),

  // ── Asylum and proceedings ──────────────────────────────────────────────────────────
  /** Whether the person's country of origin is a safe country of origin (§ 29a AsylG). */
  safeCountryOfOrigin: YesNoUnknown.optional(),
  /** Outcome of the asylum procedure. */
  asylumDecision: AsylumDecision.optional(),
  /**
   * Date the person first asked for asylum (Asylgesuch; § 60a Abs. 6 S. 1 Nr. 3: after
   * 31.8.2015 — the request counts, not the later formal application: VG Göttingen 1 A 340/17).
   */
  asylumApplicationDate: IsoDateSchema.optional(),
  /** Whether proceedings are pending (court, follow-up application, petition, hardship). */
  pendingProceedings: YesNoUnknown.optional(),
  /** Which proceedings are pending. */
  pendingProceedingKinds: z.array(ProceedingKind).optional(),
  /** Residence applications already filed, with dates. */
  applicationsFiled: z.array(FiledApplicationSchema).optional(),
});

export type CaseFacts = z.infer<typeof CaseFactsSchema>;
export type FactField = keyof CaseFacts;

export const FACT_FIELDS = Object.keys(CaseFactsSchema.shape) as readonly FactField[];

/** A blank case: every fact unknown. */
export function emptyCaseFacts(): CaseFacts {
  return {};
}

export function isFactField(name: string): name is FactField {
  return (FACT_FIELDS as readonly string[]).includes(name);
}
