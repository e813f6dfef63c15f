// § 25 Abs. 5 AufenthG: permit where departure is impossible for the long term and the
// person is not at fault. Discretion ("kann"), which becomes "soll" after 18 months of
// suspended deportation: modelled as a general requirement, so without it the outlook
// stays "possible".
import { TOLERATED } from '../facts/statusHistory';
import { fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { meta, SOURCES } from './meta';
import { chainLasted, deadline, durationOutcome, noObstruction } from './shared';
import type { PathwayDef } from './types';

const ID = 'aufenthg-25-5';
const PREFIX = `rules.${ID}`;
export const SUSPENSION_MONTHS_25_5 = 18;

const base = meta({
  legalRef: '§ 25 Abs. 5 AufenthG',
  source: SOURCES.p25_5,
  validFrom: '2005-01-01',
  confidence: 'medium',
  reviewNote:
    'Nur S. 3–4 (Verschulden bei fehlenden Papieren) am 04.12.2026 nach der Rechtsprüfung ' +
    'korrigiert; übrige Voraussetzungen nicht erneut gelesen (domain.md: M).',
});

export const aufenthg25_5: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: ['suspended-18-months'],
  requirements: [
    {
      id: 'departure-impossible',
      kind: 'condition',
      meta: base,
      facts: ['departurePossible'],
      evaluate: (ctx) => {
        const value = ctx.facts.departurePossible;
        if (value === undefined || value === 'unknown') return { status: UNKNOWN };
        return { status: value === 'yes' ? NOT_MET : MET };
      },
    },
    {
      id: 'obstacle-long-term',
      kind: 'condition',
      meta: base,
      facts: ['obstacleLongTerm'],
      evaluate: (ctx) => ({ status: fromYesNo(ctx.facts.obstacleLongTerm) }),
    },
    {
      id: 'not-at-fault',
      kind: 'exclusion',
      meta: base,
      facts: ['ownIdentityDeception', 'passportStatus', 'reasonableStepsTaken'],
      evaluate: (ctx) => ({ status: noObstruction(ctx) }),
    },
    {
      id: 'suspended-18-months',
      kind: 'general',
      meta: base,
      facts: ['statusHistory'],
      evaluate: (ctx) => {
        const d = chainLasted(ctx, { counting: TOLERATED }, SUSPENSION_MONTHS_25_5);
        return durationOutcome(
          d.status,
          [d],
          d.fulfilledOn
            ? [deadline(PREFIX, 'suspended-18-months', d.fulfilledOn, 'fulfilled-on', ctx.asOf)]
            : [],
        );
      },
    },
  ],
  notes: [{ id: 'discretion-before-18-months' }],
};
