// Consequences tied to identity and passport duties: the § 60b Duldung, the employment ban
// and the duty to hold a passport. Each lists the concrete steps that avoid or cure it.
import { TOLERATED } from '../facts/statusHistory';
import { all, any, fromYesNo, MET, negate } from '../rules/logic';
import { derive, meta, SOURCES } from '../rules/meta';
import { currentStatusIn, safeCountryBan } from '../rules/shared';
import { deceptionOrNoSteps, forObliged, passportValid, toApplicability } from './shared';
import type { ConsequenceDef } from './types';

const p60b = meta({
  legalRef: '§ 60b AufenthG',
  source: SOURCES.p60bDuldung,
  validFrom: '2019-08-21',
  confidence: 'high',
});

export const duldung60b: ConsequenceDef = {
  id: 'aufenthg-60b',
  meta: p60b,
  facts: ['currentStatus', 'passportStatus', 'ownIdentityDeception', 'reasonableStepsTaken'],
  actions: [
    'embassy-application',
    'embassy-appearance',
    'honour-declaration',
    'voluntariness-declaration',
    'pay-fees',
    'keep-proof',
    'report-steps',
  ],
  notes: [
    { id: 'effects' },
    { id: 'cure-any-time' },
    { id: 'effort-not-success' },
    {
      id: 'steps-list',
      meta: derive(p60b, {
        legalRef: '§ 60b Abs. 2–3 AufenthG',
        source: SOURCES.passportSteps,
        confidence: 'medium',
      }),
    },
  ],
  deadlineIds: [],
  assess: (ctx) => {
    if (ctx.facts.currentStatus === 'duldung-60b') return { applicability: 'applies' };
    // With a valid passport removal cannot fail for identity reasons; otherwise own
    // deception or missing passport-procurement steps lead to the § 60b Duldung.
    return {
      applicability: toApplicability(
        forObliged(ctx, all(negate(passportValid(ctx)), deceptionOrNoSteps(ctx))),
      ),
    };
  },
};

const workBanMeta = meta({
  legalRef: '§ 60a Abs. 6 AufenthG; § 60b Abs. 5 S. 2 AufenthG',
  source: SOURCES.workBan,
  validFrom: '2019-08-21',
  confidence: 'medium',
  reviewNote:
    'Aktuellen Wortlaut des § 60a Abs. 6 prüfen (domain.md: M); ob die sicheren Herkunftsstaaten ' +
    'nach § 29b AsylG (Rechtsverordnung, seit 01.02.2026) und die EU-Liste von Feb. 2026 unter ' +
    '§ 60a Abs. 6 S. 1 Nr. 3 fallen, ist nicht bestätigt.',
});

export const workBan: ConsequenceDef = {
  id: 'work-ban',
  meta: workBanMeta,
  facts: [
    'currentStatus',
    'ownIdentityDeception',
    'reasonableStepsTaken',
    'safeCountryOfOrigin',
    'asylumDecision',
    'asylumApplicationDate',
  ],
  actions: ['cure-identity', 'take-passport-steps', 'ask-counselling-withdrawal'],
  notes: [{ id: 'grounds' }, { id: 'bars-training' }],
  deadlineIds: [],
  assess: (ctx) => {
    if (ctx.facts.currentStatus === 'duldung-60b') return { applicability: 'applies' };
    const tolerated = currentStatusIn(ctx, TOLERATED);
    const applies = all(
      tolerated,
      any(fromYesNo(ctx.facts.ownIdentityDeception), safeCountryBan(ctx)),
    );
    if (applies === MET) return { applicability: 'applies' };
    const threatens = all(tolerated, fromYesNo(ctx.facts.reasonableStepsTaken, 'no'));
    if (threatens === MET) return { applicability: 'threatens' };
    return { applicability: toApplicability(any(applies, threatens)) };
  },
};

export const passlessness: ConsequenceDef = {
  id: 'passlessness',
  meta: meta({
    legalRef: '§ 48 Abs. 3, § 82 AufenthG; § 95 Abs. 1 Nr. 1 AufenthG',
    source: SOURCES.duties,
    validFrom: '2005-01-01',
    confidence: 'medium',
    reviewNote: 'Gesetzestext nicht erneut gelesen (domain.md: M).',
  }),
  facts: ['currentStatus', 'passportStatus'],
  actions: ['embassy-application', 'hand-over-documents', 'keep-proof'],
  notes: [{ id: 'duty-to-inform' }],
  deadlineIds: [],
  assess: (ctx) => ({
    applicability: toApplicability(forObliged(ctx, negate(passportValid(ctx)))),
  }),
};
