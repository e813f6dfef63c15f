// § 60c AufenthG: Ausbildungsduldung (a Duldung for the length of a qualified training).
import { derive, meta, SOURCES } from './meta';
import { convictionsWithinThreshold, noWorkBan } from './shared';
import {
  identityInTime,
  noImminentTermination,
  priorDuldung,
  qualifyingTrainingType,
  trainingInProgress,
} from './training';
import type { PathwayDef, RequirementDef } from './types';
import type { RuleMeta } from './types';

const ID = 'aufenthg-60c';
const PREFIX = `rules.${ID}`;

const base = meta({
  legalRef: '§ 60c AufenthG',
  source: SOURCES.p60c,
  validFrom: '2020-01-01',
  confidence: 'high',
});

/** Findings 4 and 5 of the legal review of December 2026 (shared/research). */
export const REVIEW_TRAINING_EXCLUSIONS =
  'Rechtsprüfung 12/2026 Nr. 4–5: § 60c Abs. 2 AufenthG (Gesetzestext); BayVGH 10 CE 19.204; ' +
  'asyl.net M29880 (maßgeblich ist der Zeitpunkt des Antrags)';

/** The training requirements, shared with § 16g (same ids, its own metadata). */
export function trainingRequirements(
  prefix: string,
  m: RuleMeta,
  pathway: 'aufenthg-60c' | 'aufenthg-16g',
  paragraph: string,
): RequirementDef[] {
  return [
    {
      id: 'training',
      kind: 'condition',
      meta: m,
      facts: ['trainingStatus'],
      evaluate: (ctx) => ({ status: trainingInProgress(ctx) }),
    },
    {
      id: 'training-type',
      kind: 'condition',
      meta: m,
      facts: ['trainingType'],
      evaluate: (ctx) => ({ status: qualifyingTrainingType(ctx) }),
    },
    {
      id: 'prior-duldung',
      kind: 'condition',
      meta: m,
      facts: ['statusHistory', 'trainingStartDate'],
      evaluate: (ctx) => priorDuldung(ctx, prefix),
    },
    {
      id: 'no-work-ban',
      kind: 'exclusion',
      meta: derive(m, {
        legalRef: '§ 60a Abs. 6 AufenthG; § 60b Abs. 5 S. 2 AufenthG',
        source: SOURCES.workBan,
        confidence: 'medium',
        reviewNote:
          'Aktuellen Wortlaut des § 60a Abs. 6 prüfen (domain.md: M); ob die sicheren Herkunftsstaaten ' +
          'nach § 29b AsylG (Rechtsverordnung, seit 01.02.2026) und die EU-Liste von Feb. 2026 unter ' +
          '§ 60a Abs. 6 S. 1 Nr. 3 fallen, ist nicht bestätigt.',
      }),
      facts: [
        'currentStatus',
        'ownIdentityDeception',
        'safeCountryOfOrigin',
        'asylumDecision',
        'asylumApplicationDate',
      ],
      evaluate: (ctx) => ({ status: noWorkBan(ctx) }),
    },
    {
      id: 'identity',
      kind: 'condition',
      meta: m,
      facts: ['firstEntryDate', 'identityClarified', 'identityClarifiedOn', 'reasonableStepsTaken'],
      evaluate: (ctx) => identityInTime(ctx, prefix),
    },
    {
      // Nr. 4: a ground under § 19d Abs. 1 Nr. 7 (an intentional offence beyond the fines
      // that are disregarded) excludes; the extremism ground (Nr. 6) stays a note.
      id: 'no-convictions-19d',
      kind: 'exclusion',
      meta: derive(m, {
        legalRef: `${paragraph} Abs. 2 Nr. 4 AufenthG i. V. m. § 19d Abs. 1 Nr. 7 AufenthG`,
        source: REVIEW_TRAINING_EXCLUSIONS,
        reviewedOn: '2026-12-04',
      }),
      facts: [
        'hasConvictions',
        'convictionDailyRates',
        'convictionSentenceMonths',
        'convictionsOnlyImmigrationOffences',
      ],
      evaluate: (ctx) => ({ status: convictionsWithinThreshold(ctx) }),
    },
    {
      id: 'no-imminent-termination',
      kind: 'exclusion',
      meta: derive(m, {
        legalRef: `${paragraph} Abs. 2 Nr. 5 AufenthG`,
        source: REVIEW_TRAINING_EXCLUSIONS,
        reviewedOn: '2026-12-04',
      }),
      facts: [
        'deportationDateFixed',
        'terminationMeasuresTaken',
        'terminationMeasureKinds',
        'trainingStartDate',
        'statusHistory',
      ],
      evaluate: (ctx) => noImminentTermination(ctx, pathway),
    },
  ];
}

export const aufenthg60c: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'entitlement',
  deadlineIds: ['duldung-3-months', 'identity-deadline'],
  requirements: trainingRequirements(PREFIX, base, ID, '§ 60c'),
  notes: [
    { id: 'discretion-unclear-identity' },
    {
      id: 'further-exclusions',
      meta: derive(base, {
        legalRef: '§ 60c Abs. 2 Nr. 4 AufenthG i. V. m. § 19d Abs. 1 Nr. 6 AufenthG',
        confidence: 'medium',
        reviewNote:
          'Bezüge zu extremistischen oder terroristischen Organisationen (§ 19d Abs. 1 Nr. 6) ' +
          'werden nicht erfragt; ob eine Straftat vorsätzlich war, prüft die Behörde.',
      }),
    },
    {
      id: 'return-application-bars',
      meta: derive(base, {
        legalRef: '§ 60c Abs. 2 Nr. 5 Buchst. b AufenthG',
        source: REVIEW_TRAINING_EXCLUSIONS,
        reviewedOn: '2026-12-04',
      }),
    },
    { id: 'next-step-19d' },
  ],
};
