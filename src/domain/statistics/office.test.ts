// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// A statistics office adds up the quarters of several organisations: their raw tables (read on
// its own server or from a quarterly report) become one combined table per indicator, beside
// each organisation's own table, suppressed across sources (crossSource.ts).
import { describe, expect, it } from 'vitest';
import { countQuarter, type RawTable } from './aggregate';
import { at, suppressAcrossSources, sumRows } from './crossSource';
import { combinedRaw, officeQuarter, type OfficeSource } from './office';
import { suppressRow } from './suppress';
import { organisationInput, vocabulary, type Counted } from './statistics.fixtures';

const tablesOf = (groups: readonly Counted[], prefix: string) =>
  countQuarter(organisationInput(groups, prefix), '2026-Q1', vocabulary);

/** Eleven people at A (six Syrian women, four Afghan men, an Iraqi), eight at B (five, three). */
const A = tablesOf(
  [
    { nationality: 'SY', gender: 'female', n: 6 },
    { nationality: 'AF', gender: 'male', n: 4 },
    { nationality: 'IQ', gender: 'male', n: 1 },
  ],
  'a',
);
const B = tablesOf(
  [
    { nationality: 'SY', gender: 'female', n: 5 },
    { nationality: 'AF', gender: 'male', n: 3 },
  ],
  'b',
);
const sources: OfficeSource[] = [
  { key: 'o1', threshold: 5, tables: A },
  { key: 'o2', threshold: 5, tables: B },
];

const CONVERSATIONS = A.findIndex((t) => t.indicator.id === 'conversations');
const onlyShown = (cells: Readonly<Record<string, number | null>>) =>
  Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== null));

describe('officeQuarter', () => {
  const published = officeQuarter(sources, 5);
  const combined = published.combined[CONVERSATIONS]!.rows[0]!;

  it('publishes every source’s own table exactly as the source suppresses it', () => {
    expect(published.sources.map((s) => s.key)).toEqual(['o1', 'o2']);
    const own = published.sources[0]!.tables[CONVERSATIONS]!;
    expect(own.indicator).toBe('conversations');
    expect(own.rows[0]).toEqual(suppressRow(A[CONVERSATIONS]!.rows[0]!, 5));
    // A shows its total and its 6 Syrians; the 4 Afghans and the Iraqi hide among the zeros.
    expect(own.rows[0]!.total).toBe(11);
    expect(onlyShown(own.rows[0]!.by.nationality)).toEqual({ SY: 6 });
    expect(onlyShown(published.sources[1]!.tables[CONVERSATIONS]!.rows[0]!.by.gender)).toEqual({
      female: 5,
    });
  });

  it('adds up the combined table, but hides a cell that would pin the sources’ hidden ones', () => {
    expect(published.combined.map((t) => t.indicator)).toEqual(A.map((t) => t.indicator.id));
    expect(combined.total).toBe(19);
    // Syrians: no source hides them, so the combined cell is the sum of published cells.
    // Afghans: 7 is above the threshold, and suppressing the sum alone would show it...
    const alone = suppressRow(
      sumRows(
        'perspektivgespraech',
        [A, B].map((t) => t[CONVERSATIONS]!.rows[0]!),
      ),
      5,
    );
    expect(onlyShown(alone.by.nationality)).toEqual({ SY: 11, AF: 7 });
    // ...but B's three hidden people are all Afghans: with 7 published, none of B's hidden
    // cells under hidden combined cells would hold anyone (rule 2 in crossSource.ts).
    expect(onlyShown(combined.by.nationality)).toEqual({ SY: 11 });
    expect(onlyShown(combined.by.gender)).toEqual({ female: 11 });
    expect(combined.by.nationality['AF']).toBeNull();
  });

  it('hides a combined row that counts fewer people than the office’s threshold', () => {
    const one = tablesOf([{ nationality: 'IQ', gender: 'male', n: 1 }], 'c');
    const two = tablesOf([{ nationality: 'IQ', gender: 'male', n: 2 }], 'd');
    const result = officeQuarter(
      [
        { key: 'x', threshold: 5, tables: one },
        { key: 'y', threshold: 7, tables: two },
      ],
      5,
    );
    const row = result.combined[CONVERSATIONS]!.rows[0]!;
    expect(row.total).toBeNull();
    expect(Object.values(row.by.nationality).every((v) => v === null)).toBe(true);
  });

  it('refuses a low threshold, an empty publication and sources with other indicators', () => {
    expect(() => officeQuarter(sources, 2)).toThrow(RangeError);
    expect(() => officeQuarter([], 5)).toThrow('at least one source');
    const fewer = { key: 'o3', threshold: 5, tables: A.slice(1) };
    expect(() => officeQuarter([...sources, fewer], 5)).toThrow('same indicators');
    const reordered = { key: 'o3', threshold: 5, tables: [...A].reverse() };
    expect(() => officeQuarter([sources[0]!, reordered], 5)).toThrow('same indicators');
    // A source may publish with a higher threshold, never with a lower one than the office.
    expect(() => officeQuarter([{ ...sources[0]!, threshold: 3 }], 5)).toThrow(
      'below the threshold',
    );
  });
});

describe('combinedRaw', () => {
  it('is the unsuppressed sum of every source, cell by cell', () => {
    const truth = combinedRaw(sources);
    expect(truth).toHaveLength(A.length);
    const row = truth[CONVERSATIONS]![0]!;
    expect(row.category).toBe('perspektivgespraech');
    expect(row.total).toBe(19);
    expect(Object.fromEntries(row.by.nationality)).toEqual({ SY: 11, AF: 7, IQ: 1 });
    expect(Object.fromEntries(row.by.gender)).toEqual({ female: 11, male: 8 });
    expect(Object.fromEntries(row.by.ageBand)).toEqual({ '27-44': 19 });
    // Every row of every indicator: the sum of the sources' totals.
    const sums = A.map((t, i) => t.rows.map((r, j) => r.total + B[i]!.rows[j]!.total));
    expect(truth.map((rows) => rows.map((r) => r.total))).toEqual(sums);
    expect(combinedRaw([])).toEqual([]);
  });
});

describe('suppressAcrossSources refuses tables that do not line up', () => {
  const rowsOf = (t: readonly RawTable[]) => t[CONVERSATIONS]!.rows;

  it('needs the same rows in the same order from every source', () => {
    const shifted = { rows: rowsOf(A).slice(1), threshold: 5 };
    expect(() => suppressAcrossSources([{ rows: rowsOf(A), threshold: 5 }, shifted], 5)).toThrow(
      'same rows',
    );
    expect(() => sumRows('perspektivgespraech', rowsOf(A).slice(1, 2))).toThrow(RangeError);
  });

  it('publishes nothing for no sources, and names a row that is missing', () => {
    expect(suppressAcrossSources([], 5)).toEqual({ combined: [], sources: [] });
    expect(at(['a'], 0)).toBe('a');
    expect(() => at(['a'], 1)).toThrow('no element at 1');
  });
});
