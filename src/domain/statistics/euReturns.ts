// The federal and EU returns statistics (Regulation (EC) No 862/2007, Article 7, as amended by
// Regulation (EU) 2020/851; Eurostat's "enforcement of immigration legislation" data): which of
// their categories Perspektive's indicators can fill, how far, and which they cannot — as data,
// with an explanation per category (statistics:eu.explanations.<id>, German and English).
//
// Sources checked on 2026-12-05: the Eurostat metadata of migr_eil (Articles 5 and 7, third-
// country nationals ordered to leave and returned following an order to leave, disaggregated by
// citizenship; returns quarterly since Regulation 2020/851) and the Eurostat code list "Type of
// return" (ASSI, ASSI_VOLU, ASSI_FORC, NASSI, NASSI_VOLU, VOLU, FORC, …). What could not be
// checked there carries `toVerify` and is marked "zu prüfen" in the export.
//
// The values are sums of published (already suppressed) rows of the combined outcomes table:
// a sum is given only when every part is published, so the export reveals nothing new.
import type { Cell, DimensionId, StatisticsRow } from './types';

export type EuSupply = 'partial' | 'none';

export type EuReturnCategory = {
  readonly id: string;
  /** Eurostat dataset(s) the category is published in. */
  readonly datasets: readonly string[];
  /** Eurostat code of the category ("Type of return" list) or of the breakdown. */
  readonly code: string;
  /** 'partial': an approximation from Perspektive's figures (with caveats); 'none': not at all. */
  readonly supply: EuSupply;
  /** The outcome rows (indicator `outcomes`) whose sum approximates it. */
  readonly outcomes?: readonly string[];
  /** Dataset name or code not confirmed against a source: check before the first return. */
  readonly toVerify?: true;
};

export const EU_RETURN_CATEGORIES: readonly EuReturnCategory[] = [
  { id: 'ordered-to-leave', datasets: ['migr_eiord'], code: 'TOTAL', supply: 'none' },
  {
    id: 'returned',
    datasets: ['migr_eirtn'],
    code: 'TOTAL',
    supply: 'partial',
    outcomes: ['voluntary-departure-programme', 'voluntary-departure', 'deportation'],
  },
  {
    id: 'voluntary',
    datasets: ['migr_eirt_vol'],
    code: 'VOLU',
    supply: 'partial',
    outcomes: ['voluntary-departure-programme', 'voluntary-departure'],
    toVerify: true,
  },
  {
    id: 'forced',
    datasets: ['migr_eirt_vol'],
    code: 'FORC',
    supply: 'partial',
    outcomes: ['deportation'],
    toVerify: true,
  },
  {
    id: 'assisted-voluntary',
    datasets: ['migr_eirt_ass'],
    code: 'ASSI_VOLU',
    supply: 'partial',
    outcomes: ['voluntary-departure-programme'],
    toVerify: true,
  },
  {
    id: 'non-assisted-voluntary',
    datasets: ['migr_eirt_ass'],
    code: 'NASSI_VOLU',
    supply: 'partial',
    outcomes: ['voluntary-departure'],
    toVerify: true,
  },
  { id: 'assisted-forced', datasets: ['migr_eirt_ass'], code: 'ASSI_FORC', supply: 'none' },
  { id: 'assisted', datasets: ['migr_eirt_ass'], code: 'ASSI', supply: 'none' },
  { id: 'non-assisted', datasets: ['migr_eirt_ass'], code: 'NASSI', supply: 'none' },
  { id: 'citizenship', datasets: ['migr_eirtn'], code: 'CITIZEN', supply: 'partial' },
  {
    id: 'age-sex',
    datasets: ['migr_eirtn'],
    code: 'AGE, SEX',
    supply: 'partial',
    toVerify: true,
  },
  {
    id: 'unaccompanied-minors',
    datasets: ['migr_eirtn'],
    code: 'UAM',
    supply: 'none',
    toVerify: true,
  },
  {
    id: 'destination',
    datasets: ['migr_eirtn'],
    code: 'THRD, EURA, RA_OTH, NRA',
    supply: 'none',
  },
  { id: 'transfers', datasets: [], code: '—', supply: 'none', toVerify: true },
];

export type EuReturnFigure = {
  readonly category: EuReturnCategory;
  /** Sum of the outcome rows' totals; null when suppressed or not supplied. */
  readonly total: Cell;
  /** The same per nationality column (a fixed column list, "other" pooled). */
  readonly byNationality: Readonly<Record<string, Cell>>;
};

/**
 * The figures of one quarter for every category that Perspektive can approximate, from the
 * combined (published) outcomes rows; categories it cannot supply have null everywhere.
 */
export function euReturnFigures(
  outcomesRows: readonly StatisticsRow[],
  nationalityColumns: readonly string[],
): EuReturnFigure[] {
  const rows = new Map(outcomesRows.map((r) => [r.category, r]));
  const sum = (parts: readonly Cell[]): Cell =>
    parts.some((p) => p === null) ? null : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
  return EU_RETURN_CATEGORIES.map((category) => {
    const ids = category.outcomes ?? [];
    const parts = ids.flatMap((id) => rows.get(id) ?? []);
    const usable = category.supply === 'partial' && ids.length > 0 && parts.length === ids.length;
    const cell = (pick: (row: StatisticsRow) => Cell) =>
      usable ? sum(parts.map((row) => pick(row))) : null;
    const d: DimensionId = 'nationality';
    return {
      category,
      total: cell((row) => row.total),
      byNationality: Object.fromEntries(
        nationalityColumns.map((c) => [c, cell((row) => row.by[d][c] ?? null)]),
      ),
    };
  });
}
