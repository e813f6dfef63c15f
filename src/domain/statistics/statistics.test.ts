// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { ageBandOf, countQuarter } from './aggregate';
import { computeStatistics } from './compute';
import { addQuarters, quarterBounds, quarterOf, quartersBetween } from './periods';
import {
  statisticsInputFromDomain,
  statisticsInputFromRecords,
  type StoredRecord,
} from './records';
import type { ConsentRevocation } from '../consents/revocation';
import type { SignedConsent } from '../consents/schema';
import type { ConversationSession } from '../sessions/schema';
import { nationalityColumn, STATISTICS_COLUMNS } from './columns';
import { suppressRow } from './suppress';
import { indicatorCatalogue } from './indicators';
import { CASE_A, CASE_B, caseData, sessionData, vocabulary } from './statistics.fixtures';
import type { DimensionId, RawRow, StatisticsInput } from './types';
import { PERSONAS } from '../personas.fixtures';

const SESSION = '33333333-3333-4333-8333-333333333333';

function records(): StoredRecord[] {
  return [
    { entity: 'case', id: CASE_A, data: caseData() },
    { entity: 'case', id: CASE_B, data: caseData({ nationality: 'AF', gender: undefined }) },
    { entity: 'session', id: SESSION, data: sessionData(CASE_A) },
    {
      entity: 'session',
      id: '44444444-4444-4444-8444-444444444444',
      data: sessionData(CASE_B, { status: 'draft', finalisation: undefined }),
    },
    {
      entity: 'consent',
      id: '55555555-5555-4555-8555-555555555555',
      data: { caseId: CASE_A, kind: 'data-consent', signedAt: '2026-03-31T23:30:00+02:00' },
      signed: true,
    },
    {
      entity: 'consent-revocation',
      id: '66666666-6666-4666-8666-666666666666',
      data: { caseId: CASE_B, consentId: SESSION, receivedOn: '2026-04-01' },
    },
    {
      entity: 'referral',
      id: '77777777-7777-4777-8777-777777777777',
      data: { caseId: CASE_B, sentAt: '2026-01-20T09:00:00Z', state: 'accepted', purpose: 'x' },
    },
    { entity: 'case', id: '88888888-8888-4888-8888-888888888888', data: { nationality: 7 } },
    { entity: 'action', id: '99999999-9999-4999-8999-999999999999', data: {} },
  ];
}

const row = (tables: ReturnType<typeof countQuarter>, indicator: string, category: string) =>
  tables.find((t) => t.indicator.id === indicator)?.rows.find((r) => r.category === category);

