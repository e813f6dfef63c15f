import type { Dexie } from 'dexie';

/**
 * Everything stored in every object store of `db`, as text: strings verbatim, byte arrays
 * decoded as UTF-8, so a test can assert that no sentinel string typed into the app
 * appears anywhere on disk, neither as a plain value nor inside a stored byte buffer.
 */
export async function dumpDatabase(db: Dexie): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) parts.push(`${table.name}: ${serialise(row)}`);
  }
  return parts.join('\n');
}

function serialise(value: unknown): string {
  if (value instanceof Uint8Array || ArrayBuffer.isView(value)) {
    const view = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return `bytes(${new TextDecoder('utf-8', { fatal: false }).decode(view)})`;
  }
  if (value instanceof ArrayBuffer) return serialise(new Uint8Array(value));
  if (Array.isArray(value)) return `[${value.map(serialise).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}:${serialise(v)}`)
      .join(',')}}`;
  }
  return String(value);
}
