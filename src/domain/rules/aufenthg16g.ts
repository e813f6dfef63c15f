// § 16g AufenthG: residence permit for vocational training of tolerated persons (FEG 2.0,
// from 1.3.2024). Conditions largely as § 60c plus the general requirements; where those
// are missing, § 60c remains the fallback.
import { MET, NOT_MET, UNKNOWN } from './logic';
import { passportOutcome } from './shared';
import { derive, meta, SOURCES } from './meta';
import { trainingRequirements } from './aufenthg60c';
import type { PathwayDef } from './types';

const ID = 'aufenthg-16g';
const PREFIX = `rules.${ID}`;

const base = meta({
  legalRef: '§ 16g AufenthG',
  source: SOURCES.p16g,
  validFrom: '2024-03-01',
  confidence: 'medium',
  reviewNote: 'Legal nature (soll/ist) not stated in domain.md; modelled as "should".',
});

export const aufenthg16g: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: ['duldung-3-months', 'identity-deadline'],
  requirements: [
    ...trainingRequirements(
      PREFIX,
      derive(base, {
        confidence: 'medium',
        reviewNote: 'domain.md: conditions "largely the same as § 60c"; check each in § 16g.',
      }),
    ),
    {
      id: 'passport',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 5 Abs. 1 Nr. 4 AufenthG' }),
      facts: ['passportStatus'],
      evaluate: passportOutcome,
    },
    {
      id: 'livelihood',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 5 Abs. 1 Nr. 1 AufenthG' }),
      facts: ['livelihoodSecured'],
      evaluate: (ctx) => {
        const value = ctx.facts.livelihoodSecured;
        if (value === undefined || value === 'unknown') return { status: UNKNOWN };
        return { status: value === 'fully' ? MET : NOT_MET };
      },
    },
  ],
  notes: [{ id: 'fallback-60c' }],
};
