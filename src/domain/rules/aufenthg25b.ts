// § 25b AufenthG: residence permit for sustainable integration ("soll").
import { isOnOrBefore } from '../dates';
import { LAWFUL_OR_TOLERATED, TOLERATED } from '../facts/statusHistory';
import { CHANCEN_LATEST_EXPIRY, permit104cDeadlines } from './aufenthg104c';
import { all, any, MET, NOT_MET, UNKNOWN } from './logic';
import { derive, meta, SOURCES } from './meta';
import {
  chainLasted,
  childrenInSchool,
  currentStatusIn,
  deadline,
  durationOutcome,
  germanAtLeast,
  hasMinorChild,
  noConvictions,
  noObstruction,
  years,
} from './shared';
import type { PathwayDef, RequirementStatus } from './types';

const ID = 'aufenthg-25b';
const PREFIX = `rules.${ID}`;
export const STAY_YEARS_25B = 6;
export const STAY_YEARS_25B_WITH_CHILD = 4;
/** § 25b Abs. 6: months of Beschäftigungsduldung after which the permit "should" follow. */
export const BESCHAEFTIGUNGSDULDUNG_MONTHS_25B = 30;

const base = meta({
  legalRef: '§ 25b AufenthG',
  source: SOURCES.buzer25b,
  validFrom: '2022-12-31',
  confidence: 'high',
});

export const aufenthg25b: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: [
    'stay-years',
    'stay-years-with-child',
    'beschaeftigungsduldung-30-months',
    'permit-104c-ends',
    'latest-104c-expiry',
  ],
  requirements: [
    {
      id: 'tolerated-or-104c',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25b Abs. 1 S. 1 AufenthG' }),
      facts: ['currentStatus', 'permitValidUntil'],
      evaluate: (ctx) => {
        const chancen: RequirementStatus = isOnOrBefore(ctx.asOf, CHANCEN_LATEST_EXPIRY)
          ? currentStatusIn(ctx, ['permit-104c'])
          : NOT_MET;
        return {
          status: any(currentStatusIn(ctx, TOLERATED), chancen),
          deadlines: permit104cDeadlines(PREFIX, ctx),
        };
      },
    },
    {
      id: 'stay-years',
      kind: 'condition',
      meta: derive(base, {
        legalRef: '§ 25b Abs. 1 S. 2 Nr. 1, Abs. 6 AufenthG; § 60b Abs. 5 AufenthG',
      }),
      facts: ['statusHistory', 'currentStatus', 'minorChildrenInHousehold'],
      evaluate: (ctx) => {
        const is104c = ctx.facts.currentStatus === 'permit-104c';
        const spec = is104c
          ? { counting: [...LAWFUL_OR_TOLERATED, 'duldung-60b' as const] }
          : { counting: LAWFUL_OR_TOLERATED, neutral: ['duldung-60b' as const] };
        const six = chainLasted(ctx, spec, years(STAY_YEARS_25B));
        const four = chainLasted(ctx, spec, years(STAY_YEARS_25B_WITH_CHILD));
        // Abs. 6: 30 months of Beschäftigungsduldung replace the stay-years requirement.
        const employed = chainLasted(
          ctx,
          { counting: ['beschaeftigungsduldung-60d'] },
          BESCHAEFTIGUNGSDULDUNG_MONTHS_25B,
        );
        const deadlines = [];
        if (six.fulfilledOn) {
          deadlines.push(deadline(PREFIX, 'stay-years', six.fulfilledOn, 'fulfilled-on', ctx.asOf));
        }
        if (four.fulfilledOn && hasMinorChild(ctx) === MET) {
          deadlines.push(
            deadline(PREFIX, 'stay-years-with-child', four.fulfilledOn, 'fulfilled-on', ctx.asOf),
          );
        }
        if (employed.fulfilledOn) {
          deadlines.push(
            deadline(
              PREFIX,
              'beschaeftigungsduldung-30-months',
              employed.fulfilledOn,
              'fulfilled-on',
              ctx.asOf,
            ),
          );
        }
        const status = any(six.status, all(hasMinorChild(ctx), four.status), employed.status);
        return durationOutcome(status, [six, four, employed], deadlines);
      },
    },
    {
      id: 'livelihood',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25b Abs. 1 S. 2 Nr. 3 AufenthG' }),
      facts: ['livelihoodSecured'],
      evaluate: (ctx) => {
        const value = ctx.facts.livelihoodSecured;
        if (value === undefined || value === 'unknown') return { status: UNKNOWN };
        return { status: value === 'no' ? NOT_MET : MET };
      },
    },
    {
      id: 'german-a2',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25b Abs. 1 S. 2 Nr. 4 AufenthG' }),
      facts: ['germanLevel'],
      evaluate: (ctx) => ({ status: germanAtLeast(ctx, 'A2') }),
    },
    {
      id: 'children-school',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25b Abs. 1 S. 2 Nr. 5 AufenthG' }),
      facts: ['minorChildrenInHousehold', 'childrenAttendSchool'],
      evaluate: (ctx) => ({ status: childrenInSchool(ctx) }),
    },
    {
      id: 'no-obstruction',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 25b Abs. 2 Nr. 1 AufenthG' }),
      facts: ['ownIdentityDeception', 'passportStatus', 'reasonableStepsTaken'],
      evaluate: (ctx) => ({ status: noObstruction(ctx) }),
    },
    {
      id: 'no-serious-expulsion-interest',
      kind: 'exclusion',
      meta: derive(base, {
        legalRef: '§ 25b Abs. 2 Nr. 2 AufenthG; § 54 Abs. 1, Abs. 2 Nr. 1 und 2 AufenthG',
        confidence: 'medium',
        reviewNote:
          'domain.md nennt „schwerwiegende Ausweisungsinteressen“ ohne Schwellen: eine ' +
          'Verurteilung wird zur rechtlichen Bewertung markiert, nicht entschieden.',
      }),
      facts: ['hasConvictions'],
      // A conviction needs a legal assessment (is it a serious expulsion interest?): unknown
      // with no missing facts means "assess", not "ask".
      evaluate: (ctx) => {
        const none = noConvictions(ctx);
        return none === NOT_MET ? { status: UNKNOWN, missing: [] } : { status: none };
      },
    },
  ],
  notes: [
    { id: 'fdgo-and-basic-knowledge' },
    { id: 'exceptions-regularly' },
    { id: 'time-60b-not-counted', meta: derive(base, { source: SOURCES.paragraph60b5 }) },
  ],
};
