// § 60c AufenthG: Ausbildungsduldung (a Duldung for the length of a qualified training).
import { derive, meta, SOURCES } from './meta';
import { noWorkBan } from './shared';
import {
  identityInTime,
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

/** The training requirements, shared with § 16g (same ids, its own metadata). */
export function trainingRequirements(prefix: string, m: RuleMeta): RequirementDef[] {
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
        reviewNote: 'Check the current wording of § 60a Abs. 6 (domain.md: M).',
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
  ];
}

export const aufenthg60c: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'entitlement',
  deadlineIds: ['duldung-3-months', 'identity-deadline'],
  requirements: trainingRequirements(PREFIX, base),
  notes: [
    { id: 'discretion-unclear-identity' },
    { id: 'further-exclusions', meta: derive(base, { confidence: 'medium' }) },
    { id: 'next-step-19d' },
  ],
};
