// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// The attacks, written out: generate people, publish with the real suppression, then let an
// attacker who knows everything published — the total (or that it is hidden), every cell of
// the fixed columns, that each dimension adds up to the total, that counts are non-negative,
// and the rules themselves (a hidden total is below k) — solve for every hidden entry. Two
// things must hold for every row:
// - counts: no hidden entry has exactly one possible value;
// - categories: if the row may count anyone, every column of every dimension can hold a
//   counted person (some solution with T ≥ 1 puts at least one person there), so nothing can
//   be excluded for anyone counted ("not Afghan", or "Iraqi, as every other column is 0").
// Controls show that the same attacker breaks primary suppression alone and the old format
// (only the columns with someone in them were published).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATISTICS_COLUMNS } from './columns';
import { computeStatistics } from './compute';
import { suppressRow, suppressTable } from './suppress';
import { vocabulary } from './statistics.fixtures';
import { AGE_BANDS, DIMENSIONS, GENDER_COLUMNS, type DimensionId, type RawRow } from './types';
import type { StatisticsInput, StatisticsRow, StatsConversation } from './types';
import { rawRow, type Person } from '../../../test/support/statisticsPeople';
import { propertyRuns } from '../../../test/support/propertyRuns';

const personArb: fc.Arbitrary<Person> = fc.record({
  // Skewed so that small groups are common, with nationalities that are pooled into "other".
  nationality: fc.constantFrom('SY', 'SY', 'SY', 'AF', 'AF', 'IQ', 'TR', 'ER', 'MK', 'stateless'),
  ageBand: fc.constantFrom('18-26', '18-26', '27-44', '27-44', ...AGE_BANDS),
  gender: fc.constantFrom('female', 'male', 'male', ...GENDER_COLUMNS),
});
const closureArb = fc.constantFrom(
  { outcome: 'residence-title' as const, detail: 'aufenthg-25b' },
  { outcome: 'residence-title' as const, detail: undefined },
  { outcome: 'voluntary-departure-programme' as const, detail: 'reag-garp' },
  { outcome: 'voluntary-departure' as const, detail: undefined },
  { outcome: 'deportation' as const, detail: undefined },
);
/** Tiny populations (0–3 people) as often as larger ones: those are the ones that identify. */
const peopleArb = fc.oneof(
  fc.array(personArb, { maxLength: 3 }),
  fc.array(personArb, { maxLength: 40 }),
);

/** A published cell; a column missing from the row is a published 0 (the old format). */
function cell(row: StatisticsRow, d: DimensionId, c: string): number | null {
  const value = row.by[d][c];
  return value === undefined ? 0 : value;
}

type Findings = {
  /** Possible values of every hidden entry ('total', 'nationality:IQ', …). */
  values: Map<string, Set<number>>;
  /** Columns that can hold someone in a solution with at least one person counted. */
  possible: Set<string>;
  /** Whether any solution counts someone at all. */
  countsAnyone: boolean;
};

/**
 * Everything consistent with one published row. Unknowns: the total (if hidden: 0 … k−1, the
 * rules publish every total ≥ k) and the hidden cells; per dimension the hidden cells are
 * non-negative and add up to total − published. For m hidden cells adding up to S, a cell can
 * be v exactly when the other m − 1 can add up to S − v: for m = 1 only v = S, else 0 … S.
 */
