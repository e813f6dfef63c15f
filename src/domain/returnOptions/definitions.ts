// Voluntary-return programmes and counselling routes. Amounts are never stored: they
// change often and domain.md rates the figures it found as unreliable (L). Each option
// names its support categories and where current figures are published instead.
import { addMonths, isAfter, isBefore, isIsoDate, isOnOrAfter } from '../dates';
import { OBLIGED_TO_LEAVE, TOLERATED } from '../facts/statusHistory';
import { MET } from '../rules/logic';
import { derive, isInForce, meta, SOURCES } from '../rules/meta';
import { chainLasted, currentStatusIn } from '../rules/shared';
import type { EvalContext } from '../rules/types';
import {
  EU_MEMBER_STATES,
  EURP_EXAMPLE_COUNTRIES,
  EURP_SPECIAL_RULES,
  SHP_CATEGORIES,
} from './countries';
import type { ShpCategory } from './countries';
import type { ReturnOptionDef } from './types';

/** The federal return portal (BAMF + IOM): source of current amounts, lists and forms. */
export const RETURN_PORTAL = 'returningfromgermany.de';

/** Known nationality code, or undefined when unknown/stateless. */
function nationalityCode(ctx: EvalContext): string | undefined {
  const n = ctx.facts.nationality;
  return n === undefined || n === 'unknown' || n === 'stateless' ? undefined : n;
}

const isEu = (ctx: EvalContext) => EU_MEMBER_STATES.includes(nationalityCode(ctx) ?? '');

const TURKIYE_SHORT_STAY_MONTHS = 6;

/**
 * Compares the stay since first entry with 6 months: 'shorter' (< 6 months), 'exactly'
 * (the 6-month anniversary itself), 'longer', or undefined if the entry date is unknown.
 * REAG/GARP's Türkiye rule speaks of "< 6 months", EURP of "stays ≤ 6 months".
 */
function stayVersusSixMonths(ctx: EvalContext): 'shorter' | 'exactly' | 'longer' | undefined {
  const entry = ctx.facts.firstEntryDate;
  if (!isIsoDate(entry)) return undefined;
  const sixMonths = addMonths(entry, TURKIYE_SHORT_STAY_MONTHS);
  if (isBefore(ctx.asOf, sixMonths)) return 'shorter';
  return isAfter(ctx.asOf, sixMonths) ? 'longer' : 'exactly';
}
const TURKIYE_RULE_FROM = '2024-07-01';
const turkiyeRule = meta({
  legalRef: 'REAG/GARP Sonderregelung Türkiye',
  source: SOURCES.countryRules,
  validFrom: TURKIYE_RULE_FROM,
  validUntil: '2025-06-30',
  confidence: 'low',
  reviewNote: '"until 30.6.2025 with option to extend"; current status unknown.',
});

/** Türkiye, less than 6 months in Germany (stays ≤ 6 months for EURP). */
function turkiyeShortStay(ctx: EvalContext): boolean {
  return (
    nationalityCode(ctx) === 'TR' &&
    stayVersusSixMonths(ctx) === 'shorter' &&
    isOnOrAfter(ctx.asOf, TURKIYE_RULE_FROM)
  );
}

const counsellingMeta = meta({
  legalRef: 'Rückkehrberatung (Land task)',
  source: SOURCES.counselling,
  validFrom: '2023-03-24',
  confidence: 'high',
});

export const returnCounselling: ReturnOptionDef = {
  id: 'return-counselling',
  meta: counsellingMeta,
  facts: [],
  hints: [{ id: 'open-ended' }, { id: 'application-via-centre' }],
  actions: ['find-centre', 'referral-with-consent'],
  // Counselling is open to everyone, whatever their status or plans.
  assess: () => ({
    eligibility: 'likely-eligible',
    hints: ['open-ended', 'application-via-centre'],
  }),
};

const reagMeta = meta({
  legalRef: 'REAG/GARP 2.0 (Bund-Länder programme, IOM)',
  source: SOURCES.reag,
  validFrom: '2024-01-01',
  confidence: 'high',
  reviewNote: 'Structure H; amounts and family cap L (not stored).',
});

