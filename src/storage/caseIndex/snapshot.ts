import { z } from 'zod';
import { CASE_DIGEST_FORMAT, CaseDigestSchema, type CaseDigest } from '../../domain';
import { open, seal, type RecordIdentity } from '../crypto/recordCipher';
import type { CaseDigestSnapshotRow, PerspektiveDb } from '../db';
import type { Vault } from '../vault/vault';

/**
 * All digests in ONE sealed row, so opening the list costs one decryption instead of one per
 * case. It is only a faster copy: a digest from it is used only while the case's own digest
 * row still has the same `version` — any write to the case replaces that row (stale mark), so
 * the snapshot can never show an outdated digest, only be bypassed until it is rewritten.
 */
export type SnapshotEntry = { readonly version: string; readonly digest: CaseDigest };

const SnapshotSchema = z.array(z.object({ version: z.string(), digest: CaseDigestSchema }));
const SNAPSHOT_ID = 'all';
const identity: RecordIdentity = {
  store: 'caseDigestSnapshot',
  id: SNAPSHOT_ID,
  schemaVersion: CASE_DIGEST_FORMAT,
};

export function readSnapshotRow(db: PerspektiveDb) {
  return db.caseDigestSnapshot.get(SNAPSHOT_ID);
}

/** The snapshot by case id; empty when there is none or it cannot be read or parsed. */
export async function openSnapshot(
  vault: Vault,
  row: CaseDigestSnapshotRow | undefined,
): Promise<Map<string, SnapshotEntry>> {
  if (!row || row.format !== CASE_DIGEST_FORMAT) return new Map();
  let entries = vault.cached('caseDigestSnapshot', SNAPSHOT_ID, row.version) as
    SnapshotEntry[] | undefined;
  if (!entries) {
    try {
      const parsed = SnapshotSchema.safeParse(await open(vault.requireKey(), identity, row.data));
      if (!parsed.success) return new Map();
      entries = parsed.data;
      vault.remember('caseDigestSnapshot', SNAPSHOT_ID, row.version, entries);
    } catch {
      return new Map(); // altered: the per-case rows are used, and the next persist rewrites it
    }
  }
  return new Map(entries.map((entry) => [entry.digest.id, entry]));
}

/** Seals a new snapshot row (before the caller's transaction: WebCrypto would end it). */
export async function sealSnapshot(
  vault: Vault,
  entries: readonly SnapshotEntry[],
): Promise<{ row: CaseDigestSnapshotRow; entries: readonly SnapshotEntry[] }> {
  const row: CaseDigestSnapshotRow = {
    id: SNAPSHOT_ID,
    format: CASE_DIGEST_FORMAT,
    version: globalThis.crypto.randomUUID(),
    data: await seal(vault.requireKey(), identity, entries),
  };
  return { row, entries };
}

export function rememberSnapshot(
  vault: Vault,
  sealed: { row: CaseDigestSnapshotRow; entries: readonly SnapshotEntry[] },
): void {
  vault.remember('caseDigestSnapshot', SNAPSHOT_ID, sealed.row.version, sealed.entries);
}
