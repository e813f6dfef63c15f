/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, arrays in order.
 * Client and server hash the same bytes with it: a signed consent's `contentHash` is the
 * lowercase hex SHA-256 of `canonicalJson(fields)` of the consent as signed (template
 * id/version, locale, rendered text, field values, signature reference…).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('Not representable as JSON: non-finite number.');
    }
    if (value === undefined) throw new TypeError('Not representable as JSON: undefined.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
