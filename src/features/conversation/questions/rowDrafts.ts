// Rows of the list questions while they are being filled in: any field may still be missing
// or invalid. The CaseFacts schema decides what is wrong; these helpers only copy values.
import type { z } from 'zod';

export type RowDraft = Readonly<Record<string, unknown>>;

/** The object rows of a list value; anything else counts as no rows. */
export function rowsOf(value: unknown): RowDraft[] {
  return Array.isArray(value)
    ? value.filter((row): row is RowDraft => typeof row === 'object' && row !== null)
    : [];
}

/** A copy of `row` with `key` set, or removed when `value` is undefined. */
export function withField(row: RowDraft, key: string, value: unknown): RowDraft {
  const rest = Object.fromEntries(Object.entries(row).filter(([name]) => name !== key));
  return value === undefined ? rest : { ...rest, [key]: value };
}

/** Names of the row fields the schema rejects (to mark exactly those inputs invalid). */
export function invalidKeys(schema: z.ZodType, row: RowDraft): ReadonlySet<string> {
  const result = schema.safeParse(row);
  if (result.success) return new Set();
  return new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
}
