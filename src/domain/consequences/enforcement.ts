// Consequences of not leaving: benefit cuts, entry ban, detention, costs and residence
// restrictions. Voluntary departure within the deadline avoids most of them.
import { all, any, fromYesNo, MET, negate, NOT_MET, UNKNOWN } from '../rules/logic';
import { derive, meta, SOURCES } from '../rules/meta';
import { cooperationOk, currentStatusIn } from '../rules/shared';
import {
  deadlinePassed,
  deceptionOrNoSteps,
  departureDeadline,
  forObliged,
  obligedToLeave,
  toApplicability,
} from './shared';
import type { ConsequenceDef } from './types';

export const asylblg1a: ConsequenceDef = {
  id: 'asylblg-1a',
  meta: meta({
    legalRef: '§ 1a Abs. 1 and 3 AsylbLG; § 14 AsylbLG',
    source: SOURCES.asylblg1a,
    validFrom: '2019-08-21',
    confidence: 'high',
  }),
  facts: [
    'currentStatus',
    'receivesAsylblgBenefits',
    'departureDeadline',
    'departurePossible',
    'ownIdentityDeception',
    'reasonableStepsTaken',
  ],
  actions: ['ask-what-exactly', 'take-required-steps', 'keep-proof', 'voluntary-departure'],
  notes: [
    { id: 'scope' },
    { id: 'six-months' },
    {
      id: 'dublin-exclusion',
      meta: meta({
        legalRef: '§ 1a AsylbLG (Sicherheitspaket 2024)',
        source: SOURCES.asylblg1a,
        validFrom: '2024-10-31',
        confidence: 'medium',
        reviewNote: 'Sicherheitspaket provisions not re-read; in-force date to verify.',
      }),
    },
  ],
  deadlineIds: ['departure'],
  assess: (ctx) => {
    const departureOpen =
      ctx.facts.departurePossible === undefined || ctx.facts.departurePossible === 'unknown'
        ? UNKNOWN
        : ctx.facts.departurePossible === 'yes'
          ? MET
          : NOT_MET;
    const abs1 = all(deadlinePassed(ctx), departureOpen);
    const abs3 = any(currentStatusIn(ctx, ['duldung-60b']), deceptionOrNoSteps(ctx));
    const receives = fromYesNo(ctx.facts.receivesAsylblgBenefits);
    return {
      applicability: toApplicability(forObliged(ctx, all(receives, any(abs1, abs3)))),
      deadlines: departureDeadline(ctx, 'asylblg-1a'),
    };
  },
};

export const entryBan: ConsequenceDef = {
  id: 'aufenthg-11',
  meta: meta({
    legalRef: '§ 11 Abs. 1–2 AufenthG',
    source: SOURCES.p11,
    validFrom: '2019-08-21',
    confidence: 'high',
  }),
  facts: ['currentStatus', 'departureDeadline'],
  actions: ['leave-within-deadline', 'use-return-counselling', 'apply-to-shorten'],
  notes: [
    { id: 'schengen-wide' },
    { id: 'voluntary-avoids' },
    {
      id: 'length',
      meta: meta({
        legalRef: '§ 11 Abs. 3–4 AufenthG',
        source: SOURCES.p11,
        validFrom: '2019-08-21',
        confidence: 'medium',
      }),
    },
    {
      id: 'overstay-ban',
      when: (ctx) => deadlinePassed(ctx) === MET,
      meta: meta({
        legalRef: '§ 11 Abs. 6 AufenthG',
        source: SOURCES.p11,
        validFrom: '2019-08-21',
        confidence: 'medium',
      }),
    },
  ],
  deadlineIds: ['departure'],
  assess: (ctx) => ({
    applicability: toApplicability(obligedToLeave(ctx)),
    deadlines: departureDeadline(ctx, 'aufenthg-11'),
  }),
};

