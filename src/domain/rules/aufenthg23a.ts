// § 23a AufenthG: Härtefallkommission. Purely discretionary: no individual right, so the
// best outlook is "possible". Early petitions matter because a fixed return date bars it.
import { OBLIGED_TO_LEAVE } from '../facts/statusHistory';
import { fromYesNo, NOT_MET, UNKNOWN } from './logic';
import { derive, meta, SOURCES } from './meta';
import { currentStatusIn, noConvictions } from './shared';
import type { PathwayDef } from './types';

const ID = 'aufenthg-23a';

const base = meta({
  legalRef: '§ 23a AufenthG',
  source: SOURCES.p23a,
  validFrom: '2005-01-01',
  confidence: 'medium',
  reviewNote:
    'Ausschlussgründe dem Gesetz entnommen, Wortlaut nicht erneut gelesen (domain.md: M).',
});

export const aufenthg23a: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'discretion',
  deadlineIds: [],
  requirements: [
    {
      id: 'obliged-to-leave',
      kind: 'condition',
      meta: base,
      facts: ['currentStatus'],
      evaluate: (ctx) => ({ status: currentStatusIn(ctx, OBLIGED_TO_LEAVE) }),
    },
    {
      id: 'no-fixed-return-date',
      kind: 'exclusion',
      meta: base,
      facts: ['deportationDateFixed'],
      evaluate: (ctx) => ({ status: fromYesNo(ctx.facts.deportationDateFixed, 'no') }),
    },
    {
      id: 'no-serious-crimes',
      kind: 'exclusion',
      meta: base,
      facts: ['hasConvictions'],
      // Whether a conviction is a "serious crime" is a legal assessment, not a question.
      evaluate: (ctx) => {
        const none = noConvictions(ctx);
        return none === NOT_MET ? { status: UNKNOWN, missing: [] } : { status: none };
      },
    },
  ],
  notes: [
    {
      id: 'apply-early',
      meta: derive(base, {
        legalRef: '§ 23a Abs. 1 S. 3 AufenthG',
        source: 'Rechtsprüfung 12/2026 Nr. 14',
        reviewedOn: '2026-12-04',
      }),
    },
    {
      id: 'petition-contents',
      meta: derive(base, { source: 'SH Verfahrensgrundsätze 25.09.2025' }),
    },
    {
      id: 'already-pending',
      when: (ctx) => ctx.facts.pendingProceedingKinds?.includes('hardship-commission') ?? false,
    },
  ],
};