export const reagGarp: ReturnOptionDef = {
  id: 'reag-garp',
  meta: reagMeta,
  facts: ['nationality', 'currentStatus', 'receivesAsylblgBenefits', 'firstEntryDate'],
  hints: [
    { id: 'eu-citizen' },
    { id: 'eligible-group' },
    { id: 'other-permit-check' },
    { id: 'expulsion-restriction' },
    { id: 'processing-time' },
    { id: 'turkiye-short-stay', meta: turkiyeRule },
    {
      id: 'turkiye-short-stay-extension-unknown',
      meta: derive(turkiyeRule, { validFrom: '2025-07-01', validUntil: undefined }),
    },
    {
      id: 'syria-procedure',
      meta: derive(turkiyeRule, {
        legalRef: 'REAG/GARP Syria',
        validFrom: '2024-01-01',
        validUntil: undefined,
      }),
    },
  ],
  actions: ['apply-via-centre', 'plan-ahead'],
  assess: (ctx) => {
    const n = ctx.facts.nationality;
    if (n === undefined || n === 'unknown') return { eligibility: 'unknown' };
    if (isEu(ctx)) return { eligibility: 'not-eligible', hints: ['eu-citizen'] };
    const hints: string[] = ['processing-time', 'expulsion-restriction'];
    if (turkiyeShortStay(ctx)) {
      hints.push(
        isInForce(turkiyeRule, ctx.asOf)
          ? 'turkiye-short-stay'
          : 'turkiye-short-stay-extension-unknown',
      );
    }
    if (nationalityCode(ctx) === 'SY') hints.push('syria-procedure');
    // Eligible groups: AsylbLG beneficiaries, incl. tolerated and rejected applicants.
    const inGroup =
      ctx.facts.receivesAsylblgBenefits === 'yes' ||
      currentStatusIn(ctx, [...OBLIGED_TO_LEAVE, 'gestattung']) === MET;
    if (inGroup) return { eligibility: 'likely-eligible', hints: ['eligible-group', ...hints] };
    if (ctx.facts.currentStatus === 'permit-other' || ctx.facts.currentStatus === 'permit-104c') {
      return { eligibility: 'check', hints: ['other-permit-check', ...hints] };
    }
    return { eligibility: 'unknown', hints };
  },
};

const shpMeta = meta({
  legalRef: 'StarthilfePlus (BAMF, since 1.1.2024 restructured)',
  source: SOURCES.shp,
  validFrom: '2024-01-01',
  confidence: 'high',
  reviewNote: 'Existence and structure H; amounts L (not stored). Example country lists only.',
});
const shpLongTermMeta = derive(shpMeta, {
  confidence: 'low',
  reviewNote: 'The long-term-tolerated country list is an earlier list (domain.md: L).',
});

export const starthilfePlus: ReturnOptionDef = {
  id: 'starthilfeplus',
  meta: shpMeta,
  facts: ['nationality', 'statusHistory'],
  hints: [
    { id: 'no-entitlement' },
    { id: 'builds-on-reag', meta: derive(shpMeta, { confidence: 'medium' }) },
    { id: 'category.second-starthilfe-regular' },
    { id: 'category.second-starthilfe-reduced' },
    { id: 'category.housing' },
    { id: 'category.long-term-tolerated', meta: shpLongTermMeta },
    { id: 'long-term-tolerated-needs-2-years', meta: shpLongTermMeta },
    { id: 'not-in-example-lists' },
    { id: 'turkiye-short-stay', meta: turkiyeRule },
  ],
  actions: ['ask-centre-current-list'],
  assess: (ctx) => {
    const code = nationalityCode(ctx);
    if (ctx.facts.nationality === undefined || ctx.facts.nationality === 'unknown') {
      return { eligibility: 'unknown' };
    }
    if (isEu(ctx)) return { eligibility: 'not-eligible', hints: ['builds-on-reag'] };
    if (turkiyeShortStay(ctx) && isInForce(turkiyeRule, ctx.asOf)) {
      return { eligibility: 'not-eligible', hints: ['turkiye-short-stay'] };
    }
    const categories = (Object.keys(SHP_CATEGORIES) as ShpCategory[]).filter((c) =>
      (SHP_CATEGORIES[c] as readonly string[]).includes(code ?? ''),
    );
    const hints = ['no-entitlement', 'builds-on-reag', ...categories.map((c) => `category.${c}`)];
    if (categories.includes('long-term-tolerated')) {
      const twoYears = chainLasted(ctx, { counting: TOLERATED }, 24).status;
      if (twoYears !== MET) hints.push('long-term-tolerated-needs-2-years');
    }
    if (categories.length === 0) hints.push('not-in-example-lists');
    return { eligibility: 'check', hints };
  },
};

