import { open, type RecordIdentity } from '../../src/storage/crypto/recordCipher';
import type { PerspektiveDb } from '../../src/storage/db';
import type { Vault } from '../../src/storage/vault/vault';
import { dumpDatabase } from './rawDump';

/**
 * Everything on disk, as text, WITH every sealed value decrypted: the raw dump of every
 * store (rawDump.ts) followed by the plaintext of every sealed blob found in any row. Since
 * all personal data is sealed, a raw dump alone can never show a deleted name; this one
 * shows whatever the device could still read — so "no sentinel in it" means no trace of a
 * deleted record is left anywhere, in records, conflicts, digests, snapshots or settings.
 * A blob that cannot be opened is reported as UNREADABLE (a test asserts there is none, so
 * nothing escapes the check by being undecryptable here).
 */
export async function decryptedDump(db: PerspektiveDb, vault: Vault): Promise<string> {
  const key = vault.requireKey();
  const parts = [await dumpDatabase(db)];
  for (const table of db.tables) {
    for (const row of (await table.toArray()) as Record<string, unknown>[]) {
      for (const sealed of sealedIn(row)) {
        const identity: RecordIdentity = {
          store: table.name,
          id: String(row.id ?? row.key),
          schemaVersion: Number(row.schemaVersion ?? row.format ?? 1),
        };
        try {
          parts.push(
            `${table.name}/${identity.id}: ${JSON.stringify(await open(key, identity, sealed))}`,
          );
        } catch {
          parts.push(`${table.name}/${identity.id}: UNREADABLE`);
        }
      }
    }
  }
  return parts.join('\n');
}

type SealedBlob = Parameters<typeof open>[2];

function sealedIn(value: unknown): SealedBlob[] {
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  const record = value as Record<string, unknown>;
  if (record.v === 1 && ArrayBuffer.isView(record.iv) && ArrayBuffer.isView(record.ct)) {
    return [record as unknown as SealedBlob];
  }
  return Object.values(record).flatMap(sealedIn);
}
