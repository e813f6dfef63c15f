/**
 * Puts a form error at a dotted field path ("blocks.0.texts.ar.text") into the nested object
 * react-hook-form expects from a resolver. The first error for a field wins, so the schema's
 * most basic problem (e.g. "required") is the one shown.
 */
export function setErrorAt(target: Record<string, unknown>, path: string, error: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] ?? 'root';
  node[last] ??= error;
}
