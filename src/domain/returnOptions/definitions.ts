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
/**
 * One special rule for Türkiye covers REAG/GARP, StarthilfePlus and EURP (legal review
 * 12/2026 Nr. 12): limited to 30.06.2025 "with an option to extend"; whether it was extended
 * is not confirmed, so after that day every programme says "check" instead of applying it.
 */
const turkiyeRule = meta({
  legalRef: 'Sonderregelung Türkiye (REAG/GARP, StarthilfePlus, EURP)',
  source: 'Rechtsprüfung 12/2026 Nr. 12; ' + SOURCES.countryRules,
  validFrom: TURKIYE_RULE_FROM,
  validUntil: '2025-06-30',
  reviewedOn: '2026-12-04',
  confidence: 'low',
  reviewNote:
    'Befristet bis 30.06.2025 „mit Verlängerungsoption“: Wurde die Regel verlängert, und ' +
    'gilt sie 2026 noch für alle drei Programme?',
});
const turkiyeAfterExpiry = derive(turkiyeRule, { validFrom: '2025-07-01', validUntil: undefined });

/** Türkiye, in Germany for less than 6 months (or up to 6 months, for EURP). */
function turkiyeShortStay(ctx: EvalContext, includeSixMonthDay = false): boolean {
  const stay = stayVersusSixMonths(ctx);
  return (
    nationalityCode(ctx) === 'TR' &&
    (stay === 'shorter' || (includeSixMonthDay && stay === 'exactly')) &&
    isOnOrAfter(ctx.asOf, TURKIYE_RULE_FROM)
  );
}

/** The Türkiye hint that fits asOf: the rule while in force, else "status unknown, check". */
function turkiyeHint(
  ctx: EvalContext,
): 'turkiye-short-stay' | 'turkiye-short-stay-extension-unknown' {
  return isInForce(turkiyeRule, ctx.asOf)
    ? 'turkiye-short-stay'
    : 'turkiye-short-stay-extension-unknown';
}

/**
 * A filed application for state-funded voluntary departure bars the Ausbildungsduldung
 * (§ 60c Abs. 2 Nr. 5 b): warn whoever could still train before the application is filed.
 */
function couldTrain(ctx: EvalContext): boolean {
  const status = ctx.facts.trainingStatus;
  return (
    status === undefined ||
    status === 'unknown' ||
    status === 'seeking' ||
    status === 'contract-signed' ||
    status === 'started'
  );
}
const trainingBarMeta = meta({
  legalRef: '§ 60c Abs. 2 Nr. 5 Buchst. b AufenthG; § 16g Abs. 2 AufenthG',
  source: 'Rechtsprüfung 12/2026 Nr. 4; BayVGH 10 CE 19.204',
  validFrom: '2020-01-01',
  reviewedOn: '2026-12-04',
  confidence: 'high',
});

const counsellingMeta = meta({
  legalRef: 'Rückkehrberatung (Aufgabe der Länder)',
  source: SOURCES.counselling,
  validFrom: '2023-03-24',
  confidence: 'high',
});

export const returnCounselling: ReturnOptionDef = {
  id: 'return-counselling',
  meta: counsellingMeta,
  facts: [],
  hints: [
    {
      id: 'open-ended',
      meta: derive(counsellingMeta, {
        source: 'Rechtsprüfung 12/2026 (fehlende Inhalte Nr. 6); ' + SOURCES.counselling,
        reviewedOn: '2026-12-04',
      }),
    },
    { id: 'application-via-centre' },
  ],
  actions: ['find-centre', 'referral-with-consent'],
  // Counselling is open to everyone, whatever their status or plans.
  assess: () => ({
    eligibility: 'likely-eligible',
    hints: ['open-ended', 'application-via-centre'],
  }),
};

const reagMeta = meta({
  legalRef: 'REAG/GARP 2.0 (Bund-Länder-Programm; Bearbeitung durch das BAMF)',
  source: 'Rechtsprüfung 12/2026 Nr. 11; ' + SOURCES.reag,
  validFrom: '2024-01-01',
  reviewedOn: '2026-12-04',
  confidence: 'high',
  reviewNote: 'Struktur H; Beträge und Familienobergrenze L (nicht hinterlegt).',
});

export const reagGarp: ReturnOptionDef = {
  id: 'reag-garp',
  meta: reagMeta,
  facts: ['nationality', 'currentStatus', 'receivesAsylblgBenefits', 'firstEntryDate'],
  hints: [
    { id: 'bars-training', meta: trainingBarMeta },
    { id: 'eu-citizen' },
    { id: 'eligible-group' },
    { id: 'other-permit-check' },
    { id: 'expulsion-restriction' },
    { id: 'processing-time' },
    { id: 'turkiye-short-stay', meta: turkiyeRule },
    { id: 'turkiye-short-stay-extension-unknown', meta: turkiyeAfterExpiry },
    {
      id: 'syria-procedure',
      meta: derive(reagMeta, {
        legalRef: 'REAG/GARP 2.0 Syrien (seit 13.01.2025)',
        validFrom: '2025-01-13',
      }),
    },
  ],
  actions: ['apply-via-centre', 'plan-ahead'],
  assess: (ctx) => {
    const n = ctx.facts.nationality;
    if (n === undefined || n === 'unknown') return { eligibility: 'unknown' };
    if (isEu(ctx)) return { eligibility: 'not-eligible', hints: ['eu-citizen'] };
    const hints: string[] = ['processing-time', 'expulsion-restriction'];
    // The warning comes first: before anything else about the programme is said.
    const warn = couldTrain(ctx) ? ['bars-training'] : [];
    if (turkiyeShortStay(ctx)) hints.push(turkiyeHint(ctx));
    if (nationalityCode(ctx) === 'SY' && isOnOrAfter(ctx.asOf, '2025-01-13')) {
      hints.push('syria-procedure');
    }
    // Eligible groups: AsylbLG beneficiaries, incl. tolerated and rejected applicants.
    const inGroup =
      ctx.facts.receivesAsylblgBenefits === 'yes' ||
      currentStatusIn(ctx, [...OBLIGED_TO_LEAVE, 'gestattung']) === MET;
    if (inGroup) {
      return { eligibility: 'likely-eligible', hints: [...warn, 'eligible-group', ...hints] };
    }
    if (ctx.facts.currentStatus === 'permit-other' || ctx.facts.currentStatus === 'permit-104c') {
      return { eligibility: 'check', hints: [...warn, 'other-permit-check', ...hints] };
    }
    return { eligibility: 'unknown', hints: [...warn, ...hints] };
  },
};

