// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// A quarterly report carries an organisation's raw counts to a statistics office on another
// server. The office reads them back only when they fit its catalogue exactly: a forged or
// garbled report must be refused, never added up.
import { describe, expect, it } from 'vitest';
import { countQuarter } from './aggregate';
import { indicatorCatalogue } from './indicators';
import { rawTablesOfReport, reportTables, ReportTablesError, type ReportTable } from './report';
import { organisationInput, vocabulary } from './statistics.fixtures';

const input = organisationInput(
  [
    { nationality: 'SY', gender: 'female', n: 3 },
    { nationality: 'ER', gender: 'male', n: 2 },
  ],
  'r',
);
const tables = reportTables(input, '2026-Q1', vocabulary);
const CONVERSATIONS = tables.findIndex((t) => t.indicator === 'conversations');

/** The report with one row of the conversations table replaced. */
function withRow(change: (row: ReportTable['rows'][number]) => object): ReportTable[] {
  return tables.map((t, i) =>
    i === CONVERSATIONS
      ? { ...t, rows: t.rows.map((r, j) => (j === 0 ? (change(r) as typeof r) : r)) }
      : t,
  );
}

const refusal = (report: readonly ReportTable[]) => {
  try {
    rawTablesOfReport(report, vocabulary);
  } catch (e) {
    expect(e).toBeInstanceOf(ReportTablesError);
    expect((e as Error).name).toBe('ReportTablesError');
    return (e as Error).message;
  }
  throw new Error('the report was accepted');
};

describe('reportTables', () => {
  it('lists every indicator and category of the catalogue with raw, unsuppressed counts', () => {
    expect(tables.map((t) => t.indicator)).toEqual(indicatorCatalogue(vocabulary).map((d) => d.id));
    // Five people: far below any threshold, and still counted exactly (the office suppresses).
    expect(tables[CONVERSATIONS]!.rows[0]).toEqual({
      category: 'perspektivgespraech',
      total: 5,
      by: {
        // Eritrea has no column of its own: pooled into "other" as counting does.
        nationality: { SY: 3, other: 2 },
        ageBand: { '27-44': 5 },
        gender: { female: 3, male: 2 },
      },
    });
  });

  it('leaves out the cells that count nobody', () => {
    expect(tables[CONVERSATIONS]!.rows[1]).toEqual({
      category: 'fruehe-rueckkehrberatung',
      total: 0,
      by: { nationality: {}, ageBand: {}, gender: {} },
    });
  });
});

describe('rawTablesOfReport', () => {
  it('reads a report back into exactly the counts it was made from', () => {
    expect(rawTablesOfReport(tables, vocabulary)).toEqual(
      countQuarter(input, '2026-Q1', vocabulary),
    );
  });

  it('accepts explicit zero cells and drops them', () => {
    const zeros = withRow((r) => ({
      ...r,
      by: { ...r.by, gender: { ...r.by.gender, diverse: 0 } },
    }));
    const row = rawTablesOfReport(zeros, vocabulary)[CONVERSATIONS]!.rows[0]!;
    expect([...row.by.gender.keys()]).toEqual(['female', 'male']);
  });

  it('refuses a report of another catalogue: indicators, their order, their rows', () => {
    expect(refusal(tables.slice(1))).toBe(
      `expected ${tables.length} indicators, got ${tables.length - 1}`,
    );
    const swapped = [tables[1]!, tables[0]!, ...tables.slice(2)];
    expect(refusal(swapped)).toBe(`indicator 1: expected ${tables[0]!.indicator}`);
    const short = tables.map((t, i) => (i === CONVERSATIONS ? { ...t, rows: t.rows.slice(1) } : t));
    expect(refusal(short)).toBe('conversations: expected 3 rows');
    expect(refusal(withRow((r) => ({ ...r, category: 'other-template' })))).toBe(
      'conversations/perspektivgespraech: wrong category',
    );
  });

  it('refuses totals and counts that are not whole numbers from 0 to a million', () => {
    const where = 'conversations/perspektivgespraech';
    for (const total of [-1, 2.5, 1_000_001, '5', Number.NaN]) {
      expect(refusal(withRow((r) => ({ ...r, total })))).toBe(`${where}: invalid total`);
    }
    expect(
      refusal(withRow((r) => ({ ...r, by: { ...r.by, gender: { female: 3.5, male: 1.5 } } }))),
    ).toBe(`${where}: invalid gender count`);
    expect(
      refusal(withRow((r) => ({ ...r, by: { ...r.by, gender: { female: 6, male: -1 } } }))),
    ).toBe(`${where}: invalid gender count`);
  });

  it('refuses a column outside the fixed set: a typed nationality would name someone', () => {
    expect(
      refusal(withRow((r) => ({ ...r, by: { ...r.by, nationality: { SY: 3, ER: 2 } } }))),
    ).toBe('conversations/perspektivgespraech: unknown nationality column');
  });

  it('refuses breakdowns that do not add up to the total', () => {
    // A forged total: the breakdowns still count five people.
    expect(refusal(withRow((r) => ({ ...r, total: 6 })))).toBe(
      'conversations/perspektivgespraech: nationality does not add up',
    );
    expect(
      refusal(withRow((r) => ({ ...r, by: { ...r.by, ageBand: { '27-44': 4, '18-26': 2 } } }))),
    ).toBe('conversations/perspektivgespraech: ageBand does not add up');
    // A row that counts nobody must not carry cells either.
    const empty = tables.map((t, i) =>
      i === CONVERSATIONS
        ? {
            ...t,
            rows: t.rows.map((r, j) =>
              j === 1 ? { ...r, by: { ...r.by, gender: { unknown: 1 } } } : r,
            ),
          }
        : t,
    );
    expect(refusal(empty)).toBe('conversations/fruehe-rueckkehrberatung: gender does not add up');
  });
});
