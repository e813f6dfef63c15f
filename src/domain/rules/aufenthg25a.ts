// § 25a AufenthG: residence permit for well-integrated young people ("soll").
import { addDays, isIsoDate, isOnOrBefore, nthBirthday } from '../dates';
import { LAWFUL_OR_TOLERATED, TOLERATED_COUNTING } from '../facts/statusHistory';
import { any, fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { derive, meta, SOURCES } from './meta';
import { CHANCEN_LATEST_EXPIRY, permit104cDeadlines, TRANSITION_META } from './aufenthg104c';
import {
  ageOnDate,
  chainLasted,
  currentStatusIn,
  deadline,
  durationOutcome,
  noOwnDeception,
  passportOutcome,
  years,
} from './shared';
import type { EvalContext, PathwayDef, RequirementStatus } from './types';

const ID = 'aufenthg-25a';
const PREFIX = `rules.${ID}`;
export const AGE_LIMIT_25A = 27;

const base = meta({
  legalRef: '§ 25a AufenthG',
  source: SOURCES.buzer25a,
  // The current version (no direct switch from Gestattung) applies since 31.12.2022.
  validFrom: '2022-12-31',
  confidence: 'high',
});

/** The application date that counts: a recorded § 25a application, else asOf. */
function applicationDate(ctx: EvalContext): string {
  const filed = ctx.facts.applicationsFiled?.find(
    (a) => a.kind === ID && isIsoDate(a.filedOn) && isOnOrBefore(a.filedOn, ctx.asOf),
  );
  return filed?.filedOn ?? ctx.asOf;
}

/** A § 104c holder may switch to § 25a while the own permit is valid (no permit outlives 30.6.2027). */
function holds104cWithinTransition(ctx: EvalContext): RequirementStatus {
  return isOnOrBefore(ctx.asOf, CHANCEN_LATEST_EXPIRY)
    ? currentStatusIn(ctx, ['permit-104c'])
    : NOT_MET;
}

export const aufenthg25a: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: [
    'last-application-day',
    'duldung-12-months',
    'stay-3-years',
    'permit-104c-ends',
    'latest-104c-expiry',
  ],
  requirements: [
    {
      id: 'age',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25a Abs. 1 S. 1 Nr. 3 AufenthG' }),
      facts: ['birthDate'],
      evaluate: (ctx) => {
        const age = ageOnDate(ctx, applicationDate(ctx));
        if (age === undefined || !isIsoDate(ctx.facts.birthDate)) return { status: UNKNOWN };
        const lastDay = addDays(nthBirthday(ctx.facts.birthDate, AGE_LIMIT_25A), -1);
        return {
          status: age < AGE_LIMIT_25A ? MET : NOT_MET,
          deadlines: [deadline(PREFIX, 'last-application-day', lastDay, 'act-by', ctx.asOf)],
        };
      },
    },
    {
      id: 'prior-duldung',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25a Abs. 1 S. 1 AufenthG' }),
      facts: ['currentStatus', 'statusHistory'],
      evaluate: (ctx) => {
        const duldung = chainLasted(ctx, { counting: TOLERATED_COUNTING }, 12);
        const deadlines = [
          ...(duldung.fulfilledOn
            ? [deadline(PREFIX, 'duldung-12-months', duldung.fulfilledOn, 'fulfilled-on', ctx.asOf)]
            : []),
          ...permit104cDeadlines(PREFIX, ctx),
        ];
        return durationOutcome(
          any(holds104cWithinTransition(ctx), duldung.status),
          [duldung],
          deadlines,
        );
      },
    },
    {
      id: 'stay-3-years',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25a Abs. 1 S. 1 Nr. 1 AufenthG; § 60b Abs. 5 AufenthG' }),
      facts: ['currentStatus', 'statusHistory'],
      evaluate: (ctx) => {
        // § 60b time does not count, except for § 104c holders (domain.md, H).
        const is104c = ctx.facts.currentStatus === 'permit-104c';
        const stay = chainLasted(
          ctx,
          is104c
            ? { counting: [...LAWFUL_OR_TOLERATED, 'duldung-60b'] }
            : { counting: LAWFUL_OR_TOLERATED, neutral: ['duldung-60b'] },
          years(3),
        );
        return durationOutcome(
          stay.status,
          [stay],
          stay.fulfilledOn
            ? [deadline(PREFIX, 'stay-3-years', stay.fulfilledOn, 'fulfilled-on', ctx.asOf)]
            : [],
        );
      },
    },
    {
      id: 'school-or-qualification',
      kind: 'condition',
      meta: derive(base, { legalRef: '§ 25a Abs. 1 S. 1 Nr. 2 AufenthG' }),
      facts: ['schoolYearsInGermany', 'qualificationInGermany'],
      evaluate: (ctx) => {
        const { schoolYearsInGermany, qualificationInGermany } = ctx.facts;
        const school =
          schoolYearsInGermany === undefined ? UNKNOWN : schoolYearsInGermany >= 3 ? MET : NOT_MET;
        const qualification =
          qualificationInGermany === undefined || qualificationInGermany === 'unknown'
            ? UNKNOWN
            : qualificationInGermany === 'none'
              ? NOT_MET
              : MET;
        return { status: any(school, qualification) };
      },
    },
    {
      id: 'no-own-deception',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 25a Abs. 1 AufenthG' }),
      facts: ['ownIdentityDeception'],
      evaluate: (ctx) => ({ status: noOwnDeception(ctx) }),
    },
    {
      id: 'passport',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 5 Abs. 1 Nr. 4, Abs. 3 AufenthG' }),
      facts: ['passportStatus'],
      evaluate: passportOutcome,
    },
    {
      id: 'livelihood',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 25a Abs. 1 S. 2 AufenthG; § 5 Abs. 1 Nr. 1 AufenthG' }),
      facts: ['livelihoodSecured', 'inEducation'],
      evaluate: (ctx) => {
        const secured =
          ctx.facts.livelihoodSecured === undefined || ctx.facts.livelihoodSecured === 'unknown'
            ? UNKNOWN
            : ctx.facts.livelihoodSecured === 'fully'
              ? MET
              : NOT_MET;
        // Benefits are no bar while the young person is in school, training or study.
        return { status: any(secured, fromYesNo(ctx.facts.inEducation)) };
      },
    },
  ],
  notes: [
    { id: 'prognosis-and-fdgo' },
    {
      id: 'parents-and-siblings',
      meta: derive(base, {
        legalRef: '§ 25a Abs. 2 AufenthG; § 60a Abs. 2b AufenthG',
        confidence: 'medium',
      }),
    },
    { id: 'parents-deception-not-counted' },
    {
      id: 'transition-104c',
      when: (ctx) => ctx.facts.currentStatus === 'permit-104c',
      meta: TRANSITION_META,
    },
  ],
};
