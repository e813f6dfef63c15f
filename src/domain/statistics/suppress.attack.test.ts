// The differencing attack, written out: generate people, publish a row with suppressRow, then
// let an attacker who knows everything published — the total (or that it is hidden), every
// visible cell, that each dimension adds up to the total, that zeros are shown and hidden
// cells are therefore at least 1 — solve for every hidden cell. It must never find exactly
// one possible value. A control shows the same attacker does recover cells when only the
// primary suppression (cells below the threshold) is applied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStatistics } from './compute';
import { suppressRow } from './suppress';
import { vocabulary } from './statistics.fixtures';
import { DIMENSIONS, type DimensionId, type RawRow, type StatisticsRow } from './types';
import type { StatisticsInput, StatsConversation } from './types';
import { propertyRuns } from '../../../test/support/propertyRuns';

type Person = Record<DimensionId, string>;

const personArb: fc.Arbitrary<Person> = fc.record({
  // Skewed so that small groups are common: the interesting case.
  nationality: fc.constantFrom('SY', 'SY', 'SY', 'AF', 'AF', 'IQ', 'TR', 'NG', 'GE', 'stateless'),
  ageBand: fc.constantFrom('0-17', '18-26', '18-26', '27-44', '27-44', '45-64', '65+', 'unknown'),
  gender: fc.constantFrom('female', 'male', 'male', 'diverse', 'not-stated', 'unknown'),
});

function rawRow(people: readonly Person[]): RawRow {
  const by = { nationality: new Map(), ageBand: new Map(), gender: new Map() } as Record<
    DimensionId,
    Map<string, number>
  >;
  for (const p of people) for (const d of DIMENSIONS) by[d].set(p[d], (by[d].get(p[d]) ?? 0) + 1);
  return { category: 'c', total: people.length, by };
}

/**
 * All values each hidden entry can take given what is published. Unknowns: the total (if
 * hidden) and the hidden cells; constraints: per dimension, hidden cells ≥ 1 sum to
 * total − visible. A hidden total has no upper bound; trying `slack` values above its least
 * possible value is enough to see whether anything is forced.
 */
function attack(row: StatisticsRow, slack = 6): Map<string, Set<number>> {
  const found = new Map<string, Set<number>>();
  const note = (key: string, v: number) => {
    const set = found.get(key) ?? new Set<number>();
    set.add(v);
    found.set(key, set);
  };
  const hidden = (d: DimensionId) =>
    Object.entries(row.by[d])
      .filter(([, v]) => v === null)
      .map(([c]) => c);
  const visibleSum = (d: DimensionId) =>
    Object.values(row.by[d]).reduce<number>((s, v) => s + (v ?? 0), 0);
  const least = Math.max(...DIMENSIONS.map((d) => visibleSum(d) + hidden(d).length));
  const totals = row.total !== null ? [row.total] : range(least, least + slack);
  for (const total of totals) {
    // Which values each dimension's hidden cells can take for this total (exhaustively).
    const perDim = DIMENSIONS.map((d) => solveDimension(hidden(d), total - visibleSum(d)));
    if (perDim.some((solutions) => solutions === undefined)) continue;
    if (row.total === null) note('total', total);
    DIMENSIONS.forEach((d, i) => {
      for (const [cell, values] of perDim[i]!) for (const v of values) note(`${d}:${cell}`, v);
    });
  }
  return found;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Enumerates every way to write `sum` as ordered positive parts, one per hidden cell. */
function solveDimension(cells: string[], sum: number): Map<string, Set<number>> | undefined {
  const values = new Map(cells.map((c) => [c, new Set<number>()]));
  const found = { any: false };
  const assign = (i: number, left: number, chosen: number[]) => {
    if (i === cells.length) {
      if (left !== 0) return;
      found.any = true;
      chosen.forEach((v, j) => values.get(cells[j]!)!.add(v));
      return;
    }
    for (let v = 1; v <= left - (cells.length - i - 1); v++)
      assign(i + 1, left - v, [...chosen, v]);
  };
  assign(0, sum, []);
  return found.any ? values : undefined;
}

function hiddenKeys(row: StatisticsRow): string[] {
  return [
    ...(row.total === null ? ['total'] : []),
    ...DIMENSIONS.flatMap((d) =>
      Object.entries(row.by[d])
        .filter(([, v]) => v === null)
        .map(([c]) => `${d}:${c}`),
    ),
  ];
}

function truth(raw: RawRow, key: string): number {
  if (key === 'total') return raw.total;
  const [d, c] = key.split(/:(.*)/) as [DimensionId, string];
  return raw.by[d].get(c)!;
}

describe('differencing attack on suppressed rows', () => {
  it('never pins a hidden count to one value, and the truth is always among the candidates', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 0, maxLength: 30 }),
        fc.constantFrom(3, 5, 10),
        (people, k) => {
          const raw = rawRow(people);
          const published = suppressRow(raw, k);
          // Nothing below the threshold is shown.
          for (const d of DIMENSIONS) {
            for (const v of Object.values(published.by[d])) {
              if (v !== null) expect(v >= k).toBe(true);
            }
          }
          if (published.total !== null) expect(published.total === 0 || published.total >= k);
          const candidates = attack(published);
          for (const key of hiddenKeys(published)) {
            const values = candidates.get(key);
            expect(values?.has(truth(raw, key))).toBe(true);
            expect(values!.size).toBeGreaterThan(1);
          }
        },
      ),
      propertyRuns({ numRuns: 400, seed: 20261204 }),
    );
  });

  it('the attacker is real: with primary suppression only it recovers hidden cells', () => {
    const raw = rawRow([
      ...Array.from({ length: 3 }, () => ({ nationality: 'SY', ageBand: '18-26', gender: 'male' })),
      ...Array.from({ length: 9 }, () => ({ nationality: 'AF', ageBand: '18-26', gender: 'male' })),
    ]);
    const primaryOnly: StatisticsRow = {
      category: 'c',
      total: 12,
      by: { nationality: { AF: 9, SY: null }, ageBand: { '18-26': 12 }, gender: { male: 12 } },
    };
    expect([...attack(primaryOnly).get('nationality:SY')!]).toEqual([3]);
    const protectedRow = suppressRow(raw);
    expect(attack(protectedRow).get('nationality:SY')!.size).toBeGreaterThan(1);
  });

  it('overlapping period queries give identical quarters and no totals across quarters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ person: personArb, month: fc.integer({ min: 1, max: 12 }) }), {
          maxLength: 40,
        }),
        (items) => {
          const persons = new Map<string, { nationality: string }>();
          const conversations: StatsConversation[] = items.map((item, i) => {
            persons.set(`p${i}`, { nationality: item.person.nationality });
            return {
              caseId: `p${i}`,
              date: `2026-${String(item.month).padStart(2, '0')}-15`,
              templateId: 'perspektivgespraech',
              topicsCovered: [],
              answers: {},
              facts: {},
            };
          });
          const input: StatisticsInput = {
            persons,
            conversations,
            consents: [],
            revocations: [],
            referrals: [],
          };
          const whole = computeStatistics(input, { from: '2026-Q1', to: '2026-Q4', vocabulary });
          const part = computeStatistics(input, { from: '2026-Q2', to: '2026-Q3', vocabulary });
          expect(part).toEqual(whole.slice(1, 3));
          // Each bucket is exactly one quarter: nothing spans two, so nothing can be subtracted.
          expect(whole.map((b) => b.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
        },
      ),
      propertyRuns({ numRuns: 50, seed: 4122026 }),
    );
  });
});
