// § 60d AufenthG: Beschäftigungsduldung ("as a rule" for 30 months, then § 25b Abs. 6).
// The employment thresholds changed on 27.2.2024 (35 h / 18 months → 20 h / 12 months):
// both versions are kept so that conversations before and after the change are assessed
// by the law that applied on their date.
import { addMonths, isIsoDate, isOnOrBefore } from '../dates';
import type { IsoDate } from '../dates';
import { TOLERATED_COUNTING } from '../facts/statusHistory';
import { all, fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { derive, meta, SOURCES } from './meta';
import {
  chainLasted,
  durationOutcome,
  childrenInSchool,
  convictionsWithinThreshold,
  deadline,
  enteredBy,
  germanAtLeast,
  noConvictions,
} from './shared';
import type {
  EvalContext,
  PathwayDef,
  RequirementDef,
  RequirementOutcome,
  RuleMeta,
} from './types';

const ID = 'aufenthg-60d';
const PREFIX = `rules.${ID}`;
export const REFORM_60D: IsoDate = '2024-02-27';
export const ENTRY_CUTOFF_60D: IsoDate = '2022-12-31';
export const IDENTITY_ENTRY_BAND_1_60D: IsoDate = '2016-12-31';
export const IDENTITY_DEADLINE_60D: IsoDate = '2024-12-31';
export const PRIOR_DULDUNG_MONTHS_60D = 12;

const base = meta({
  legalRef: '§ 60d AufenthG',
  source: SOURCES.p60d,
  validFrom: '2020-01-01',
  confidence: 'high',
});
const current = derive(base, { validFrom: REFORM_60D });
const before = derive(base, { validUntil: '2024-02-26' });

function employment(id: string, m: RuleMeta, minHours: number, minMonths: number): RequirementDef {
  return {
    id,
    kind: 'condition',
    meta: m,
    facts: ['employmentHoursPerWeek', 'employmentSubjectToSocialInsurance', 'employmentMonths'],
    evaluate: (ctx): RequirementOutcome => {
      const { employmentHoursPerWeek: hours, employmentMonths: months } = ctx.facts;
      const hoursOk = hours === undefined ? UNKNOWN : hours >= minHours ? MET : NOT_MET;
      const monthsOk = months === undefined ? UNKNOWN : months >= minMonths ? MET : NOT_MET;
      const insured = fromYesNo(ctx.facts.employmentSubjectToSocialInsurance);
      const status = all(hoursOk, insured, monthsOk);
      // If the job qualifies but is too recent, say when the months will be reached.
      const deadlines =
        months !== undefined && months < minMonths && all(hoursOk, insured) === MET
          ? [
              deadline(
                PREFIX,
                'employment-months',
                addMonths(ctx.asOf, minMonths - months),
                'fulfilled-on',
                ctx.asOf,
              ),
            ]
          : [];
      return { status, deadlines };
    },
  };
}

function identity60d(ctx: EvalContext): RequirementOutcome {
  const { firstEntryDate, identityClarified, identityClarifiedOn } = ctx.facts;
  const clarified = fromYesNo(identityClarified);
  if (!isIsoDate(firstEntryDate)) return { status: all(UNKNOWN, clarified) };
  if (isOnOrBefore(firstEntryDate, IDENTITY_ENTRY_BAND_1_60D)) return { status: clarified };
  const deadlines = [
    deadline(PREFIX, 'identity-deadline', IDENTITY_DEADLINE_60D, 'act-by', ctx.asOf),
  ];
  // Entry 2017–2022: by 31.12.2024, or by the application if it was filed before then.
  if (clarified !== MET || isOnOrBefore(ctx.asOf, IDENTITY_DEADLINE_60D)) {
    return { status: clarified, deadlines };
  }
  if (!isIsoDate(identityClarifiedOn)) {
    return { status: UNKNOWN, deadlines, missing: ['identityClarifiedOn'] };
  }
  const filed = ctx.facts.applicationsFiled?.find(
    (a) => a.kind === ID && isIsoDate(a.filedOn) && isOnOrBefore(a.filedOn, IDENTITY_DEADLINE_60D),
  );
  const inTime =
    isOnOrBefore(identityClarifiedOn, IDENTITY_DEADLINE_60D) ||
    (filed !== undefined && isOnOrBefore(identityClarifiedOn, filed.filedOn));
  return { status: inTime ? MET : NOT_MET, deadlines };
}

export const aufenthg60d: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: ['duldung-12-months', 'employment-months', 'identity-deadline'],
  requirements: [
    {
      id: 'entry-cut-off',
      kind: 'condition',
      meta: derive(current, { legalRef: '§ 60d Abs. 1 AufenthG' }),
      facts: ['firstEntryDate'],
      evaluate: (ctx) => ({ status: enteredBy(ctx, ENTRY_CUTOFF_60D) }),
    },
    {
      id: 'entry-cut-off-before-2024',
      kind: 'condition',
      meta: derive(before, {
        confidence: 'low',
        reviewNote: 'Der Einreise-Stichtag der Fassung vor dem 27.2.2024 steht nicht in domain.md.',
      }),
      facts: [],
      // Unknown cut-off: a legal assessment is needed, nothing to ask the person.
      evaluate: () => ({ status: UNKNOWN, missing: [] }),
    },
    {
      id: 'prior-duldung',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 60d Abs. 1 AufenthG' }),
      facts: ['statusHistory'],
      evaluate: (ctx) => {
        const d = chainLasted(ctx, { counting: TOLERATED_COUNTING }, PRIOR_DULDUNG_MONTHS_60D);
        return durationOutcome(
          d.status,
          [d],
          d.fulfilledOn
            ? [deadline(PREFIX, 'duldung-12-months', d.fulfilledOn, 'fulfilled-on', ctx.asOf)]
            : [],
        );
      },
    },
    employment('employment', current, 20, 12),
    employment('employment-before-2024', before, 35, 18),
    {
      id: 'livelihood',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 60d Abs. 1 AufenthG' }),
      facts: ['livelihoodSecured'],
      evaluate: (ctx) => {
        const value = ctx.facts.livelihoodSecured;
        if (value === undefined || value === 'unknown') return { status: UNKNOWN };
        return { status: value === 'fully' ? MET : NOT_MET };
      },
    },
    {
      id: 'german-a2',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 60d Abs. 1 AufenthG' }),
      facts: ['germanLevel'],
      evaluate: (ctx) => ({ status: germanAtLeast(ctx, 'A2') }),
    },
    {
      id: 'integration-course',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 60d Abs. 1 AufenthG' }),
      facts: ['integrationCourse'],
      evaluate: (ctx) => {
        const value = ctx.facts.integrationCourse;
        if (value === undefined || value === 'unknown') return { status: UNKNOWN };
        return { status: value === 'not-obliged' || value === 'completed' ? MET : NOT_MET };
      },
    },
    {
      id: 'no-convictions',
      kind: 'exclusion',
      meta: derive(base, {
        legalRef: '§ 60d Abs. 1 AufenthG',
        confidence: 'medium',
        reviewNote:
          'domain.md sagt „keine Verurteilungen“; geringe Geldstrafen (50/90 Tagessätze) bleiben ' +
          'wie bei § 19d womöglich außer Betracht: sie werden zur Bewertung markiert, nicht „nicht erfüllt“.',
      }),
      facts: [
        'hasConvictions',
        'convictionDailyRates',
        'convictionSentenceMonths',
        'convictionsOnlyImmigrationOffences',
      ],
      evaluate: (ctx) => {
        if (noConvictions(ctx) !== NOT_MET) return { status: noConvictions(ctx) };
        const minor = convictionsWithinThreshold(ctx);
        return minor === MET
          ? { status: UNKNOWN, missing: [] }
          : { status: minor === UNKNOWN ? UNKNOWN : NOT_MET };
      },
    },
    {
      id: 'children-school',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 60d Abs. 1 AufenthG' }),
      facts: ['minorChildrenInHousehold', 'childrenAttendSchool'],
      evaluate: (ctx) => ({ status: childrenInSchool(ctx) }),
    },
    {
      id: 'identity',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 60d Abs. 1 AufenthG' }),
      facts: ['firstEntryDate', 'identityClarified', 'identityClarifiedOn'],
      evaluate: identity60d,
    },
  ],
  notes: [{ id: 'duration-30-months' }, { id: 'next-step-25b' }],
};