export const eurp: ReturnOptionDef = {
  id: 'eurp',
  meta: meta({
    legalRef: 'EU Reintegration Programme (EURP, Frontex; formerly JRS)',
    source: SOURCES.eurp,
    validFrom: '2022-04-01',
    confidence: 'high',
  }),
  facts: ['nationality', 'firstEntryDate'],
  hints: [
    { id: 'example-country' },
    { id: 'special-rules' },
    { id: 'not-in-example-lists' },
    { id: 'turkiye-short-stay' },
    { id: 'apply-early-riat' },
  ],
  actions: ['ask-trained-counsellor'],
  assess: (ctx) => {
    const code = nationalityCode(ctx);
    if (ctx.facts.nationality === undefined || ctx.facts.nationality === 'unknown') {
      return { eligibility: 'unknown' };
    }
    if (code === 'TR') {
      // Not for stays of up to 6 months (domain.md: EURP row, H).
      const stay = stayVersusSixMonths(ctx);
      if (stay === undefined) return { eligibility: 'unknown', hints: ['turkiye-short-stay'] };
      if (stay !== 'longer') return { eligibility: 'not-eligible', hints: ['turkiye-short-stay'] };
    }
    if (code !== undefined && EURP_SPECIAL_RULES.includes(code)) {
      return { eligibility: 'check', hints: ['special-rules', 'apply-early-riat'] };
    }
    if (code !== undefined && EURP_EXAMPLE_COUNTRIES.includes(code)) {
      return { eligibility: 'likely-eligible', hints: ['example-country', 'apply-early-riat'] };
    }
    return { eligibility: 'check', hints: ['not-in-example-lists', 'apply-early-riat'] };
  },
};

export const zirf: ReturnOptionDef = {
  id: 'zirf',
  meta: meta({
    legalRef: 'ZIRF / ZIRF-Counselling (BAMF + IOM)',
    source: SOURCES.zirf,
    validFrom: '2003-01-01',
    confidence: 'high',
  }),
  facts: [],
  hints: [{ id: 'individual-questions' }, { id: 'country-sheets' }],
  actions: ['counsellor-asks-zirf'],
  assess: () => ({
    eligibility: 'likely-eligible',
    hints: ['individual-questions', 'country-sheets'],
  }),
};

export const virtualCounselling: ReturnOptionDef = {
  id: 'virtual-counselling',
  meta: meta({
    legalRef: 'IOM Virtual Counselling',
    source: SOURCES.portal,
    validFrom: '2017-05-01',
    confidence: 'high',
  }),
  facts: ['nationality'],
  hints: [{ id: 'country-list' }],
  actions: ['show-portal'],
  // IOM counsellors in 19 countries; the list is on the portal, not here.
  assess: (ctx) =>
    ctx.facts.nationality === undefined || ctx.facts.nationality === 'unknown'
      ? { eligibility: 'unknown', hints: ['country-list'] }
      : { eligibility: 'check', hints: ['country-list'] },
};

export const RETURN_OPTIONS: readonly ReturnOptionDef[] = [
  returnCounselling,
  reagGarp,
  starthilfePlus,
  eurp,
  zirf,
  virtualCounselling,
];
