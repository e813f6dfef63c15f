// The columns of every breakdown, fixed in advance. Every published row carries exactly these
// columns, whatever the quarter's data: a column that appears only when someone is counted in
// it would name that person's nationality, age band or gender even with its count hidden.
// Rare nationalities are pooled into "other" by this list, never by this quarter's counts
// (a pooling rule that looks at the counts reveals them).
import { AGE_BANDS, GENDER_COLUMNS, type DimensionId } from './types';

/** Changes with the list below; a new list is a new catalogue version, never an edit. */
export const COLUMNS_VERSION = '2026-11';

/**
 * Nationalities with a column of their own: the most frequent nationalities of people
 * obliged to leave Germany in the federal figures (Ausländerzentralregister, 2023–2025), in
 * code order. Everything else counts as `other`; `stateless` and `unknown` stay apart because
 * they matter for return counselling. To be reviewed with the organisation per version.
 */
export const NATIONALITY_CODES = ['AF', 'GE', 'IQ', 'IR', 'NG', 'RS', 'RU', 'SY', 'TR'] as const;

export const NATIONALITY_COLUMNS = [...NATIONALITY_CODES, 'stateless', 'other', 'unknown'] as const;

const own: ReadonlySet<string> = new Set([...NATIONALITY_CODES, 'stateless', 'unknown']);

/** The column a recorded nationality (ISO code, 'stateless', 'unknown' or none) counts in. */
export function nationalityColumn(code: string | undefined): string {
  if (code === undefined) return 'unknown';
  return own.has(code) ? code : 'other';
}

export type StatisticsColumns = Readonly<Record<DimensionId, readonly string[]>>;

/** The fixed columns of each breakdown, in the order they are published. */
export const STATISTICS_COLUMNS: StatisticsColumns = {
  nationality: NATIONALITY_COLUMNS,
  ageBand: AGE_BANDS,
  gender: GENDER_COLUMNS,
};
