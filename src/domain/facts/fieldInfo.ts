// How each CaseFacts field is asked: input kind, option set and sensitivity. The UI renders
// questions generically from this; option labels live at `facts.options.<optionSet>.<value>`
// and the question text at `facts.<field>.question` (see factKeys()).
import {
  applicationKindValues,
  asylumDecisionValues,
  departurePossibleValues,
  familyReferenceTitleValues,
  familyTieKindValues,
  germanLevelValues,
  integrationCourseValues,
  livelihoodValues,
  passportStatusValues,
  passportStepValues,
  proceedingKindValues,
  qualificationValues,
  residenceStatusValues,
  terminationMeasureValues,
  trainingStatusValues,
  trainingTypeValues,
  yesNoUnknownValues,
} from './enums';
import type { FactField } from './schema';

export type FactInputKind =
  | 'date'
  | 'nationality'
  | 'languages'
  | 'single-choice'
  | 'multi-choice'
  | 'count'
  | 'hours'
  | 'status-history'
  | 'applications';

export type FactFieldInfo = {
  readonly input: FactInputKind;
  /** Name of the option set; labels at `facts.options.<optionSet>.<value>`. */
  readonly optionSet?: string;
  readonly options?: readonly string[];
  /** Special-category or criminal data: show a notice, keep out of exports by default. */
  readonly sensitive?: boolean;
};

export const OPTION_SETS = {
  yesNoUnknown: yesNoUnknownValues,
  residenceStatus: [...residenceStatusValues, 'unknown'],
  passportStatus: passportStatusValues,
  passportStep: passportStepValues,
  qualification: qualificationValues,
  trainingStatus: trainingStatusValues,
  trainingType: trainingTypeValues,
  livelihood: livelihoodValues,
  germanLevel: germanLevelValues,
  integrationCourse: integrationCourseValues,
  familyTieKind: familyTieKindValues,
  familyReferenceTitle: familyReferenceTitleValues,
  terminationMeasure: terminationMeasureValues,
  asylumDecision: asylumDecisionValues,
  proceedingKind: proceedingKindValues,
  departurePossible: departurePossibleValues,
  applicationKind: applicationKindValues,
} as const satisfies Record<string, readonly string[]>;

export type OptionSetName = keyof typeof OPTION_SETS;

const choice = (optionSet: OptionSetName, sensitive = false): FactFieldInfo => ({
  input: 'single-choice',
  optionSet,
  options: OPTION_SETS[optionSet],
  ...(sensitive ? { sensitive } : {}),
});
const multi = (optionSet: OptionSetName): FactFieldInfo => ({
  input: 'multi-choice',
  optionSet,
  options: OPTION_SETS[optionSet],
});
const date: FactFieldInfo = { input: 'date' };
const countInput = (sensitive = false): FactFieldInfo => ({
  input: 'count',
  ...(sensitive ? { sensitive } : {}),
});

export const FACT_FIELD_INFO: Readonly<Record<FactField, FactFieldInfo>> = {
  birthDate: date,
  nationality: { input: 'nationality' },
  languages: { input: 'languages' },
  firstEntryDate: date,
  currentStatus: choice('residenceStatus'),
  statusHistory: { input: 'status-history', optionSet: 'residenceStatus' },
  permitValidUntil: date,
  residenceRestrictionOrdered: choice('yesNoUnknown'),
  departureDeadline: date,
  deportationDateFixed: choice('yesNoUnknown'),
  terminationMeasuresTaken: choice('yesNoUnknown'),
  terminationMeasureKinds: multi('terminationMeasure'),
  departurePossible: choice('departurePossible'),
  obstacleLongTerm: choice('yesNoUnknown'),
  fitToTravel: choice('yesNoUnknown', true),
  identityClarified: choice('yesNoUnknown'),
  identityClarifiedOn: date,
  ownIdentityDeception: choice('yesNoUnknown'),
  passportStatus: choice('passportStatus'),
  passportStepsTaken: multi('passportStep'),
  reasonableStepsTaken: choice('yesNoUnknown'),
  schoolYearsInGermany: countInput(),
  qualificationInGermany: choice('qualification'),
  inEducation: choice('yesNoUnknown'),
  trainingStatus: choice('trainingStatus'),
  trainingType: choice('trainingType'),
  trainingStartDate: date,
  employmentHoursPerWeek: { input: 'hours' },
  employmentMonths: countInput(),
  employmentSubjectToSocialInsurance: choice('yesNoUnknown'),
  qualifiedEmploymentMonths: countInput(),
  foreignDegreeRecognised: choice('yesNoUnknown'),
  publicBenefitsLastYear: choice('yesNoUnknown'),
  receivesAsylblgBenefits: choice('yesNoUnknown'),
  livelihoodSecured: choice('livelihood'),
  adequateHousing: choice('yesNoUnknown'),
  germanLevel: choice('germanLevel'),
  integrationCourse: choice('integrationCourse'),
  minorChildrenInHousehold: countInput(),
  childrenAttendSchool: choice('yesNoUnknown'),
  familyTiesInGermany: choice('yesNoUnknown'),
  familyTieKinds: multi('familyTieKind'),
  familyReferenceTitle: choice('familyReferenceTitle'),
  familyTieArisenInGermany: choice('yesNoUnknown'),
  hasConvictions: choice('yesNoUnknown', true),
  convictionDailyRates: countInput(true),
  convictionSentenceMonths: countInput(true),
  convictionsOnlyImmigrationOffences: choice('yesNoUnknown', true),
  safeCountryOfOrigin: choice('yesNoUnknown'),
  asylumDecision: choice('asylumDecision'),
  asylumApplicationDate: date,
  pendingProceedings: choice('yesNoUnknown'),
  pendingProceedingKinds: multi('proceedingKind'),
  applicationsFiled: { input: 'applications', optionSet: 'applicationKind' },
};

export const SENSITIVE_FACT_FIELDS: readonly FactField[] = (
  Object.keys(FACT_FIELD_INFO) as FactField[]
).filter((field) => FACT_FIELD_INFO[field].sensitive === true);

/** i18n keys for a fact: short label (forms, summaries) and the question the counsellor asks. */
export function factKeys(field: FactField): { label: string; question: string } {
  return { label: `facts.${field}.label`, question: `facts.${field}.question` };
}

export function optionKey(optionSet: OptionSetName, value: string): string {
  return `facts.options.${optionSet}.${value}`;
}
