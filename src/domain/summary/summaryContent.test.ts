// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// What the client's summary holds in the less common cases: steps without a date or text,
// blank names and places, notices handed out, and the text keys the document then needs.
import { describe, expect, it } from 'vitest';
import { evaluateConsequences } from '../consequences/evaluateConsequences';
import { evaluatePathways } from '../engine/evaluatePathways';
import { evaluateReturnOptions } from '../returnOptions/evaluateReturnOptions';
import type { ConversationSession } from '../sessions/schema';
import { caseRecord, draft } from '../sessions/sessions.fixtures';
import { composeSummary, summaryKeysOf, type SummaryInput } from './composeSummary';

const assessments = {
  pathways: evaluatePathways(caseRecord.facts, draft.asOf),
  consequences: evaluateConsequences(caseRecord.facts, draft.asOf),
  returnOptions: evaluateReturnOptions(caseRecord.facts, draft.asOf),
};

const pathway = assessments.pathways.find((p) => p.pathwayId === 'aufenthg-25b')!;

const session: ConversationSession = {
  ...draft,
  place: '   ',
  participants: [
    { id: 'p1', role: 'client', name: '  ', language: 'ar' },
    { id: 'p2', role: 'counsellor', name: ' Frau Berger ' },
  ],
  nextAppointment: undefined,
  status: 'finalised',
  answers: {
    actions: [
      { id: 'a', text: 'Ohne Frist', responsible: 'client' },
      { id: 'b', text: 'Später', responsible: 'client', dueDate: '2026-12-05' },
      { id: 'c', text: '  ', actionKey: 'k.first', responsible: 'client', dueDate: '2026-12-01' },
      { id: 'd', responsible: 'counsellor' },
      { id: 'e', text: 'Auch ohne Frist', responsible: 'representative' },
    ],
    notices: [
      { kind: 'entry-ban', handedOutOn: '2026-11-20', language: 'ar', banMonths: 30 },
      { kind: 'departure-deadline', handedOutOn: '2026-11-20', language: 'ar' },
    ],
  },
};

const input: SummaryInput = {
  session,
  caseRecord,
  ...assessments,
  consents: [],
  revocations: [],
  selection: {
    pathways: [pathway.pathwayId],
    consequences: ['deportation', 'aufenthg-11'],
    returnOptions: ['zirf'],
    consents: true,
  },
};

describe('the summary in less common cases', () => {
  const summary = composeSummary(input);

  it('puts steps with a deadline first, earliest first, the others in the order agreed', () => {
    expect(summary.actions.map((a) => a.id)).toEqual(['c', 'b', 'a', 'd', 'e']);
    // Blank text: the rule's key names the step; neither text nor key: only who does it.
    expect(summary.actions[0]).toEqual({
      id: 'c',
      textKey: 'action.k.first',
      responsible: 'client',
      dueDate: '2026-12-01',
    });
    expect(summary.actions[3]).toEqual({ id: 'd', responsible: 'counsellor' });
  });

  it('leaves out a blank place and blank names, never the language; no appointment', () => {
    expect(summary).not.toHaveProperty('place');
    expect(summary).not.toHaveProperty('appointment');
    expect(summary.participants).toEqual([
      { role: 'client', language: 'ar' },
      { role: 'counsellor', name: 'Frau Berger' },
    ]);
    expect(summary.draft).toBe(false);
  });

  it('lists the chosen pathway, consequences and return options in catalogue order', () => {
    expect(summary.pathways).toEqual([{ id: 'aufenthg-25b', status: pathway.status }]);
    expect(summary.consequences).toEqual(['aufenthg-11', 'deportation']);
    expect(summary.returnOptions).toEqual(['zirf']);
    expect(summary.consents).toEqual([]);
  });

  it('lists the notices handed out, in catalogue order', () => {
    expect(summary.notices.map((n) => n.kind)).toEqual(['departure-deadline', 'entry-ban']);
  });

  it('names every key the document needs, and only those', () => {
    expect(summaryKeysOf(summary)).toEqual([
      'pathway.aufenthg-25b.title',
      'pathway.aufenthg-25b.what',
      `status.${pathway.status}`,
      'consequence.aufenthg-11.title',
      'consequence.aufenthg-11.what',
      'consequence.deportation.title',
      'consequence.deportation.what',
      'returnOption.zirf.title',
      'returnOption.zirf.what',
      'returnOption.zirf.contact',
      'action.k.first',
      'notice.departure-deadline',
      'notice.entry-ban',
    ]);
  });
});