function attack(row: StatisticsRow, k: number): Findings {
  const found: Findings = { values: new Map(), possible: new Set(), countsAnyone: false };
  const note = (key: string, v: number) => {
    const set = found.values.get(key) ?? new Set<number>();
    set.add(v);
    found.values.set(key, set);
  };
  const totals = row.total !== null ? [row.total] : range(0, k - 1);
  for (const total of totals) {
    const perDim = DIMENSIONS.map((d) => {
      const columns = STATISTICS_COLUMNS[d];
      const hidden = columns.filter((c) => cell(row, d, c) === null);
      const left = total - columns.reduce((s, c) => s + (cell(row, d, c) ?? 0), 0);
      if (left < 0 || (hidden.length === 0 && left !== 0)) return undefined;
      const values = new Map(
        hidden.map((c) => [c, hidden.length === 1 ? [left] : range(0, left)] as const),
      );
      return { d, columns, values };
    });
    if (perDim.some((x) => x === undefined)) continue;
    if (row.total === null) note('total', total);
    if (total >= 1) found.countsAnyone = true;
    for (const { d, columns, values } of perDim.map((x) => x!)) {
      for (const [c, vs] of values) for (const v of vs) note(`${d}:${c}`, v);
      for (const c of columns) {
        const can = values.has(c) ? values.get(c)!.some((v) => v >= 1) : cell(row, d, c)! >= 1;
        if (total >= 1 && can) found.possible.add(`${d}:${c}`);
      }
    }
  }
  return found;
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

function truth(raw: RawRow, key: string): number {
  if (key === 'total') return raw.total;
  const [d, c] = key.split(/:(.*)/) as [DimensionId, string];
  return raw.by[d].get(c) ?? 0;
}

/** The two protections, asserted for one published row against its raw counts. */
function expectProtected(raw: RawRow, published: StatisticsRow, k: number) {
  const found = attack(published, k);
  for (const [key, values] of found.values) {
    expect(values.has(truth(raw, key)), `${key}: truth among the candidates`).toBe(true);
    expect(values.size, `${key} is pinned`).toBeGreaterThan(1);
  }
  if (!found.countsAnyone) return;
  for (const d of DIMENSIONS) {
    for (const c of STATISTICS_COLUMNS[d]) {
      expect(found.possible.has(`${d}:${c}`), `${d}:${c} can be excluded`).toBe(true);
    }
  }
}

describe('attacks on suppressed rows', () => {
  it('never pins a hidden count, never lets a category be excluded, never shows 1 … k−1', () => {
    fc.assert(
      fc.property(peopleArb, fc.constantFrom(3, 5, 10), (people, k) => {
        const raw = rawRow(people);
        const published = suppressRow(raw, k);
        for (const d of DIMENSIONS) {
          // The same columns whatever the data.
          expect(Object.keys(published.by[d])).toEqual([...STATISTICS_COLUMNS[d]]);
          for (const v of Object.values(published.by[d])) {
            if (v !== null) expect(v === 0 || v >= k).toBe(true);
          }
        }
        if (published.total !== null) expect(published.total === 0 || published.total >= k);
        expectProtected(raw, published, k);
      }),
      propertyRuns({ numRuns: 300, seed: 2211 }),
    );
  });

  it('holds for whole published quarters: every row, and no zero beside a hidden row', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            person: personArb,
            kind: fc.integer({ min: 0, max: 3 }),
            // Closed cases with an outcome: the outcomes indicator has subset rows too.
            closure: fc.option(closureArb, { nil: undefined }),
          }),
          { maxLength: 12 },
        ),
        (items) => {
          const persons = new Map(items.map((item, i) => [`p${i}`, personOf(item.person)]));
          const on = (i: number) => ({ caseId: `p${i}`, date: '2026-02-15' });
          const input: StatisticsInput = {
            persons,
            conversations: items.flatMap((item, i) =>
              item.kind === 0 ? [conversation(`p${i}`, '2026-02-15')] : [],
            ),
            consents: items.flatMap((item, i) =>
              item.kind >= 1 ? [{ ...on(i), kind: 'data-consent' as const }] : [],
            ),
            revocations: items.flatMap((item, i) => (item.kind >= 2 ? [on(i)] : [])),
            referrals: items.flatMap((item, i) =>
              item.kind === 3 ? [{ ...on(i), accepted: false }] : [],
            ),
            closures: items.flatMap((item, i) =>
              item.closure ? [{ ...on(i), ...item.closure }] : [],
            ),
          };
          const [quarter] = computeStatistics(input, {
            from: '2026-Q1',
            to: '2026-Q1',
            vocabulary,
          });
          for (const table of quarter!.tables) {
            const totals = table.rows.map((r) => r.total);
            if (totals.includes(null)) expect(totals).not.toContain(0);
            for (const row of table.rows) {
              const found = attack(row, 5);
              if (!found.countsAnyone) continue;
              for (const d of DIMENSIONS) {
                for (const c of STATISTICS_COLUMNS[d]) {
                  expect(found.possible.has(`${d}:${c}`), `${table.indicator} ${d}:${c}`).toBe(
                    true,
                  );
                }
              }
            }
          }
        },
      ),
      propertyRuns({ numRuns: 60, seed: 2212 }),
    );
  });

  it('one Iraqi woman aged 27–44: no column is named or excluded', () => {
    const raw = rawRow([{ nationality: 'IQ', ageBand: '27-44', gender: 'female' }]);
    const published = suppressRow(raw);
    expect(published.total).toBeNull();
    for (const d of DIMENSIONS) {
      expect(Object.values(published.by[d]).every((v) => v === null)).toBe(true);
    }
    expectProtected(raw, published, 5);
  });

  it('the attacker is real: it pins cells under primary suppression alone', () => {
    const raw = rawRow([
      ...Array.from({ length: 3 }, () => ({ nationality: 'SY', ageBand: '18-26', gender: 'male' })),
      ...Array.from({ length: 9 }, () => ({ nationality: 'AF', ageBand: '18-26', gender: 'male' })),
    ]);
    const zeros = (d: DimensionId) => Object.fromEntries(STATISTICS_COLUMNS[d].map((c) => [c, 0]));
    const primaryOnly: StatisticsRow = {
      category: 'c',
      total: 12,
      by: {
        nationality: { ...zeros('nationality'), AF: 9, SY: null },
        ageBand: { ...zeros('ageBand'), '18-26': 12 },
        gender: { ...zeros('gender'), male: 12 },
      },
    };
    expect([...attack(primaryOnly, 5).values.get('nationality:SY')!]).toEqual([3]);
    expect(attack(suppressRow(raw), 5).values.get('nationality:SY')!.size).toBeGreaterThan(1);
  });

  it('the attacker is real: the old format (counted columns only) names the category', () => {
    // What the old suppression published for one Iraqi woman: "Irak | gesperrt".
    const old: StatisticsRow = {
      category: 'c',
      total: null,
      by: { nationality: { IQ: null }, ageBand: { '27-44': null }, gender: { female: null } },
    };
    const found = attack(old, 5);
    expect(found.countsAnyone).toBe(true);
    expect(found.possible.has('nationality:IQ')).toBe(true);
    expect(found.possible.has('nationality:SY')).toBe(false);
    expect(found.possible.has('gender:male')).toBe(false);
  });

  it('hides the zero rows of a table that has a hidden row, and only then', () => {
    const one = rawRow([{ nationality: 'IQ', ageBand: '27-44', gender: 'female' }], 'a');
    const none = rawRow([], 'b');
    expect(suppressTable([one, none]).map((r) => r.total)).toEqual([null, null]);
    const many = rawRow(
      Array.from({ length: 6 }, () => ({ nationality: 'SY', ageBand: '18-26', gender: 'male' })),
      'a',
    );
    expect(suppressTable([many, none]).map((r) => r.total)).toEqual([6, 0]);
    expect(suppressTable([many, none])[1]!.by.gender).toEqual(
      Object.fromEntries(GENDER_COLUMNS.map((c) => [c, 0])),
    );
  });

  it('overlapping period queries give identical quarters and no totals across quarters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ person: personArb, month: fc.integer({ min: 1, max: 12 }) }), {
          maxLength: 40,
        }),
        (items) => {
          const persons = new Map(items.map((item, i) => [`p${i}`, personOf(item.person)]));
          const conversations = items.map((item, i) =>
            conversation(`p${i}`, `2026-${String(item.month).padStart(2, '0')}-15`),
          );
          const input: StatisticsInput = {
            persons,
            conversations,
            consents: [],
            revocations: [],
            referrals: [],
            closures: [],
          };
          const whole = computeStatistics(input, { from: '2026-Q1', to: '2026-Q4', vocabulary });
          const part = computeStatistics(input, { from: '2026-Q2', to: '2026-Q3', vocabulary });
          expect(part).toEqual(whole.slice(1, 3));
          // Each bucket is exactly one quarter: nothing spans two, so nothing can be subtracted.
          expect(whole.map((b) => b.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
        },
      ),
      propertyRuns({ numRuns: 40, seed: 2213 }),
    );
  });
});

/** A person with the given columns (an age band becomes a birth date inside it). */
function personOf(p: Person) {
  const birthYear: Record<string, string | undefined> = {
    '0-17': '2015-01-01',
    '18-26': '2003-01-01',
    '27-44': '1990-01-01',
    '45-64': '1970-01-01',
    '65+': '1950-01-01',
  };
  const gender = p.gender === 'unknown' ? undefined : (p.gender as 'female');
  return { nationality: p.nationality, birthDate: birthYear[p.ageBand], gender };
}

function conversation(caseId: string, date: string): StatsConversation {
  return {
    caseId,
    date,
    templateId: 'perspektivgespraech',
    topicsCovered: [],
    answers: {},
    facts: {},
  };
}
