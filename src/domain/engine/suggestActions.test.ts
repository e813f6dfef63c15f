// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { evaluateConsequences } from '../consequences/evaluateConsequences';
import { evaluatePathways } from './evaluatePathways';
import { suggestActions } from './suggestActions';

const TODAY = '2026-11-21';

describe('suggestActions', () => {
  it('suggests actions for unmet requirements and threatening consequences, with deadlines', () => {
    const facts = {
      birthDate: '2005-01-01',
      currentStatus: 'duldung-60a' as const,
      statusHistory: [{ status: 'duldung-60a' as const, from: '2019-01-01' }],
      germanLevel: 'A1' as const,
      departureDeadline: '2026-12-31',
      passportStatus: 'valid' as const,
    };
    const suggestions = suggestActions(
      evaluatePathways(facts, TODAY),
      evaluateConsequences(facts, TODAY),
    );
    const keys = suggestions.map((s) => s.actionKey);
    expect(keys).toContain('rules.aufenthg-25b.requirement.german-a2.action');
    expect(keys).toContain('consequences.aufenthg-11.action.leave-within-deadline');
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      suggestions.find(
        (s) => s.actionKey === 'consequences.aufenthg-11.action.leave-within-deadline',
      ),
    ).toMatchObject({ dueDate: '2026-12-31', source: { kind: 'consequence', id: 'aufenthg-11' } });
  });

  it('skips requirements that can no longer be fixed and unknown consequences', () => {
    const facts = { birthDate: '1990-01-01' };
    const suggestions = suggestActions(
      evaluatePathways(facts, TODAY),
      evaluateConsequences(facts, TODAY),
    );
    expect(suggestions.map((s) => s.actionKey)).not.toContain(
      'rules.aufenthg-25a.requirement.age.action',
    );
    expect(suggestions.filter((s) => s.source.kind === 'consequence')).toEqual([]);
  });

  it('follows workable pathways only: nothing for a closed § 60d, steps for an open one', () => {
    const jobless = {
      currentStatus: 'duldung-60a' as const,
      firstEntryDate: '2019-01-01',
      statusHistory: [{ status: 'duldung-60a' as const, from: '2019-01-01' }],
      employmentHoursPerWeek: 0,
      livelihoodSecured: 'no' as const,
      germanLevel: 'A1' as const,
      hasConvictions: 'no' as const,
    };
    const pathways = evaluatePathways(jobless, TODAY);
    expect(pathways.find((p) => p.pathwayId === 'aufenthg-60d')?.status).toBe('not-met');
    const keys = suggestActions(pathways, []).map((s) => s.actionKey);
    expect(keys.filter((k) => k.startsWith('rules.aufenthg-60d.'))).toEqual([]);
    // A pathway rated "possible" for a legal assessment still gets its step.
    const convicted = {
      ...jobless,
      livelihoodSecured: 'predominantly' as const,
      germanLevel: 'A2' as const,
      minorChildrenInHousehold: 0,
      ownIdentityDeception: 'no' as const,
      passportStatus: 'valid' as const,
      hasConvictions: 'yes' as const,
    };
    const p25b = evaluatePathways(convicted, TODAY).find((p) => p.pathwayId === 'aufenthg-25b');
    expect(p25b?.status).toBe('possible');
    expect(suggestActions([p25b!], []).map((s) => s.actionKey)).toEqual([
      'rules.aufenthg-25b.requirement.no-serious-expulsion-interest.action',
    ]);
  });

  it('carries open act-by deadlines of requirements', () => {
    const facts = {
      firstEntryDate: '2026-09-01',
      identityClarified: 'no' as const,
      reasonableStepsTaken: 'no' as const,
    };
    const s = suggestActions(evaluatePathways(facts, TODAY), []).find(
      (x) => x.actionKey === 'rules.aufenthg-60c.requirement.identity.action',
    );
    expect(s).toEqual({
      actionKey: 'rules.aufenthg-60c.requirement.identity.action',
      legalRef: '§ 60c AufenthG',
      dueDate: '2027-03-01',
      source: { kind: 'pathway', id: 'aufenthg-60c' },
    });
  });
});
