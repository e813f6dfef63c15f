// § 104c AufenthG, Chancen-Aufenthaltsrecht. The old version (18-month permit for people
// with 5 years of stay by 31.10.2022) expired on 31.12.2025. The new § 104c is only a
// transitional rule: existing permits run out (at the latest on 30.06.2027) and can only be
// followed by § 25a/§ 25b. The holder's own deadline is the end of the own permit: only an
// application filed while it is valid keeps the stay lawful (§ 81 Abs. 4).
import { isIsoDate, isOnOrBefore } from '../dates';
import type { IsoDate } from '../dates';
import { LAWFUL_OR_TOLERATED, TOLERATED } from '../facts/statusHistory';
import { derive, isInForce, meta, SOURCES } from './meta';
import {
  chainLasted,
  convictionsWithinThreshold,
  currentStatusIn,
  deadline,
  durationOutcome,
  noOwnDeception,
  years,
} from './shared';
import type { DeadlineResult, EvalContext, PathwayDef } from './types';

const ID = 'aufenthg-104c';
const PREFIX = `rules.${ID}`;

/** Stay had to reach 5 years by this date (§ 104c Abs. 1 old version). */
export const CHANCEN_CUTOFF: IsoDate = '2022-10-31';
/** Last day of the old § 104c (domain.md: H). */
export const CHANCEN_EXPIRY: IsoDate = '2025-12-31';
/**
 * Latest possible expiry of any § 104c permit (18 months from a grant on 31.12.2025). Not a
 * personal deadline: a permit that ends earlier must be followed up before its own end.
 */
export const CHANCEN_LATEST_EXPIRY: IsoDate = '2027-06-30';

/** Findings of the legal review of December 2026 (shared/research/legal-review-2026-12.md). */
export const REVIEW_104C =
  'Rechtsprüfung 12/2026 Nr. 2: asyl.net „Gesetzesänderungen zum Jahreswechsel“; Berlin LEA (Verfahrenshinweise § 104c)';

/**
 * Last day of the holder's own § 104c permit: the recorded validity, else the end of the
 * § 104c period in the status history that covers asOf.
 */
export function permit104cEnd(ctx: EvalContext): IsoDate | undefined {
  if (isIsoDate(ctx.facts.permitValidUntil)) return ctx.facts.permitValidUntil;
  const current = ctx.facts.statusHistory?.find(
    (p) =>
      p.status === 'permit-104c' &&
      isIsoDate(p.from) &&
      isOnOrBefore(p.from, ctx.asOf) &&
      isIsoDate(p.until) &&
      isOnOrBefore(ctx.asOf, p.until),
  );
  return current?.until;
}

/**
 * The deadline a § 104c holder must keep: the end of the own permit (act by then); while it is
 * not recorded, only the latest possible expiry as a legal date, never as an act-by date.
 */
export function permit104cDeadlines(prefix: string, ctx: EvalContext): DeadlineResult[] {
  if (ctx.facts.currentStatus !== 'permit-104c') return [];
  const end = permit104cEnd(ctx);
  return end === undefined
    ? [deadline(prefix, 'latest-104c-expiry', CHANCEN_LATEST_EXPIRY, 'legal-date', ctx.asOf)]
    : [deadline(prefix, 'permit-104c-ends', end, 'act-by', ctx.asOf)];
}

const base = meta({
  legalRef: '§ 104c AufenthG (Fassung bis 31.12.2025)',
  source: SOURCES.chancen,
  validFrom: '2022-12-31',
  validUntil: CHANCEN_EXPIRY,
  confidence: 'high',
});

function filedBeforeExpiry(ctx: EvalContext): boolean {
  return (
    ctx.facts.applicationsFiled?.some(
      (a) => a.kind === ID && isIsoDate(a.filedOn) && isOnOrBefore(a.filedOn, CHANCEN_EXPIRY),
    ) ?? false
  );
}

