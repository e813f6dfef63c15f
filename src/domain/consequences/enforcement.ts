// Consequences of not leaving: benefit cuts, entry ban, detention, costs and residence
// restrictions. Voluntary departure within the deadline avoids most of them.
import { TOLERATED } from '../facts/statusHistory';
import { all, any, fromYesNo, MET, negate, NOT_MET, UNKNOWN } from '../rules/logic';
import {
  derive,
  GEAS_APPLICABLE_FROM,
  GEAS_APPLICABLE_FROM_DAY_BEFORE,
  meta,
  SOURCES,
} from '../rules/meta';
import { chainLasted, cooperationOk, currentStatusIn, noObstruction } from '../rules/shared';
import type { EvalContext, RequirementStatus } from '../rules/types';
import {
  deadlinePassed,
  deceptionOrNoSteps,
  departureDeadline,
  forObliged,
  obligedToLeave,
  toApplicability,
} from './shared';
import type { ConsequenceDef } from './types';

/** Departure was impossible (legally or factually) and the person is not at fault (§ 11 Abs. 6). */
function preventedWithoutFault(ctx: EvalContext): RequirementStatus {
  const possible = ctx.facts.departurePossible;
  const impossible =
    possible === undefined || possible === 'unknown' ? UNKNOWN : possible === 'yes' ? NOT_MET : MET;
  return all(impossible, noObstruction(ctx));
}

