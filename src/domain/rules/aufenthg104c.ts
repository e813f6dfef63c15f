// § 104c AufenthG, Chancen-Aufenthaltsrecht. The old version (18-month permit for people
// with 5 years of stay by 31.10.2022) expired on 31.12.2025. The new § 104c is only a
// transitional rule: existing permits run out and can only be followed by § 25a/§ 25b.
import { isIsoDate, isOnOrBefore } from '../dates';
import type { IsoDate } from '../dates';
import { LAWFUL_OR_TOLERATED, TOLERATED } from '../facts/statusHistory';
import { derive, isInForce, meta, SOURCES } from './meta';
import {
  chainLasted,
  convictionsWithinThreshold,
  currentStatusIn,
  deadline,
  noOwnDeception,
  years,
} from './shared';
import type { EvalContext, PathwayDef } from './types';

const ID = 'aufenthg-104c';
const PREFIX = `rules.${ID}`;

/** Stay had to reach 5 years by this date (§ 104c Abs. 1 old version). */
export const CHANCEN_CUTOFF: IsoDate = '2022-10-31';
/** Last day of the old § 104c (domain.md: H). */
export const CHANCEN_EXPIRY: IsoDate = '2025-12-31';
/** Holders can apply for § 25a/§ 25b until this date (domain.md: M, older text differs). */
export const CHANCEN_TRANSITION_APPLY_UNTIL: IsoDate = '2027-06-30';

const base = meta({
  legalRef: '§ 104c AufenthG (version until 31.12.2025)',
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

export const aufenthg104c: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'should',
  deadlineIds: ['cut-off', 'expiry', 'apply-25a-25b-until', 'permit-ends'],
  requirements: [
    {
      id: 'tolerated',
      kind: 'condition',
      meta: derive(base, {
        legalRef: '§ 104c Abs. 1 AufenthG (old version)',
        confidence: 'medium',
        reviewNote: 'domain.md names the stay, not explicitly "currently geduldet"; check wording.',
      }),
      facts: ['currentStatus'],
      evaluate: (ctx) => ({ status: currentStatusIn(ctx, TOLERATED) }),
    },
    {
      id: 'stay-5-years-by-cut-off',
      kind: 'condition',
      meta: derive(base, {
        confidence: 'medium',
        reviewNote: 'Whether § 60b periods counted towards the 5 years is not in domain.md.',
      }),
      facts: ['statusHistory'],
      evaluate: (ctx) => {
        const stay = chainLasted(
          ctx,
          { counting: [...LAWFUL_OR_TOLERATED, 'duldung-60b'] },
          years(5),
          CHANCEN_CUTOFF,
        );
        return {
          status: stay.status,
          deadlines: [deadline(PREFIX, 'cut-off', CHANCEN_CUTOFF, 'legal-date', ctx.asOf)],
        };
      },
    },
    {
      id: 'convictions',
      kind: 'exclusion',
      meta: derive(base, { legalRef: '§ 104c Abs. 1 AufenthG (old version)' }),
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
      meta: derive(base, { legalRef: '§ 104c Abs. 1 AufenthG (old version)' }),
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
      meta: derive(base, {
        legalRef: '§ 104c AufenthG (new version); § 81 Abs. 4 AufenthG',
        validFrom: '2026-01-01',
        validUntil: CHANCEN_TRANSITION_APPLY_UNTIL,
        confidence: 'medium',
        reviewNote: '30.6.2027: an older Art. 5 text showed the changes taking effect 31.12.2025.',
      }),
    },
  ],
  override: (ctx, generic) => {
    if (isInForce(base, ctx.asOf)) {
      return {
        status: generic,
        deadlines: [deadline(PREFIX, 'expiry', CHANCEN_EXPIRY, 'legal-date', ctx.asOf)],
      };
    }
    const deadlines = [deadline(PREFIX, 'expiry', CHANCEN_EXPIRY, 'legal-date', ctx.asOf)];
    if (ctx.facts.currentStatus === 'permit-104c') {
      deadlines.push(
        deadline(PREFIX, 'apply-25a-25b-until', CHANCEN_TRANSITION_APPLY_UNTIL, 'act-by', ctx.asOf),
      );
      const current = ctx.facts.statusHistory?.find(
        (p) => p.status === 'permit-104c' && p.until !== undefined && isIsoDate(p.until),
      );
      if (current?.until !== undefined) {
        deadlines.push(deadline(PREFIX, 'permit-ends', current.until, 'act-by', ctx.asOf));
      }
    }
    // Applications filed before the expiry: no statutory transition rule, legal position
    // disputed (domain.md: L). Never "likely" then, but say "not met" if a condition fails.
    if (filedBeforeExpiry(ctx)) {
      return { status: generic === 'not-met' ? 'not-met' : 'unknown', deadlines };
    }
    return { status: 'expired', deadlines };
  },
};