describe('periods', () => {
  it('maps dates to quarters and lists ranges', () => {
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-10-01T00:00:00+02:00')).toBe('2026-Q4');
    expect(quarterOf('2026-13-01')).toBeUndefined();
    expect(quartersBetween('2025-Q4', '2026-Q2')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2026-Q2', '2026-Q1')).toEqual([]);
    expect(quarterBounds('2026-Q2')).toEqual({ first: '2026-04-01', last: '2026-06-30' });
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4');
    expect(addQuarters('2025-Q4', 5)).toBe('2027-Q1');
  });

  it('bands ages on the day counted', () => {
    expect(ageBandOf('2000-02-11', '2018-02-10')).toBe('0-17');
    expect(ageBandOf('2000-02-10', '2018-02-10')).toBe('18-26');
    expect(ageBandOf('1999-02-10', '2026-02-10')).toBe('27-44');
    expect(ageBandOf(undefined, '2026-02-10')).toBe('unknown');
    expect(ageBandOf('2030-01-01', '2026-02-10')).toBe('unknown');
  });
});

describe('parsing stored records', () => {
  it('keeps valid records, skips and counts invalid ones, ignores other entities', () => {
    const { input, skipped } = statisticsInputFromRecords(records());
    expect(skipped).toBe(1);
    expect(input.persons.size).toBe(2);
    // Drafts are not documented conversations.
    expect(input.conversations).toHaveLength(1);
    expect(input.consents).toEqual([{ caseId: CASE_A, kind: 'data-consent', date: '2026-03-31' }]);
    expect(input.referrals).toEqual([{ caseId: CASE_B, date: '2026-01-20', accepted: true }]);
  });

  it('does not count unsigned consents', () => {
    const consent = records()[4]!;
    const { input } = statisticsInputFromRecords([{ ...consent, signed: false }]);
    expect(input.consents).toEqual([]);
  });
});

describe('counting one quarter', () => {
  const { input } = statisticsInputFromRecords(records());
  const q1 = countQuarter(input, '2026-Q1', vocabulary);

  it('counts finalised conversations by template with person breakdowns', () => {
    const r = row(q1, 'conversations', 'perspektivgespraech')!;
    expect(r.total).toBe(1);
    expect(Object.fromEntries(r.by.nationality)).toEqual({ SY: 1 });
    expect(Object.fromEntries(r.by.ageBand)).toEqual({ '27-44': 1 });
    expect(Object.fromEntries(r.by.gender)).toEqual({ female: 1 });
    expect(row(q1, 'conversations', 'fruehe-rueckkehrberatung')!.total).toBe(0);
  });

  it('counts only known topics and options, never free text', () => {
    const topics = q1.find((t) => t.indicator.id === 'topics')!;
    expect(topics.rows.map((r) => [r.category, r.total])).toEqual([
      ['perspektivgespraech/start', 1],
      ['perspektivgespraech/return', 1],
      ['fruehe-rueckkehrberatung/support', 0],
    ]);
    const interest = q1.find((t) => t.indicator.id === 'return-interest')!;
    expect(interest.rows.map((r) => [r.category, r.total])).toEqual([
      ['return-interest:wants-counselling', 1],
      ['return-interest:not-now', 0],
    ]);
  });

  it('counts actions agreed, with a due date and done', () => {
    expect(row(q1, 'actions', 'agreed')!.total).toBe(2);
    expect(row(q1, 'actions', 'with-due-date')!.total).toBe(1);
    expect(row(q1, 'actions', 'done')!.total).toBe(1);
  });

  it('counts consents by signing day, revocations by receipt, referrals by sending', () => {
    expect(row(q1, 'consents', 'data-consent')!.total).toBe(1);
    expect(row(q1, 'consents', 'revocation')!.total).toBe(0);
    const q2 = countQuarter(input, '2026-Q2', vocabulary);
    expect(row(q2, 'consents', 'revocation')!.total).toBe(1);
    expect(Object.fromEntries(row(q2, 'consents', 'revocation')!.by.gender)).toEqual({
      unknown: 1,
    });
    expect(row(q1, 'referrals', 'made')!.total).toBe(1);
    expect(row(q1, 'referrals', 'accepted')!.total).toBe(1);
  });

  it('counts pathways the engine rated likely or possible on the conversation day', () => {
    const pathways = q1.find((t) => t.indicator.id === 'pathways')!;
    const open = pathways.rows.filter((r) => r.category.endsWith('/open'));
    const likely = pathways.rows.filter((r) => r.category.endsWith('/likely'));
    expect(open.length).toBeGreaterThan(5);
    for (const l of likely) {
      const o = open.find((r) => r.category === l.category.replace('/likely', '/open'))!;
      expect(l.total).toBeLessThanOrEqual(o.total);
    }
  });
});

describe('suppression of one row', () => {
  const raw = (total: number, nat: Record<string, number>): RawRow => {
    const m = new Map(Object.entries(nat));
    return {
      category: 'c',
      total,
      by: {
        nationality: m,
        ageBand: new Map([['18-26', total]]),
        gender: new Map([['female', total]]),
      },
    };
  };
  /** Every fixed column of a dimension, with the given values and `rest` elsewhere. */
  const all = (d: DimensionId, values: Record<string, number | null>, rest: number | null) =>
    Object.fromEntries(STATISTICS_COLUMNS[d].map((c) => [c, c in values ? values[c] : rest]));

  it('publishes every fixed column, but never a zero beside people counted', () => {
    // Everyone is 18–26 and female: showing the other columns as 0 would say so. The zeros
    // of the nationality would add up to 0, so the smallest count (AF) joins them.
    expect(suppressRow(raw(12, { SY: 7, AF: 5 }))).toEqual({
      category: 'c',
      total: 12,
      by: {
        nationality: all('nationality', { SY: 7 }, null),
        ageBand: all('ageBand', {}, null),
        gender: all('gender', {}, null),
      },
    });
  });

  it('hides the smallest published cell when the hidden ones would add up to 0 or stand alone', () => {
    const r = suppressRow(raw(23, { SY: 3, AF: 8, IQ: 12 }));
    expect(r.total).toBe(23);
    // SY (3) and the zeros are hidden and hold 3 people between them: AF and IQ can stay.
    expect(r.by.nationality).toEqual(all('nationality', { AF: 8, IQ: 12 }, null));
    expect(suppressRow(raw(5, { SY: 1, AF: 1, IQ: 1, TR: 1, NG: 1 })).total).toBe(5);
  });

  it('hides the total and every cell below the threshold, shows an empty row as zeros', () => {
    const r = suppressRow(raw(4, { IQ: 4 }));
    expect(r.total).toBeNull();
    expect(r.by.nationality).toEqual(all('nationality', {}, null));
    expect(suppressRow(raw(0, {})).by.gender).toEqual(all('gender', {}, 0));
  });

  it('pools rare nationalities into "other" and refuses a value outside the fixed columns', () => {
    expect(nationalityColumn('ER')).toBe('other');
    expect(nationalityColumn('IQ')).toBe('IQ');
    expect(nationalityColumn(undefined)).toBe('unknown');
    expect(() => suppressRow(raw(6, { ER: 6 }))).toThrow(RangeError);
  });

  it('accepts thresholds of 3 or more only', () => {
    expect(() => suppressRow(raw(1, { SY: 1 }), 2)).toThrow(RangeError);
    expect(suppressRow(raw(7, { SY: 3, AF: 4 }), 3).by.nationality).toEqual(
      all('nationality', { AF: 4 }, null),
    );
  });
});

describe('computeStatistics', () => {
  it('returns one suppressed bucket per quarter, identical in overlapping ranges', () => {
    const { input } = statisticsInputFromRecords(records());
    const a = computeStatistics(input, { from: '2026-Q1', to: '2026-Q2', vocabulary });
    const b = computeStatistics(input, { from: '2025-Q4', to: '2026-Q1', vocabulary });
    expect(a.map((x) => x.period)).toEqual(['2026-Q1', '2026-Q2']);
    expect(b[1]).toEqual(a[0]);
    const conversations = a[0]!.tables.find((t) => t.indicator === 'conversations')!;
    // One conversation: below the threshold, so nothing about it is visible, and every
    // column is there, so not even its nationality, age band or gender shows.
    const none = (d: DimensionId) =>
      Object.fromEntries(STATISTICS_COLUMNS[d].map((c) => [c, null]));
    expect(conversations.rows[0]).toEqual({
      category: 'perspektivgespraech',
      total: null,
      by: { nationality: none('nationality'), ageBand: none('ageBand'), gender: none('gender') },
    });
    // The other template's 0 beside it would single it out: hidden as well.
    expect(conversations.rows.map((r) => r.total)).toEqual([null, null, null]);
  });

  it('refuses a threshold below 3 and periods that are not quarters', () => {
    const { input } = statisticsInputFromRecords([]);
    expect(() =>
      computeStatistics(input, { from: '2026-Q1', to: '2026-Q1', vocabulary, threshold: 2 }),
    ).toThrow(RangeError);
    expect(() => computeStatistics(input, { from: '2026-01', to: '2026-Q1', vocabulary })).toThrow(
      RangeError,
    );
  });
});

describe('statistics from a device’s own records', () => {
  it('takes finalised conversations, consents and revocations; referrals come from the server', () => {
    const { input } = statisticsInputFromRecords(records());
    const session = sessionData(CASE_A);
    const input2 = statisticsInputFromDomain({
      cases: [
        {
          id: CASE_A,
          profile: {
            displayName: 'X',
            pseudonymised: true,
            createdOn: '2026-01-01',
            gender: 'female',
          },
          facts: { nationality: 'SY', birthDate: '1990-04-01' },
        },
      ],
      sessions: [
        { ...session, id: SESSION, status: 'finalised' } as unknown as ConversationSession,
        {
          ...session,
          id: 'draft',
          status: 'draft',
          finalisation: undefined,
        } as unknown as ConversationSession,
      ],
      consents: [
        {
          caseId: CASE_A,
          kind: 'data-consent',
          signedAt: '2026-03-31T23:30:00+02:00',
        } as SignedConsent,
      ],
      revocations: [{ caseId: CASE_B, receivedOn: '2026-04-01' } as ConsentRevocation],
    });
    expect(input2.conversations).toEqual(input.conversations);
    expect(input2.consents).toEqual(input.consents);
    expect(input2.revocations).toEqual(input.revocations);
    expect(input2.referrals).toEqual([]);
    expect(input2.persons.get(CASE_A)).toEqual(input.persons.get(CASE_A));
  });

  it('skips records that are not objects or fail their schema', () => {
    const bad: StoredRecord[] = [
      { entity: 'case', id: CASE_A, data: null },
      { entity: 'session', id: SESSION, data: ['x'] },
      { entity: 'consent', id: SESSION, data: { caseId: 'x' } },
      { entity: 'consent-revocation', id: SESSION, data: { caseId: CASE_A } },
      {
        entity: 'referral',
        id: SESSION,
        data: { caseId: CASE_A, sentAt: 'yesterday', state: 'sent' },
      },
      {
        entity: 'session',
        id: SESSION,
        data: sessionData(CASE_A, { scriptVersion: 'no-version' }),
      },
    ];
    const { input, skipped } = statisticsInputFromRecords(bad);
    expect(skipped).toBe(5);
    // A script version without '@' still names its template (counted as 'other-template').
    expect(input.conversations.map((c) => c.templateId)).toEqual(['no-version']);
    const tables = countQuarter(input, '2026-Q1', vocabulary);
    expect(row(tables, 'conversations', 'other-template')!.total).toBe(1);
  });

  it('counts a conversation whose facts the engine refuses, without pathways', () => {
    const { input } = statisticsInputFromRecords([
      { entity: 'session', id: SESSION, data: sessionData(CASE_A) },
    ]);
    const broken = {
      ...input,
      conversations: input.conversations.map((c) => ({ ...c, date: '2026-02-30' })),
    };
    // An impossible date never falls in a quarter: nothing is counted and nothing throws.
    expect(
      row(countQuarter(broken, '2026-Q1', vocabulary), 'conversations', 'perspektivgespraech')!
        .total,
    ).toBe(0);
    const refused = {
      ...input,
      conversations: input.conversations.map((c) => ({ ...c, facts: { birthDate: '2026-13-45' } })),
    };
    const tables = countQuarter(refused, '2026-Q1', vocabulary);
    expect(row(tables, 'conversations', 'perspektivgespraech')!.total).toBe(1);
    expect(
      tables.find((t) => t.indicator.id === 'pathways')!.rows.every((r) => r.total === 0),
    ).toBe(true);
  });
});

describe('pathways and edge cases', () => {
  it('counts a persona the engine rates likely under both "open" and "likely"', () => {
    const persona = PERSONAS.find((p) =>
      Object.values(p.pathways ?? {}).some((s) => s === 'likely'),
    )!;
    const likely = Object.entries(persona.pathways ?? {}).find(([, s]) => s === 'likely')![0];
    const input: StatisticsInput = {
      persons: new Map(),
      conversations: [
        {
          caseId: CASE_A,
          date: persona.asOf,
          templateId: 'perspektivgespraech',
          topicsCovered: [],
          answers: {},
          facts: persona.facts,
        },
      ],
      consents: [],
      revocations: [],
      referrals: [],
      closures: [],
    };
    const quarter = quarterOf(persona.asOf)!;
    const tables = countQuarter(input, quarter, vocabulary);
    expect(row(tables, 'pathways', `${likely}/open`)!.total).toBe(1);
    expect(row(tables, 'pathways', `${likely}/likely`)!.total).toBe(1);
    // Unusable facts (a birth date that is no date) still count the conversation, no pathway.
    const refused = countQuarter(
      { ...input, conversations: [{ ...input.conversations[0]!, facts: { birthDate: 'x' } }] },
      quarter,
      vocabulary,
    );
    expect(row(refused, 'conversations', 'perspektivgespraech')!.total).toBe(1);
    expect(
      refused.find((t) => t.indicator.id === 'pathways')!.rows.every((r) => r.total === 0),
    ).toBe(true);
  });

  it('bands older people and rejects malformed quarters', () => {
    expect(ageBandOf('1970-01-01', '2026-02-10')).toBe('45-64');
    expect(ageBandOf('1950-01-01', '2026-02-10')).toBe('65+');
    expect(quarterBounds('2026-Q1').last).toBe('2026-03-31');
    expect(quarterBounds('2026-Q4').last).toBe('2026-12-31');
    expect(() => addQuarters('2026-13', 1)).toThrow(RangeError);
  });
});

describe('case outcomes', () => {
  const closed = (lifecycle: unknown[], id = CASE_A) => ({
    entity: 'case',
    id,
    data: caseData({ lifecycle }),
  });

  it('counts the closing in force per quarter of its day, a detail in its own row too', () => {
    const { input, skipped } = statisticsInputFromRecords([
      closed([
        { kind: 'closed', on: '2026-01-20', outcome: 'unreachable' },
        { kind: 'reopened', on: '2026-02-01' },
        { kind: 'closed', on: '2026-04-02', outcome: 'residence-title', detail: 'aufenthg-25b' },
      ]),
      // Closed and reopened: open now, its earlier outcome does not count.
      closed(
        [
          { kind: 'closed', on: '2026-02-20', outcome: 'deportation' },
          { kind: 'reopened', on: '2026-03-01' },
        ],
        CASE_B,
      ),
    ]);
    expect(skipped).toBe(0);
    expect(input.closures).toEqual([
      { caseId: CASE_A, date: '2026-04-02', outcome: 'residence-title', detail: 'aufenthg-25b' },
    ]);
    const q1 = countQuarter(input, '2026-Q1', vocabulary);
    expect(q1.find((t) => t.indicator.id === 'outcomes')!.rows.every((r) => r.total === 0)).toBe(
      true,
    );
    const q2 = countQuarter(input, '2026-Q2', vocabulary);
    expect(row(q2, 'outcomes', 'residence-title')!.total).toBe(1);
    expect(row(q2, 'outcomes', 'residence-title/aufenthg-25b')!.total).toBe(1);
    expect(row(q2, 'outcomes', 'residence-title/other-title')!.total).toBe(0);
    // Age band on the closing day (born 1990-04-01: 36 on 2026-04-02).
    expect(row(q2, 'outcomes', 'residence-title')!.by.ageBand.get('27-44')).toBe(1);
  });

  it('has a fixed set of rows whatever the data, and an invalid lifecycle skips the case', () => {
    const catalogue = indicatorCatalogue(vocabulary).find((d) => d.id === 'outcomes')!;
    expect(catalogue.unit).toBe('case');
    const ids = catalogue.categories.map((c) => c.id);
    expect(ids).toContain('voluntary-departure-programme/starthilfeplus');
    expect(ids).toContain('transfer-eu');
    const empty = countQuarter(statisticsInputFromRecords([]).input, '2026-Q2', vocabulary);
    expect(empty.find((t) => t.indicator.id === 'outcomes')!.rows.map((r) => r.category)).toEqual(
      ids,
    );
    const { skipped } = statisticsInputFromRecords([
      closed([{ kind: 'reopened', on: '2026-01-01' }]),
    ]);
    expect(skipped).toBe(1);
  });

  it("counts a device's own closed cases the same way", () => {
    const input = statisticsInputFromDomain({
      cases: [
        {
          id: CASE_A,
          profile: {
            displayName: 'A',
            pseudonymised: false,
            createdOn: '2026-01-01',
            lifecycle: [{ kind: 'closed', on: '2026-05-05', outcome: 'died' }],
          },
          facts: {},
        },
      ],
      sessions: [],
      consents: [],
      revocations: [],
    });
    expect(input.closures).toEqual([{ caseId: CASE_A, date: '2026-05-05', outcome: 'died' }]);
  });
});
