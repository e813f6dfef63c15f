// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { evaluateOptionsmodellScreening } from './optionsmodell';

const TODAY = '2026-11-21';
const base = {
  currentStatus: 'duldung-60a' as const,
  departurePossible: 'yes' as const,
  familyTiesInGermany: 'no' as const,
  fitToTravel: 'yes' as const,
};

describe('evaluateOptionsmodellScreening', () => {
  it('is in scope only when all criteria are met, and always flagged for verification', () => {
    const r = evaluateOptionsmodellScreening(base, TODAY);
    expect(r.status).toBe('in-scope');
    expect(r.statusKey).toBe('screening.optionsmodell.status.in-scope');
    expect(r.toVerify).toBe(true);
    expect(r.meta.confidence).toBe('low');
    expect(r.noteKeys).toContain('screening.optionsmodell.note.proposal');
  });

  it.each([
    ['family ties', { familyTiesInGermany: 'yes' as const }],
    ['medical reasons', { fitToTravel: 'no' as const }],
    ['Ausbildungsduldung', { currentStatus: 'ausbildungsduldung-60c' as const }],
    ['Beschäftigungsduldung', { currentStatus: 'beschaeftigungsduldung-60d' as const }],
    ['return impossible', { departurePossible: 'no-legal' as const }],
    ['not obliged to leave', { currentStatus: 'gestattung' as const }],
  ])('is out of scope with %s', (_, change) => {
    expect(evaluateOptionsmodellScreening({ ...base, ...change }, TODAY).status).toBe(
      'out-of-scope',
    );
  });

  it('asks for missing facts', () => {
    const r = evaluateOptionsmodellScreening({ currentStatus: 'duldung-60a' }, TODAY);
    expect(r.status).toBe('unknown');
    expect(r.questions.map((q) => q.field)).toEqual([
      'departurePossible',
      'familyTiesInGermany',
      'fitToTravel',
    ]);
  });
});
