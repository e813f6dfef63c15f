// Which case data belongs to which consent data category. A referral sends only the
// sections of the categories the person consented to; the server checks the same map.
// Every fact field is assigned exactly once (a test enforces it), so a new fact field cannot
// slip into a referral unnoticed: it fails the test until someone decides its category.
import type { DataCategory } from '../consents/catalog';
import type { FactField } from '../facts/schema';

/**
 * Facts never passed on by a referral, whatever was consented: criminal-law data and the
 * finding of an own deception about identity (it can be an offence, § 95 AufenthG).
 */
export const NEVER_REFERRED_FACTS: readonly FactField[] = [
  'ownIdentityDeception',
  'hasConvictions',
  'convictionDailyRates',
  'convictionSentenceMonths',
  'convictionsOnlyImmigrationOffences',
];

/**
 * Fact fields per data category (categories without facts map to an empty list). The map
 * follows what the signed consent text says each category is (locales/de/consentText.json
 * `category.*`): identity and contact is "name, date of birth, address, telephone", so the
 * nationality goes with the passport and identity papers and the languages with school,
 * training, work and language skills.
 */
export const CATEGORY_FACTS: Readonly<Record<DataCategory, readonly FactField[]>> = {
  'identity-contact': ['birthDate'],
  'residence-status': [
    'firstEntryDate',
    'currentStatus',
    'statusHistory',
    'permitValidUntil',
    'residenceRestrictionOrdered',
    'departureDeadline',
    'deportationDateFixed',
    'terminationMeasuresTaken',
    'terminationMeasureKinds',
    'departurePossible',
    'obstacleLongTerm',
    'safeCountryOfOrigin',
    'asylumDecision',
    'asylumApplicationDate',
    'pendingProceedings',
    'pendingProceedingKinds',
    'applicationsFiled',
  ],
  'identity-documents': [
    'nationality',
    'identityClarified',
    'identityClarifiedOn',
    'passportStatus',
    'passportStepsTaken',
    'reasonableStepsTaken',
  ],
  family: [
    'minorChildrenInHousehold',
    'childrenAttendSchool',
    'familyTiesInGermany',
    'familyTieKinds',
    'familyReferenceTitle',
    'familyTieArisenInGermany',
  ],
  'education-work': [
    'languages',
    'schoolYearsInGermany',
    'qualificationInGermany',
    'inEducation',
    'trainingStatus',
    'trainingType',
    'trainingStartDate',
    'employmentHoursPerWeek',
    'employmentMonths',
    'employmentSubjectToSocialInsurance',
    'qualifiedEmploymentMonths',
    'foreignDegreeRecognised',
    'publicBenefitsLastYear',
    'receivesAsylblgBenefits',
    'livelihoodSecured',
    'adequateHousing',
    'germanLevel',
    'integrationCourse',
  ],
  'counselling-results': [],
  health: ['fitToTravel'],
};

const FACT_CATEGORY = new Map<string, DataCategory>(
  (Object.entries(CATEGORY_FACTS) as [DataCategory, readonly FactField[]][]).flatMap(
    ([category, fields]) => fields.map((f) => [f, category] as const),
  ),
);

/** The category a fact field belongs to; undefined for facts that are never referred. */
export function categoryOfFact(field: string): DataCategory | undefined {
  return FACT_CATEGORY.get(field);
}