const shpMeta = meta({
  legalRef: 'StarthilfePlus (BAMF, seit 1.1.2024 neu gegliedert)',
  source: SOURCES.shp,
  validFrom: '2024-01-01',
  confidence: 'high',
  reviewNote: 'Bestehen und Aufbau H; Beträge L (nicht hinterlegt). Nur Beispiel-Länderlisten.',
});
const shpLongTermMeta = derive(shpMeta, {
  confidence: 'low',
  reviewNote: 'Die Länderliste für lange Geduldete ist eine frühere Liste (domain.md: L).',
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
    { id: 'turkiye-short-stay-extension-unknown', meta: turkiyeAfterExpiry },
    { id: 'bars-training', meta: trainingBarMeta },
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
    const training = couldTrain(ctx) ? ['bars-training'] : [];
    const categories = (Object.keys(SHP_CATEGORIES) as ShpCategory[]).filter((c) =>
      (SHP_CATEGORIES[c] as readonly string[]).includes(code ?? ''),
    );
    const hints = [
      ...training,
      'no-entitlement',
      'builds-on-reag',
      ...categories.map((c) => `category.${c}`),
    ];
    if (turkiyeShortStay(ctx)) hints.push(turkiyeHint(ctx));
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
    legalRef: 'EU-Reintegrationsprogramm (EURP, Frontex; früher JRS)',
    source: SOURCES.eurp,
    validFrom: '2022-04-01',
    confidence: 'high',
  }),
  facts: ['nationality', 'firstEntryDate'],
  hints: [
    { id: 'example-country' },
    { id: 'special-rules' },
    { id: 'not-in-example-lists' },
    { id: 'turkiye-short-stay', meta: turkiyeRule },
    { id: 'turkiye-short-stay-extension-unknown', meta: turkiyeAfterExpiry },
    { id: 'apply-early-riat' },
  ],
  actions: ['ask-trained-counsellor'],
  assess: (ctx) => {
    const code = nationalityCode(ctx);
    if (ctx.facts.nationality === undefined || ctx.facts.nationality === 'unknown') {
      return { eligibility: 'unknown' };
    }
    if (code === 'TR' && isOnOrAfter(ctx.asOf, TURKIYE_RULE_FROM)) {
      // Not for stays of up to 6 months while the Türkiye rule is in force (legal review Nr. 12).
      const stay = stayVersusSixMonths(ctx);
      if (stay === undefined) return { eligibility: 'unknown', hints: [turkiyeHint(ctx)] };
      if (turkiyeShortStay(ctx, true)) {
        return isInForce(turkiyeRule, ctx.asOf)
          ? { eligibility: 'not-eligible', hints: ['turkiye-short-stay'] }
          : {
              eligibility: 'check',
              hints: ['turkiye-short-stay-extension-unknown', 'apply-early-riat'],
            };
      }
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

/** Nationals the Westbalkanregelung (§ 26 Abs. 2 BeschV) is open to. */
export const WESTBALKAN_STATES: readonly string[] = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'];

/**
 * Westbalkanregelung: leave, then come back with a work visa (§ 26 Abs. 2 BeschV). Barred by
 * AsylbLG benefits in the 24 months before the application and by any entry ban (§ 11), so a
 * deportation closes this way back; an annual quota applies (its 2026 value is not stored).
 */
export const westbalkan: ReturnOptionDef = {
  id: 'westbalkan',
  meta: meta({
    legalRef: '§ 26 Abs. 2 BeschV',
    source: 'Rechtsprüfung 12/2026 (fehlende Inhalte Nr. 2)',
    validFrom: '2016-01-01',
    reviewedOn: '2026-12-04',
    confidence: 'medium',
    reviewNote:
      'Kontingent 2026 nicht bestätigt (2025: 50.000, geplant 25.000; nicht hinterlegt). ' +
      'Sperre nach Leistungen nach dem AsylbLG in den 24 Monaten vor dem Antrag: Wortlaut prüfen.',
  }),
  facts: ['nationality', 'receivesAsylblgBenefits'],
  hints: [{ id: 'come-back' }, { id: 'asylblg-24-months' }, { id: 'entry-ban' }, { id: 'quota' }],
  actions: ['leave-voluntarily', 'job-offer'],
  assess: (ctx) => {
    const n = ctx.facts.nationality;
    if (n === undefined || n === 'unknown') return { eligibility: 'unknown' };
    if (!WESTBALKAN_STATES.includes(nationalityCode(ctx) ?? '')) return undefined;
    const benefits = ctx.facts.receivesAsylblgBenefits === 'no' ? [] : ['asylblg-24-months'];
    return { eligibility: 'check', hints: ['come-back', ...benefits, 'entry-ban', 'quota'] };
  },
};

export const RETURN_OPTIONS: readonly ReturnOptionDef[] = [
  returnCounselling,
  reagGarp,
  starthilfePlus,
  eurp,
  westbalkan,
  zirf,
  virtualCounselling,
];
