// § 19d AufenthG: residence permit for qualified tolerated persons ("soll" since 2024;
// Abs. 1a: entitlement after a completed Ausbildungsduldung).
import { TOLERATED } from '../facts/statusHistory';
import { all, any, fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { derive, meta, SOURCES } from './meta';
import {
  convictionsWithinThreshold,
  currentStatusIn,
  germanAtLeast,
  noObstruction,
} from './shared';
import type { EvalContext, PathwayDef, RequirementStatus } from './types';

const ID = 'aufenthg-19d';
export const FOREIGN_DEGREE_EMPLOYMENT_MONTHS_19D = 24;
export const QUALIFIED_EMPLOYMENT_MONTHS_19D = 36;

const base = meta({
  legalRef: '§ 19d AufenthG',
  source: SOURCES.p19d,
  validFrom: '2024-03-01',
  confidence: 'high',
  reviewNote:
    'domain.md: „soll“ seit 2024 (Text Stand 11.04.2024); genaues Anfangsdatum und die ' +
    'frühere Ermessensfassung sind nicht abgebildet.',
});

function monthsAtLeast(value: number | undefined, minimum: number): RequirementStatus {
  if (value === undefined) return UNKNOWN;
  return value >= minimum ? MET : NOT_MET;
}

/** (a) German qualification, (b) recognised foreign degree + 2 years, (c) 3 years, no benefits. */
function qualificationRoute(ctx: EvalContext): RequirementStatus {
  const { qualificationInGermany: q, qualifiedEmploymentMonths: months } = ctx.facts;
  const germanQualification =
    q === undefined || q === 'unknown'
      ? UNKNOWN
      : q === 'vocational-qualification' || q === 'university-degree'
        ? MET
        : NOT_MET;
  const foreignDegree = all(
    fromYesNo(ctx.facts.foreignDegreeRecognised),
    monthsAtLeast(months, FOREIGN_DEGREE_EMPLOYMENT_MONTHS_19D),
  );
  const longEmployment = all(
    monthsAtLeast(months, QUALIFIED_EMPLOYMENT_MONTHS_19D),
    fromYesNo(ctx.facts.publicBenefitsLastYear, 'no'),
  );
  // Abs. 1a: training completed under an Ausbildungsduldung.
  const completedAusbildungsduldung = all(
    ctx.facts.trainingStatus === undefined || ctx.facts.trainingStatus === 'unknown'
      ? UNKNOWN
      : ctx.facts.trainingStatus === 'completed'
        ? MET
        : NOT_MET,
    ctx.facts.statusHistory === undefined
      ? UNKNOWN
      : ctx.facts.statusHistory.some((p) => p.status === 'ausbildungsduldung-60c')
        ? MET
        : NOT_MET,
  );
  return any(germanQualification, foreignDegree, longEmployment, completedAusbildungsduldung);
}

export const aufenthg19d: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: [],
  requirements: [
    {
      id: 'tolerated',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 19d Abs. 1 AufenthG' }),
      facts: ['currentStatus'],
      evaluate: (ctx) => ({ status: currentStatusIn(ctx, TOLERATED) }),
    },
    {
      id: 'qualification',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 19d Abs. 1 Nr. 1, Abs. 1a AufenthG' }),
      facts: [
        'qualificationInGermany',
        'foreignDegreeRecognised',
        'qualifiedEmploymentMonths',
        'publicBenefitsLastYear',
        'trainingStatus',
        'statusHistory',
      ],
      evaluate: (ctx) => ({ status: qualificationRoute(ctx) }),
    },
    {
      id: 'german-b1',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 19d Abs. 1 AufenthG' }),
      facts: ['germanLevel'],
      evaluate: (ctx) => ({ status: germanAtLeast(ctx, 'B1') }),
    },
    {
      id: 'housing',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 19d Abs. 1 AufenthG' }),
      facts: ['adequateHousing'],
      evaluate: (ctx) => ({ status: fromYesNo(ctx.facts.adequateHousing) }),
    },
    {
      id: 'no-obstruction',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 19d Abs. 1 AufenthG' }),
      facts: ['ownIdentityDeception', 'passportStatus', 'reasonableStepsTaken'],
      evaluate: (ctx) => ({ status: noObstruction(ctx) }),
    },
    {
      id: 'convictions',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 19d Abs. 1 AufenthG' }),
      facts: [
        'hasConvictions',
        'convictionDailyRates',
        'convictionSentenceMonths',
        'convictionsOnlyImmigrationOffences',
      ],
      evaluate: (ctx) => ({ status: convictionsWithinThreshold(ctx) }),
    },
  ],
  notes: [{ id: 'extremism-and-ba-consent' }, { id: 'entitlement-after-60c' }],
};
