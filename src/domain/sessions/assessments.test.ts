// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { evaluatePathways } from '../engine/evaluatePathways';
import { sessionAssessments } from './assessments';
import { caseRecord, draft, HASH } from './sessions.fixtures';

describe('session assessments', () => {
  it('evaluates a draft with the case facts of now and a finalised session with its snapshot', () => {
    const later = { ...caseRecord, facts: { ...caseRecord.facts, birthDate: '1990-01-01' } };
    // The age changes the § 25a result, so the two fact sets give different assessments.
    expect(evaluatePathways(later.facts, draft.asOf)).not.toEqual(
      evaluatePathways(caseRecord.facts, draft.asOf),
    );
    expect(sessionAssessments(draft, later).pathways).toEqual(
      evaluatePathways(later.facts, draft.asOf),
    );
    const finalised = {
      ...draft,
      status: 'finalised' as const,
      finalisation: {
        finalisedAt: '2026-11-20T11:00:00+01:00',
        finalisedBy: 'Frau Berger',
        contentHash: HASH,
        factsSnapshot: caseRecord.facts,
      },
    };
    const assessed = sessionAssessments(finalised, later);
    expect(assessed.pathways).toEqual(evaluatePathways(caseRecord.facts, draft.asOf));
    expect(assessed.consequences.length).toBeGreaterThan(0);
    expect(assessed.returnOptions.length).toBeGreaterThan(0);
  });
});
