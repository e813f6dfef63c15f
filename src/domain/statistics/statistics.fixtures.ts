// Test data for the statistics tests (domain tests may not import src/content): a small
// vocabulary shaped like the real one and builders for records as the server stores them.
import type { Gender } from '../cases/schema';
import type { StatisticsVocabulary } from './indicators';
import type { StatisticsInput } from './types';

export const vocabulary: StatisticsVocabulary = {
  templates: [
    {
      id: 'perspektivgespraech',
      titleKey: 'script.templates.perspektivgespraech.title',
      sections: [
        { id: 'start', labelKey: 'script.pg.start.title' },
        { id: 'return', labelKey: 'script.pg.return.title' },
      ],
    },
    {
      id: 'fruehe-rueckkehrberatung',
      titleKey: 'script.templates.fruehe-rueckkehrberatung.title',
      sections: [{ id: 'support', labelKey: 'script.er.support.title' }],
    },
  ],
  checklists: {
    'return-interest': [
      { id: 'return-interest:wants-counselling', labelKey: 'x' },
      { id: 'return-interest:not-now', labelKey: 'x' },
    ],
    'support-needs': [
      { id: 'support-needs:travel-costs', labelKey: 'x' },
      { id: 'support-needs:housing', labelKey: 'x' },
    ],
  },
};

export const CASE_A = '11111111-1111-4111-8111-111111111111';
export const CASE_B = '22222222-2222-4222-8222-222222222222';

export function caseData(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    displayName: 'Test Person',
    pseudonymised: false,
    createdOn: '2026-01-05',
    nationality: 'SY',
    birthDate: '1990-04-01',
    gender: 'female',
    ...extra,
  };
}

export function sessionData(caseId: string, extra: Record<string, unknown> = {}) {
  return {
    caseId,
    scriptVersion: 'perspektivgespraech@2026-11-1',
    rulesetVersion: 'r1',
    asOf: '2026-02-10',
    participants: [],
    answers: {
      'return-interest': ['wants-counselling', 'free text that is not an option'],
      actions: [
        { id: 'a1', text: 'Pass beantragen', responsible: 'client', dueDate: '2026-03-01' },
        { id: 'a2', actionKey: 'k', responsible: 'counsellor', done: true },
      ],
    },
    topicsCovered: ['start', 'return', 'Name of someone'],
    status: 'finalised',
    finalisation: {
      finalisedAt: '2026-02-10T11:00:00+01:00',
      finalisedBy: 'Beraterin',
      contentHash: 'a'.repeat(64),
      factsSnapshot: { nationality: 'SY', birthDate: '1990-04-01' },
    },
    addenda: [],
    ...extra,
  };
}

export type Counted = { nationality: string; gender: Gender; n: number };

/** One organisation's quarter: one finalised conversation per person in February 2026. */
export function organisationInput(groups: readonly Counted[], prefix: string): StatisticsInput {
  const people = groups.flatMap((g) =>
    Array.from({ length: g.n }, () => ({ nationality: g.nationality, gender: g.gender })),
  );
  const persons = new Map(
    people.map((p, i) => [`${prefix}-${i}`, { ...p, birthDate: '1990-04-01' }]),
  );
  return {
    persons,
    conversations: [...persons.keys()].map((caseId) => ({
      caseId,
      date: '2026-02-10',
      templateId: 'perspektivgespraech',
      topicsCovered: ['start'],
      answers: {},
      facts: {},
    })),
    consents: [],
    revocations: [],
    referrals: [],
    closures: [],
  };
}