/** The new § 104c (from 2026): holders move to § 25a/§ 25b before their own permit ends. */
export const TRANSITION_META = derive(base, {
  legalRef: '§ 104c Abs. 2 AufenthG (neue Fassung); § 81 Abs. 4 AufenthG',
  source: REVIEW_104C,
  validFrom: '2026-01-01',
  validUntil: CHANCEN_LATEST_EXPIRY,
  reviewedOn: '2026-12-04',
  confidence: 'high',
});

export const aufenthg104c: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: ['cut-off', 'expiry', 'latest-104c-expiry', 'permit-104c-ends'],
  requirements: [
    {
      id: 'tolerated',
      kind: 'condition',
      meta: derive(base, {
        legalRef: '§ 104c Abs. 1 AufenthG (alte Fassung)',
        confidence: 'medium',
        reviewNote:
          'domain.md nennt den Aufenthalt, nicht ausdrücklich „derzeit geduldet“: Wortlaut prüfen.',
      }),
      facts: ['currentStatus'],
      evaluate: (ctx) => ({ status: currentStatusIn(ctx, TOLERATED) }),
    },
    {
      id: 'stay-5-years-by-cut-off',
      kind: 'condition',
      meta: derive(base, {
        confidence: 'medium',
        reviewNote: 'Ob Zeiten nach § 60b auf die 5 Jahre angerechnet wurden, ist offen.',
      }),
      facts: ['statusHistory'],
      evaluate: (ctx) => {
        const stay = chainLasted(
          ctx,
          { counting: [...LAWFUL_OR_TOLERATED, 'duldung-60b'] },
          years(5),
          CHANCEN_CUTOFF,
        );
        return durationOutcome(
          stay.status,
          [stay],
          [deadline(PREFIX, 'cut-off', CHANCEN_CUTOFF, 'legal-date', ctx.asOf)],
        );
      },
    },
    {
      id: 'convictions',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 104c Abs. 1 AufenthG (alte Fassung)' }),
      facts: [
        'hasConvictions',
        'convictionDailyRates',
        'convictionSentenceMonths',
        'convictionsOnlyImmigrationOffences',
      ],
      evaluate: (ctx) => ({ status: convictionsWithinThreshold(ctx) }),
    },
    {
      id: 'no-repeated-deception',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 104c Abs. 1 AufenthG (alte Fassung)' }),
      facts: ['ownIdentityDeception'],
      evaluate: (ctx) => ({ status: noOwnDeception(ctx) }),
    },
  ],
  notes: [
    {
      id: 'pending-application-disputed',
      when: (ctx) => !isInForce(base, ctx.asOf) && filedBeforeExpiry(ctx),
      // Only relevant after the expiry, so its own window starts there.
      meta: derive(base, {
        source: SOURCES.chancenOpen,
        validFrom: '2026-01-01',
        validUntil: undefined,
        confidence: 'low',
      }),
    },
    {
      id: 'holder-transition',
      when: (ctx) => ctx.facts.currentStatus === 'permit-104c',
      meta: TRANSITION_META,
    },
    {
      id: 'permit-end-unknown',
      when: (ctx) => ctx.facts.currentStatus === 'permit-104c' && permit104cEnd(ctx) === undefined,
      meta: TRANSITION_META,
    },
  ],
  override: (ctx, generic) => {
    if (isInForce(base, ctx.asOf)) {
      return {
        status: generic,
        deadlines: [deadline(PREFIX, 'expiry', CHANCEN_EXPIRY, 'legal-date', ctx.asOf)],
      };
    }
    const deadlines = [
      deadline(PREFIX, 'expiry', CHANCEN_EXPIRY, 'legal-date', ctx.asOf),
      ...permit104cDeadlines(PREFIX, ctx),
    ];
    // Applications filed before the expiry: no statutory transition rule, legal position
    // disputed (domain.md: L). Never "likely" then, but say "not met" if a condition fails.
    if (filedBeforeExpiry(ctx)) {
      return { status: generic === 'not-met' ? 'not-met' : 'unknown', deadlines };
    }
    return { status: 'expired', deadlines };
  },
};
