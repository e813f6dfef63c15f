// Schleswig-Holstein "Optionsmodell" screening: would a residence obligation in the state
// facility for persons obliged to leave (LUK-A) be within the model's scope? The model is a
// PROPOSAL of the Landkreistag (29.11.2024), not law: the result is a screening aid only and
// every outcome is flagged for verification.
import type { IsoDate } from '../dates';
import { unknownFields } from '../facts/known';
import type { CaseFacts, FactField } from '../facts/schema';
import { OBLIGED_TO_LEAVE } from '../facts/statusHistory';
import { assertAsOf, toQuestions } from '../engine/common';
import { all, fromYesNo, MET, negate, NOT_MET, UNKNOWN } from '../rules/logic';
import { meta, SOURCES } from '../rules/meta';
import { currentStatusIn } from '../rules/shared';
import type { EvalContext, Question, RequirementStatus, RuleMeta } from '../rules/types';

export type ScreeningStatus = 'in-scope' | 'out-of-scope' | 'unknown';

export type ScreeningCriterion = {
  readonly id: string;
  readonly status: RequirementStatus;
  readonly labelKey: string;
  readonly explanationKey: string;
  readonly missingFacts: readonly FactField[];
};

export type OptionsmodellScreening = {
  readonly status: ScreeningStatus;
  readonly statusKey: string;
  readonly criteria: readonly ScreeningCriterion[];
  readonly questions: readonly Question[];
  readonly noteKeys: readonly string[];
  readonly meta: RuleMeta;
  readonly toVerify: boolean;
};

export const OPTIONSMODELL_META = meta({
  legalRef: 'Optionsmodell LUK-A (Wohnsitzauflage in einer Landesunterkunft)',
  source:
    SOURCES.optionsmodell +
    '; Rechtsprüfung 12/2026 Nr. 10: Einigung von Land und kommunalen Landesverbänden (Dez. 2024/Jan. 2025, dpa)',
  validFrom: '2024-11-29',
  reviewedOn: '2026-12-04',
  confidence: 'low',
  reviewNote:
    'Land und Kommunen haben vereinbart, dass die Ausländerbehörden nach eigenem Ermessen in ' +
    'die Landesunterkunft zuweisen (etwa 150 Plätze; Rückkehr muss rechtlich und tatsächlich ' +
    'möglich sein). Nicht bestätigt: ob die Ausnahmen (Familie, Krankheit, Ausbildungs- oder ' +
    'Beschäftigungsduldung) beibehalten wurden.',
});

type CriterionDef = {
  readonly id: string;
  readonly facts: readonly FactField[];
  readonly evaluate: (ctx: EvalContext) => RequirementStatus;
};

const PREFIX = 'screening.optionsmodell';

const CRITERIA: readonly CriterionDef[] = [
  {
    id: 'obliged-to-leave',
    facts: ['currentStatus'],
    evaluate: (ctx) => currentStatusIn(ctx, OBLIGED_TO_LEAVE),
  },
  {
    id: 'able-to-return',
    facts: ['departurePossible'],
    evaluate: (ctx) => {
      const value = ctx.facts.departurePossible;
      if (value === undefined || value === 'unknown') return UNKNOWN;
      return value === 'yes' ? MET : NOT_MET;
    },
  },
  {
    id: 'no-family-ties',
    facts: ['familyTiesInGermany'],
    evaluate: (ctx) => fromYesNo(ctx.facts.familyTiesInGermany, 'no'),
  },
  {
    id: 'no-medical-reasons',
    facts: ['fitToTravel'],
    evaluate: (ctx) => fromYesNo(ctx.facts.fitToTravel),
  },
  {
    id: 'no-training-or-employment-duldung',
    facts: ['currentStatus'],
    evaluate: (ctx) =>
      negate(currentStatusIn(ctx, ['ausbildungsduldung-60c', 'beschaeftigungsduldung-60d'])),
  },
];

export const OPTIONSMODELL_CRITERIA_IDS: readonly string[] = CRITERIA.map((c) => c.id);
export const OPTIONSMODELL_NOTE_IDS = ['proposal', 'discretion', 'counselling-first'] as const;

/** Screens whether the Optionsmodell's LUK-A residence obligation would be within scope. */
export function evaluateOptionsmodellScreening(
  facts: CaseFacts,
  asOf: IsoDate,
): OptionsmodellScreening {
  assertAsOf(asOf);
  const ctx: EvalContext = { facts, asOf };
  const criteria = CRITERIA.map((c): ScreeningCriterion => {
    const status = c.evaluate(ctx);
    return {
      id: c.id,
      status,
      labelKey: `${PREFIX}.criterion.${c.id}.label`,
      explanationKey: `${PREFIX}.criterion.${c.id}.explanation`,
      missingFacts: status === UNKNOWN ? unknownFields(facts, c.facts) : [],
    };
  });
  const overall = all(...criteria.map((c) => c.status));
  const status: ScreeningStatus =
    overall === MET ? 'in-scope' : overall === NOT_MET ? 'out-of-scope' : 'unknown';
  return {
    status,
    statusKey: `${PREFIX}.status.${status}`,
    criteria,
    questions: status === 'unknown' ? toQuestions(criteria.flatMap((c) => c.missingFacts)) : [],
    noteKeys: OPTIONSMODELL_NOTE_IDS.map((n) => `${PREFIX}.note.${n}`),
    meta: OPTIONSMODELL_META,
    toVerify: OPTIONSMODELL_META.toVerify,
  };
}
