/**
 * The dotted keys of every text in a locale file; an empty text is listed as `key:<empty>`
 * so a test comparing key sets also catches blanks.
 */
export function localeLeaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return node.trim() === '' ? [`${prefix}:<empty>`] : [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    localeLeaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}
