// People as the statistics attack tests generate them, and the raw row that counts them.
import { DIMENSIONS, nationalityColumn, type DimensionId, type RawRow } from '../../src/domain';

export type Person = Record<DimensionId, string>;

/** One row counting `people`, nationalities pooled into the fixed columns as counting does. */
export function rawRow(people: readonly Person[], category = 'c'): RawRow {
  const by = { nationality: new Map(), ageBand: new Map(), gender: new Map() } as Record<
    DimensionId,
    Map<string, number>
  >;
  for (const p of people) {
    const cols = { ...p, nationality: nationalityColumn(p.nationality) };
    for (const d of DIMENSIONS) by[d].set(cols[d], (by[d].get(cols[d]) ?? 0) + 1);
  }
  return { category, total: people.length, by };
}
