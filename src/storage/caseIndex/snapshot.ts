import { z } from 'zod';
import { open, seal, type RecordIdentity } from '../crypto/recordCipher';
import type { CaseDigestSnapshotRow, PerspektiveDb } from '../db';
import type { Vault } from '../vault/vault';
import type { DigestKind } from './digestIndex';

/**
 * All digests in ONE sealed row, so opening the list costs one decryption instead of one per
 * case. It is only a faster copy: a digest from it is used only while the case's own digest
 * row still has the same `version` — any write to the case replaces that row (stale mark), so
 * the snapshot can never show an outdated digest, only be bypassed until it is rewritten.
 */
export type SnapshotEntry<D> = { readonly version: string; readonly digest: D };

type Kind<D extends { id: string }> = Pick<DigestKind<D>, 'snapshotId' | 'format' | 'schema'>;

const identity = (kind: Kind<{ id: string }>): RecordIdentity => ({
  store: 'caseDigestSnapshot',
  id: kind.snapshotId,
  schemaVersion: kind.format,
});

export function readSnapshotRow(db: PerspektiveDb, snapshotId: string) {
  return db.caseDigestSnapshot.get(snapshotId);
}

/** The snapshot by case id; empty when there is none or it cannot be read or parsed. */
export async function openSnapshot<D extends { id: string }>(
  vault: Vault,
  kind: Kind<D>,
  row: CaseDigestSnapshotRow | undefined,
): Promise<Map<string, SnapshotEntry<D>>> {
  if (!row || row.format !== kind.format) return new Map();
  let entries = vault.cached('caseDigestSnapshot', kind.snapshotId, row.version) as
    SnapshotEntry<D>[] | undefined;
  if (!entries) {
    try {
      const schema = z.array(z.object({ version: z.string(), digest: kind.schema }));
      const parsed = schema.safeParse(await open(vault.requireKey(), identity(kind), row.data));
      if (!parsed.success) return new Map();
      entries = parsed.data;
      vault.remember('caseDigestSnapshot', kind.snapshotId, row.version, entries);
    } catch {
      return new Map(); // altered: the per-case rows are used, and the next persist rewrites it
    }
  }
  return new Map(entries.map((entry) => [entry.digest.id, entry]));
}

/** Seals a new snapshot row (before the caller's transaction: WebCrypto would end it). */
export async function sealSnapshot<D extends { id: string }>(
  vault: Vault,
  kind: Kind<D>,
  entries: readonly SnapshotEntry<D>[],
): Promise<{ row: CaseDigestSnapshotRow; entries: readonly SnapshotEntry<D>[] }> {
  const row: CaseDigestSnapshotRow = {
    id: kind.snapshotId,
    format: kind.format,
    version: globalThis.crypto.randomUUID(),
    data: await seal(vault.requireKey(), identity(kind), entries),
  };
  return { row, entries };
}

export function rememberSnapshot<D extends { id: string }>(
  vault: Vault,
  kind: Kind<D>,
  sealed: { row: CaseDigestSnapshotRow; entries: readonly SnapshotEntry<D>[] },
): void {
  vault.remember('caseDigestSnapshot', kind.snapshotId, sealed.row.version, sealed.entries);
}