export const detention: ConsequenceDef = {
  id: 'detention',
  meta: meta({
    legalRef: '§ 62 AufenthG; § 62b AufenthG',
    source: SOURCES.detention,
    validFrom: '2005-01-01',
    confidence: 'high',
  }),
  facts: ['currentStatus', 'deportationDateFixed', 'passportStatus', 'reasonableStepsTaken'],
  actions: ['leave-within-deadline', 'attend-appointments', 'keep-address', 'get-legal-advice'],
  notes: [
    {
      id: 'durations',
      meta: meta({
        legalRef: '§ 62 Abs. 2–4, 6 AufenthG; § 62b AufenthG',
        source: SOURCES.ruevg,
        validFrom: '2024-02-27',
        confidence: 'high',
      }),
    },
    {
      id: 'durations-before-2024',
      meta: meta({
        legalRef: '§ 62b AufenthG (version until 26.2.2024)',
        source: SOURCES.ruevg,
        validFrom: '2005-01-01',
        validUntil: '2024-02-26',
        confidence: 'high',
      }),
    },
    { id: 'minors-families' },
    {
      id: 'mandatory-lawyer',
      meta: meta({
        legalRef: '§ 62d AufenthG (RüVG)',
        source: SOURCES.ruevg,
        validFrom: '2024-02-27',
        validUntil: '2026-01-31',
        confidence: 'high',
      }),
    },
    {
      id: 'no-mandatory-lawyer',
      meta: meta({
        legalRef: '§ 62d AufenthG (repealed)',
        source: SOURCES.lawyer2026,
        validFrom: '2026-02-01',
        confidence: 'medium',
        reviewNote: 'In-force date 1.2.2026 per domain.md (dates in force: M).',
      }),
    },
  ],
  deadlineIds: [],
  assess: (ctx) => {
    const risk = any(
      currentStatusIn(ctx, ['obliged-to-leave-without-duldung']),
      fromYesNo(ctx.facts.deportationDateFixed),
      negate(cooperationOk(ctx)),
    );
    return { applicability: toApplicability(forObliged(ctx, risk)) };
  },
};

export const deportationCosts: ConsequenceDef = {
  id: 'deportation-costs',
  meta: meta({
    legalRef: '§§ 66, 67 AufenthG',
    source: SOURCES.costs,
    validFrom: '2005-01-01',
    confidence: 'high',
  }),
  facts: ['currentStatus'],
  actions: ['voluntary-departure', 'use-return-counselling'],
  notes: [
    { id: 'what-is-charged' },
    { id: 'before-reentry' },
    {
      id: 'limitation',
      meta: meta({
        legalRef: '§ 70 AufenthG',
        source: SOURCES.costs,
        validFrom: '2005-01-01',
        confidence: 'medium',
      }),
    },
  ],
  deadlineIds: [],
  assess: (ctx) => ({ applicability: toApplicability(obligedToLeave(ctx)) }),
};

const p61 = meta({
  legalRef: '§ 61 AufenthG',
  source: SOURCES.p61,
  validFrom: '2005-01-01',
  confidence: 'medium',
  reviewNote: 'Statute not re-read (domain.md: M).',
});

export const residenceRestrictions: ConsequenceDef = {
  id: 'aufenthg-61',
  meta: p61,
  facts: ['currentStatus', 'livelihoodSecured'],
  actions: ['ask-before-travel', 'keep-address', 'cooperate'],
  notes: [
    { id: 'land-restriction' },
    { id: 'further-restriction' },
    {
      id: 'wohnsitzauflage',
      when: (ctx) =>
        ctx.facts.livelihoodSecured !== undefined &&
        ctx.facts.livelihoodSecured !== 'unknown' &&
        ctx.facts.livelihoodSecured !== 'fully',
    },
    { id: 'breach' },
    { id: 'immediately-enforceable', meta: derive(p61, { validFrom: '2024-02-27' }) },
  ],
  deadlineIds: [],
  // The restriction to the Land applies by law to everyone obliged to leave.
  assess: (ctx) => ({ applicability: toApplicability(obligedToLeave(ctx), 'applies') }),
};