export const asylblg1a: ConsequenceDef = {
  id: 'asylblg-1a',
  meta: meta({
    legalRef: '§ 1a Abs. 1 und 3 AsylbLG; § 14 AsylbLG',
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
      id: 'prior-belehrung',
      meta: meta({
        legalRef: '§ 1a AsylbLG; § 14 AsylbLG',
        source: 'Rechtsprüfung 12/2026 (Änderungen 2026); Bay. LSG L 8 AY 7/23',
        validFrom: '2019-08-21',
        reviewedOn: '2026-12-04',
        confidence: 'medium',
        reviewNote:
          'Schriftliche Belehrung mit Frist vor der Kürzung nach Rechtsprechung (Bay. LSG); ' +
          'keine gesetzliche Regel gefunden.',
      }),
    },
    { id: 'acute-care' },
    {
      id: 'dublin-exclusion',
      meta: meta({
        legalRef: '§ 1a Abs. 7 AsylbLG (Sicherheitspaket 2024)',
        source: SOURCES.asylblg1a,
        validFrom: '2024-10-31',
        validUntil: GEAS_APPLICABLE_FROM_DAY_BEFORE,
        confidence: 'medium',
        reviewNote:
          'Vorschriften des Sicherheitspakets nicht erneut gelesen; Inkrafttreten prüfen.',
      }),
    },
    {
      id: 'ammr-exclusion',
      meta: meta({
        legalRef: '§ 1a AsylbLG (Fassung nach dem GEAS-Anpassungsgesetz)',
        source: 'Rechtsprüfung 12/2026 (Änderungen 2026): GEAS anwendbar ab 12.06.2026',
        validFrom: GEAS_APPLICABLE_FROM,
        reviewedOn: '2026-12-04',
        confidence: 'low',
        reviewNote:
          'Verkündungsdatum und genauer Wortlaut des § 1a AsylbLG nach dem GEAS-' +
          'Anpassungsgesetz sind nicht bestätigt: Bezieht sich der Leistungsausschluss jetzt auf ' +
          'Überstellungen nach der AMMR (VO (EU) 2024/1351)?',
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
    {
      id: 'voluntary-avoids',
      meta: meta({
        legalRef: '§ 11 Abs. 1, 2, 6, 7 AufenthG',
        source: 'Rechtsprüfung 12/2026 Nr. 7; ' + SOURCES.p11,
        validFrom: '2019-08-21',
        reviewedOn: '2026-12-04',
        confidence: 'high',
      }),
    },
    {
      id: 'bamf-ban',
      when: (ctx) =>
        ctx.facts.asylumDecision === 'rejected-manifestly-unfounded' ||
        ctx.facts.pendingProceedingKinds?.includes('follow-up-application') === true,
      meta: meta({
        legalRef: '§ 11 Abs. 7 AufenthG',
        source: 'Rechtsprüfung 12/2026 Nr. 7; ' + SOURCES.p11,
        validFrom: '2019-08-21',
        reviewedOn: '2026-12-04',
        confidence: 'medium',
        reviewNote:
          'Ob das BAMF im Einzelfall ein Verbot nach Abs. 7 angeordnet hat, zeigt nur der Bescheid.',
      }),
    },
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
      // Abs. 6 excludes a person prevented from leaving through no fault of their own.
      when: (ctx) => deadlinePassed(ctx) === MET && preventedWithoutFault(ctx) !== MET,
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
        legalRef: '§ 62b AufenthG (Fassung bis 26.2.2024)',
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
        legalRef: '§ 62d AufenthG (aufgehoben)',
        source: SOURCES.lawyer2026,
        validFrom: '2026-02-01',
        confidence: 'medium',
        reviewNote: 'Inkrafttreten 1.2.2026 laut domain.md (Daten des Inkrafttretens: M).',
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

/** Findings of the legal review of December 2026 (shared/research/legal-review-2026-12.md). */
const REVIEW_61 =
  'Rechtsprüfung 12/2026 Nr. 1: buzer.de § 61 AufenthG (Fassung vom 25.10.2024); deubner ' +
  '§ 61 AufenthG (Stand 21.02.2024)';

const p61 = meta({
  legalRef: '§ 61 Abs. 1, 1b, 1c AufenthG',
  source: REVIEW_61,
  validFrom: '2015-01-01',
  reviewedOn: '2026-12-04',
  confidence: 'high',
});

/** § 61 Abs. 1b: the statutory restriction ends after three months of such stay. */
export const LAND_RESTRICTION_ENDS_AFTER_MONTHS = 3;
const PERMITTED_TOLERATED_OR_GESTATTET = [
  'gestattung',
  ...TOLERATED,
  'permit-104c',
  'permit-other',
] as const;

/**
 * Grounds on which the authority can order a restriction again (§ 61 Abs. 1c: convictions,
 * drug offences, imminent measures to end the stay; S. 2: deception or non-cooperation).
 */
function orderRisk(ctx: EvalContext): RequirementStatus {
  return any(
    fromYesNo(ctx.facts.hasConvictions),
    fromYesNo(ctx.facts.deportationDateFixed),
    fromYesNo(ctx.facts.terminationMeasuresTaken),
    fromYesNo(ctx.facts.ownIdentityDeception),
    negate(cooperationOk(ctx)),
  );
}

/**
 * The restriction to the Land (§ 61 Abs. 1) applies by law to everyone obliged to leave, but
 * ends after three months of unbroken permitted, tolerated or gestattet stay (Abs. 1b) — so
 * a person tolerated for years is not restricted unless an order under Abs. 1c says so.
 */
export const residenceRestrictions: ConsequenceDef = {
  id: 'aufenthg-61',
  meta: p61,
  facts: ['currentStatus', 'statusHistory', 'firstEntryDate', 'residenceRestrictionOrdered'],
  actions: ['ask-before-travel', 'cooperate'],
  notes: [
    { id: 'land-restriction' },
    { id: 'ordered', when: (ctx) => ctx.facts.residenceRestrictionOrdered === 'yes' },
    { id: 'further-restriction' },
    { id: 'breach' },
    { id: 'immediately-enforceable', meta: derive(p61, { validFrom: '2024-02-27' }) },
  ],
  deadlineIds: [],
  assess: (ctx) => {
    const obliged = obligedToLeave(ctx);
    if (obliged === NOT_MET) return { applicability: undefined };
    const ordered = fromYesNo(ctx.facts.residenceRestrictionOrdered);
    const ended = chainLasted(
      ctx,
      { counting: PERMITTED_TOLERATED_OR_GESTATTET },
      LAND_RESTRICTION_ENDS_AFTER_MONTHS,
    ).status;
    const applies = all(obliged, any(ordered, negate(ended)));
    if (applies === MET) return { applicability: 'applies' };
    if (applies === UNKNOWN) return { applicability: 'unknown' };
    // Ended by law and not ordered: only a warning where an order could follow.
    return { applicability: orderRisk(ctx) === MET ? 'threatens' : undefined };
  },
};

const p61d = meta({
  legalRef: '§ 61 Abs. 1d AufenthG',
  source: REVIEW_61,
  validFrom: '2015-01-01',
  reviewedOn: '2026-12-04',
  confidence: 'high',
});

/** § 61 Abs. 1d: whoever is obliged to leave and cannot live on own means must live where told. */
export const residenceObligation: ConsequenceDef = {
  id: 'wohnsitzauflage',
  meta: p61d,
  facts: ['currentStatus', 'livelihoodSecured'],
  actions: ['keep-address'],
  notes: [{ id: 'separate' }, { id: 'breach' }],
  deadlineIds: [],
  assess: (ctx) => {
    const value = ctx.facts.livelihoodSecured;
    const notSecured =
      value === undefined || value === 'unknown' ? UNKNOWN : value === 'fully' ? NOT_MET : MET;
    return { applicability: toApplicability(all(obligedToLeave(ctx), notSecured), 'applies') };
  },
};

/** Rückführungsverbesserungsgesetz (in force 27.02.2024): how a deportation is carried out. */
export const deportation: ConsequenceDef = {
  id: 'deportation',
  meta: meta({
    legalRef: '§ 58 AufenthG; § 59 Abs. 1 S. 8 AufenthG',
    source: 'Rechtsprüfung 12/2026 (fehlende Inhalte Nr. 3); ' + SOURCES.ruevg,
    validFrom: '2024-02-27',
    reviewedOn: '2026-12-04',
    confidence: 'medium',
    reviewNote:
      'Ausnahme von der Nichtankündigung bei Familien mit Kindern unter 12 Jahren und die ' +
      'Befugnisse nach § 58 Abs. 5 ff. am Gesetzestext prüfen.',
  }),
  facts: ['currentStatus', 'departureDeadline'],
  actions: ['leave-within-deadline', 'use-return-counselling', 'get-legal-advice'],
  notes: [{ id: 'no-announcement' }, { id: 'entering-homes' }],
  deadlineIds: ['departure'],
  assess: (ctx) => ({
    applicability: toApplicability(obligedToLeave(ctx)),
    deadlines: departureDeadline(ctx, 'deportation'),
  }),
};
