// Family-based routes (§§ 27–36 AufenthG). Too many legal nuances for a rule engine: the
// result is at most "possible" and always needs a legal check (domain.md: M).
import type { FamilyTieKind } from '../facts/enums';
import { all, fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { derive, meta, SOURCES } from './meta';
import { currentStatusIn, germanAtLeast } from './shared';
import { TOLERATED } from '../facts/statusHistory';
import type { EvalContext, PathwayDef, RequirementStatus } from './types';

const ID = 'family';

const base = meta({
  legalRef: '§§ 27–36 AufenthG',
  source: SOURCES.family,
  validFrom: '2005-01-01',
  confidence: 'medium',
  reviewNote: 'Statute knowledge, not re-read (domain.md: M).',
});

const QUALIFYING: readonly FamilyTieKind[] = [
  'spouse-german',
  'spouse-with-permit',
  'parent-of-german-child',
  'parent-of-child-with-permit',
  'minor-child-of-resident',
];
const SPOUSE: readonly FamilyTieKind[] = ['spouse-german', 'spouse-with-permit'];

function qualifyingTie(ctx: EvalContext): RequirementStatus {
  const ties = fromYesNo(ctx.facts.familyTiesInGermany);
  if (ties !== MET) return ties;
  const kinds = ctx.facts.familyTieKinds;
  if (kinds === undefined || kinds.length === 0) return UNKNOWN;
  return kinds.some((k) => QUALIFYING.includes(k)) ? MET : NOT_MET;
}

export const family: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'discretion',
  deadlineIds: [],
  requirements: [
    {
      id: 'qualifying-tie',
      kind: 'condition',
      meta: derive(base, { legalRef: '§§ 28, 30, 32, 36 AufenthG' }),
      facts: ['familyTiesInGermany', 'familyTieKinds'],
      evaluate: (ctx) => ({ status: qualifyingTie(ctx) }),
    },
    {
      id: 'asylum-rejection-bar',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 10 Abs. 3 AufenthG; § 30 Abs. 3 AsylG' }),
      facts: ['asylumDecision'],
      evaluate: (ctx) => {
        const decision = ctx.facts.asylumDecision;
        if (decision === undefined || decision === 'unknown') return { status: UNKNOWN };
        // After "offensichtlich unbegründet" only a strict legal entitlement helps: assess.
        return decision === 'rejected-manifestly-unfounded'
          ? { status: UNKNOWN, missing: [] }
          : { status: MET };
      },
    },
    {
      id: 'visa-procedure',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 5 Abs. 2 AufenthG; § 39 S. 1 Nr. 5 AufenthV' }),
      facts: ['familyTieArisenInGermany', 'currentStatus'],
      evaluate: (ctx) => {
        // § 39 S. 1 Nr. 5 AufenthV: tolerated + tie arisen in Germany → no visa procedure.
        const tolerated = currentStatusIn(ctx, TOLERATED);
        return { status: all(tolerated, fromYesNo(ctx.facts.familyTieArisenInGermany)) };
      },
    },
    {
      id: 'german-a1-spouse',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 30 Abs. 1 AufenthG' }),
      facts: ['familyTieKinds', 'germanLevel'],
      evaluate: (ctx) => {
        const kinds = ctx.facts.familyTieKinds;
        if (kinds === undefined) return { status: UNKNOWN };
        if (!kinds.some((k) => SPOUSE.includes(k))) return { status: MET };
        return { status: germanAtLeast(ctx, 'A1') };
      },
    },
  ],
  notes: [{ id: 'art-6-duldung' }, { id: 'legal-advice' }],
};
