// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { EU_RETURN_CATEGORIES, euReturnFigures } from './euReturns';
import type { StatisticsRow } from './types';

const row = (category: string, total: number | null, sy: number | null): StatisticsRow => ({
  category,
  total,
  by: { nationality: { SY: sy, AF: total === null ? null : 0 }, ageBand: {}, gender: {} },
});

describe('EU returns statistics mapping', () => {
  it('every category says whether Perspektive supplies it; partial ones name outcome rows', () => {
    const ids = EU_RETURN_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of EU_RETURN_CATEGORIES) {
      if (c.outcomes !== undefined) expect(c.supply).toBe('partial');
    }
    // Ordered to leave is an authority's decision, not something counselling records.
    expect(EU_RETURN_CATEGORIES.find((c) => c.id === 'ordered-to-leave')?.supply).toBe('none');
  });

  it('sums published outcome rows, and gives nothing where a part is suppressed', () => {
    const rows = [
      row('voluntary-departure-programme', 7, 7),
      row('voluntary-departure', 5, 5),
      row('deportation', null, null),
    ];
    const figures = new Map(euReturnFigures(rows, ['SY', 'AF']).map((f) => [f.category.id, f]));
    expect(figures.get('voluntary')?.total).toBe(12);
    expect(figures.get('voluntary')?.byNationality).toEqual({ SY: 12, AF: 0 });
    expect(figures.get('assisted-voluntary')?.total).toBe(7);
    expect(figures.get('non-assisted-voluntary')?.total).toBe(5);
    // A sum with a hidden part would reveal nothing new, but it would be a guess: none.
    expect(figures.get('returned')?.total).toBeNull();
    expect(figures.get('forced')?.total).toBeNull();
    expect(figures.get('ordered-to-leave')?.total).toBeNull();
    expect(figures.get('ordered-to-leave')?.byNationality).toEqual({ SY: null, AF: null });
  });

  it('gives nothing for a category whose outcome rows are not all there', () => {
    const rows = [row('voluntary-departure-programme', 7, 7), row('voluntary-departure', 5, 5)];
    const figures = new Map(euReturnFigures(rows, ['SY']).map((f) => [f.category.id, f]));
    // "Returned" needs deportations too: without that row, no partial sum is published.
    expect(figures.get('returned')?.total).toBeNull();
    expect(figures.get('returned')?.byNationality).toEqual({ SY: null });
    expect(figures.get('forced')?.total).toBeNull();
    expect(figures.get('voluntary')?.byNationality).toEqual({ SY: 12 });
    expect(euReturnFigures([], ['SY']).every((f) => f.total === null)).toBe(true);
  });
});
