// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../personas.fixtures';
import { evaluateConsequences } from '../consequences/evaluateConsequences';
import { signedConsent, CARITAS_ID } from '../consents/consents.fixtures';
import { evaluatePathways } from '../engine/evaluatePathways';
import { evaluateReturnOptions } from '../returnOptions/evaluateReturnOptions';
import { caseRecord, draft } from '../sessions/sessions.fixtures';
import {
  composeSummary,
  defaultSelection,
  summaryKeysOf,
  type SummaryInput,
} from './composeSummary';
import type { SupportOffer } from '../directory/schema';

const facts = caseRecord.facts;
const assessments = {
  pathways: evaluatePathways(facts, draft.asOf),
  consequences: evaluateConsequences(facts, draft.asOf),
  returnOptions: evaluateReturnOptions(facts, draft.asOf),
};
const consent = signedConsent('11111111-1111-4111-8111-111111111111', { caseId: caseRecord.id });

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    session: draft,
    caseRecord,
    ...assessments,
    consents: [consent],
    revocations: [],
    selection: defaultSelection(assessments),
    ...overrides,
  };
}

describe('client summary', () => {
  it('carries the conversation frame but never the counsellor notes', () => {
    const summary = composeSummary(input());
    expect(summary).toMatchObject({
      date: '2026-11-20',
      place: 'Ausländerbehörde Unna, Raum 3',
      draft: true,
    });
    expect(summary.participants.map((p) => p.role)).toEqual([
      'client',
      'counsellor',
      'interpreter',
    ]);
    expect(summary.appointment).toEqual({ date: '2026-12-10', time: '10:00', place: 'Raum 3' });
    expect(JSON.stringify(summary)).not.toContain('gut informiert');
  });

  it('lists open actions with a deadline first, as keys or as the counsellor wrote them', () => {
    const summary = composeSummary(input());
    expect(summary.actions).toEqual([
      {
        id: 'a1',
        textKey: 'action.rules.aufenthg-25b.requirement.german-a2.action',
        responsible: 'client',
        dueDate: '2026-12-01',
      },
      { id: 'a2', text: 'Passantrag stellen', responsible: 'client' },
    ]);
    const done = {
      ...draft,
      answers: {
        ...draft.answers,
        actions: [{ id: 'a1', text: 'x', responsible: 'client', done: true }],
      },
    } as typeof draft;
    expect(composeSummary(input({ session: done })).actions).toEqual([]);
  });

  it('preselects what a person reads and keeps: open pathways, running consequences, likely help', () => {
    const persona = PERSONAS.find((p) => p.id === '25b-six-years')!;
    const rich = {
      pathways: evaluatePathways(persona.facts, persona.asOf),
      consequences: evaluateConsequences(
        { ...persona.facts, departureDeadline: '2027-01-31' },
        persona.asOf,
      ),
      returnOptions: evaluateReturnOptions(persona.facts, persona.asOf),
    };
    const selection = defaultSelection(rich);
    expect(selection.pathways).toEqual(
      rich.pathways
        .filter((p) => p.status === 'likely' || p.status === 'possible')
        .map((p) => p.pathwayId),
    );
    expect(selection.pathways).toContain('aufenthg-25b');
    // A pathway still unclear is not preselected (the counsellor can add it).
    const unclear = rich.pathways.filter((p) => p.status === 'unknown').map((p) => p.pathwayId);
    expect(selection.pathways.filter((id) => unclear.includes(id))).toEqual([]);
    // With the departure deadline running, the entry ban and the deportation are handed out;
    // deportation costs (no date) are not.
    expect(selection.consequences).toEqual(expect.arrayContaining(['aufenthg-11', 'deportation']));
    expect(selection.consequences).not.toContain('deportation-costs');
    expect(
      rich.returnOptions
        .filter((o) => selection.returnOptions.includes(o.optionId))
        .every((o) => o.eligibility === 'likely-eligible'),
    ).toBe(true);
  });

  it('includes only the selected pathways, consequences and return options', () => {
    const persona = PERSONAS.find((p) => p.id === '25b-six-years')!;
    const selection = defaultSelection({
      ...assessments,
      pathways: evaluatePathways(persona.facts, persona.asOf),
    });
    expect(selection.pathways.length).toBeGreaterThan(0);
    const summary = composeSummary(
      input({
        selection: {
          ...selection,
          pathways: selection.pathways.slice(0, 1),
          consequences: [],
          returnOptions: [],
        },
      }),
    );
    expect(summary.pathways.map((p) => p.id)).toEqual(selection.pathways.slice(0, 1));
    expect(summary.consequences).toEqual([]);
    expect(summary.returnOptions).toEqual([]);
    // Pathways the person cannot use any more are not preselected.
    const expired = assessments.pathways
      .filter((p) => p.status === 'expired')
      .map((p) => p.pathwayId);
    expect(selection.pathways.filter((id) => expired.includes(id))).toEqual([]);
  });

  it('lists consents with the recipients still covered, and leaves them out on request', () => {
    const revoked = composeSummary(
      input({
        revocations: [
          {
            id: '22222222-2222-4222-8222-222222222222',
            caseId: caseRecord.id,
            consentId: consent.id,
            scope: { kind: 'recipients', recipientIds: [CARITAS_ID] },
            receivedOn: '2026-11-20',
            receivedVia: 'letter',
            recordedBy: 'B',
            recordedAt: '2026-11-20T09:00:00+01:00',
          },
        ],
      }),
    );
    expect(revoked.consents).toEqual([
      {
        kind: 'data-consent',
        signedOn: '2026-11-21',
        recipients: ['KI Kreis Beispiel – Case-Management'],
      },
    ]);
    const without = composeSummary(
      input({ selection: { ...defaultSelection(assessments), consents: false } }),
    );
    expect(without.consents).toEqual([]);
  });

  it('names every text key it needs and refuses a session of another case', () => {
    const summary = composeSummary(input());
    const keys = summaryKeysOf(summary);
    expect(keys).toContain('action.rules.aufenthg-25b.requirement.german-a2.action');
    expect(keys.filter((k) => k.startsWith('pathway.')).length).toBe(summary.pathways.length * 2);
    expect(() => composeSummary(input({ caseRecord: { ...caseRecord, id: 'other' } }))).toThrow(
      RangeError,
    );
  });
  it('carries the support offers the counsellor chose, each once, in the order chosen', () => {
    const offer = (id: string, name: string): SupportOffer => ({
      id,
      kind: 'migration-counselling',
      name,
      coverage: { scope: 'federal' },
      languages: ['de'],
      contact: {},
      descriptions: { de: 'Beratung' },
      example: false,
      reviewedOn: '2026-11-01',
    });
    const b = offer('00000000-0000-4000-8000-00000000000b', 'B');
    const a = offer('00000000-0000-4000-8000-00000000000a', 'A');
    expect(composeSummary(input({ offers: [b, a, b] })).offers).toEqual([b, a]);
    expect(composeSummary(input()).offers).toBeUndefined();
  });
});
