// Family-based routes (§§ 27–36 AufenthG). Too many legal nuances for a rule engine: the
// result is at most "possible" and always needs a legal check (domain.md: M).
import type { FamilyTieKind } from '../facts/enums';
import type { IsoDate } from '../dates';
import { all, fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { derive, isInForce, meta, SOURCES } from './meta';
import { currentStatusIn, deadline, germanAtLeast } from './shared';
import { TOLERATED } from '../facts/statusHistory';
import type { EvalContext, PathwayDef, RequirementOutcome, RequirementStatus } from './types';

const ID = 'family';
const PREFIX = `rules.${ID}`;

const base = meta({
  legalRef: '§§ 27–36 AufenthG',
  source: SOURCES.family,
  validFrom: '2005-01-01',
  confidence: 'medium',
  reviewNote: 'Gesetzeskenntnis, Wortlaut nicht erneut gelesen (domain.md: M).',
});

/** § 104 Abs. 14 AufenthG: reunification to holders of subsidiary protection suspended. */
export const SUBSIDIARY_SUSPENSION_FROM: IsoDate = '2025-07-24';
export const SUBSIDIARY_SUSPENSION_UNTIL: IsoDate = '2027-07-23';

/** Ties whose right derives from a family member's residence title (not German citizenship). */
const TITLE_DEPENDENT: readonly FamilyTieKind[] = [
  'spouse-with-permit',
  'parent-of-child-with-permit',
  'minor-child-of-resident',
];
const GERMAN_TIES: readonly FamilyTieKind[] = ['spouse-german', 'parent-of-german-child'];

const suspension = meta({
  legalRef: '§ 104 Abs. 14 AufenthG; § 36a AufenthG',
  source:
    'Rechtsprüfung 12/2026 Nr. 3: Gesetz zur Aussetzung des Familiennachzugs zu subsidiär ' +
    'Schutzberechtigten, BGBl. 2025 I Nr. 173 (in Kraft 24.07.2025)',
  validFrom: SUBSIDIARY_SUSPENSION_FROM,
  validUntil: SUBSIDIARY_SUSPENSION_UNTIL,
  reviewedOn: '2026-12-04',
  confidence: 'high',
});

/**
 * Whether the family member's title can carry a family right: German ties need none;
 * subsidiary protection carries none while § 104 Abs. 14 suspends it; other humanitarian
 * titles are limited by § 29 Abs. 3 (assess); no title carries none.
 */
function referenceTitleAllows(ctx: EvalContext): RequirementOutcome {
  const kinds = ctx.facts.familyTieKinds ?? [];
  if (kinds.some((k) => GERMAN_TIES.includes(k))) return { status: MET };
  if (!kinds.some((k) => TITLE_DEPENDENT.includes(k))) return { status: MET };
  const title = ctx.facts.familyReferenceTitle;
  if (title === undefined || title === 'unknown') return { status: UNKNOWN };
  switch (title) {
    case 'german':
    case 'settlement':
    case 'asylum-or-refugee':
    case 'other-permit':
      return { status: MET };
    case 'subsidiary-protection':
      return isInForce(suspension, ctx.asOf)
        ? {
            status: NOT_MET,
            deadlines: [
              deadline(
                PREFIX,
                'subsidiary-suspension-ends',
                SUBSIDIARY_SUSPENSION_UNTIL,
                'legal-date',
                ctx.asOf,
              ),
            ],
          }
        : { status: MET };
    case 'humanitarian-other':
      // § 29 Abs. 3: only for international-law or humanitarian reasons, or excluded.
      return { status: UNKNOWN, missing: [] };
    case 'no-title':
      return { status: NOT_MET };
  }
}

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
  deadlineIds: ['subsidiary-suspension-ends'],
  requirements: [
    {
      id: 'qualifying-tie',
      kind: 'condition',
      meta: derive(base, { legalRef: '§§ 28, 30, 32, 36 AufenthG' }),
      facts: ['familyTiesInGermany', 'familyTieKinds'],
      evaluate: (ctx) => ({ status: qualifyingTie(ctx) }),
    },
    {
      id: 'reference-title',
      kind: 'condition',
      meta: derive(base, {
        legalRef: '§ 29 Abs. 3 AufenthG; § 104 Abs. 14 AufenthG',
        source: suspension.source,
        reviewedOn: '2026-12-04',
        reviewNote:
          'Die Aussetzung (§ 104 Abs. 14) ist bestätigt; welche humanitären Titel den Nachzug nach ' +
          '§ 29 Abs. 3 ausschließen, ist nicht einzeln abgebildet (rechtliche Bewertung).',
      }),
      facts: ['familyTieKinds', 'familyReferenceTitle'],
      evaluate: referenceTitleAllows,
    },
    {
      id: 'asylum-rejection-bar',
      kind: 'exclusion',
      meta: derive(base, {
        legalRef: '§ 10 Abs. 3 S. 2 AufenthG; § 30 Abs. 1 AsylG (Fassung seit 27.02.2024)',
        reviewNote:
          '§ 30 AsylG wurde 2024 neu gegliedert (Rechtsprüfung 12/2026 Nr. 15): auf welche ' +
          'Nummern des § 30 Abs. 1 AsylG verweist § 10 Abs. 3 S. 2 AufenthG heute?',
      }),
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
  notes: [
    { id: 'art-6-duldung' },
    {
      id: 'subsidiary-hardship',
      when: (ctx) => ctx.facts.familyReferenceTitle === 'subsidiary-protection',
      meta: derive(suspension, { legalRef: '§ 104 Abs. 14 AufenthG; §§ 22, 23 AufenthG' }),
    },
    { id: 'legal-advice' },
  ],
};
