import type { Conflict } from '../../protocol';
import { open } from '../crypto/recordCipher';
import { sealedStore, type Fields } from '../records/sealedStore';
import type { Vault } from '../vault/vault';

export type ConflictChoice = 'server' | 'mine';

/**
 * Sync conflicts the server recorded: two devices changed the same field of a record from
 * the same starting point. The server kept its value; the other one waits here for a
 * counsellor. Resolving is a local change (works offline) that travels with the next push:
 * "server" confirms the kept value, "mine" writes the other value (the one the colliding
 * device sent, `clientValue`) — both carry the conflict id, and the server marks the conflict
 * resolved when the change applies.
 */
export function conflictRepository(vault: Vault) {
  const db = vault.db;
  const stores = {
    case: sealedStore<Fields>(vault, 'cases', 'case'),
    session: sealedStore<Fields>(vault, 'sessions', 'session'),
  };

  async function decrypt(row: { id: string; data: Parameters<typeof open>[2] }) {
    return open<Conflict>(
      vault.requireKey(),
      { store: 'conflicts', id: row.id, schemaVersion: 1 },
      row.data,
    );
  }

  /**
   * The case each record id belongs to, from the rows' plain columns (a session's case id is
   * one; a case is its own): nothing is decrypted. Ids this device does not hold are absent.
   */
  async function caseIdsOf(entityIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(entityIds)];
    const [caseRows, sessionRows] = await Promise.all([
      db.cases.bulkGet(ids),
      db.sessions.bulkGet(ids),
    ]);
    const caseOf = new Map<string, string>();
    for (const row of sessionRows) if (row) caseOf.set(row.id, row.caseId);
    for (const row of caseRows) if (row) caseOf.set(row.id, row.id);
    return caseOf;
  }

  return {
    caseIdsOf,

    /** Open conflicts of records this device holds, oldest first. */
    async open(): Promise<Conflict[]> {
      return (await this.openWithCases()).map((o) => o.conflict);
    },

    /**
     * The same, each with the case it belongs to (a session's case id is a plain column):
     * the conflict list names the case from the case index instead of decrypting every
     * record. Reads only the open conflicts' rows and the rows of their records, all
     * before any decryption (so a live query keeps tracking them).
     */
    async openWithCases(): Promise<{ conflict: Conflict; caseId: string }[]> {
      const rows = await db.conflicts.where('resolved').equals(0).toArray();
      const [outbox, caseOf] = await Promise.all([
        db.outbox.toArray(),
        caseIdsOf(rows.map((r) => r.entityId)),
      ]);
      const pending = new Set(
        outbox.flatMap((e) => (e.resolvesConflictId ? [e.resolvesConflictId] : [])),
      );
      const held = rows.filter((r) => !pending.has(r.id) && caseOf.has(r.entityId));
      const all = await Promise.all(
        held.map(async (row) => ({
          conflict: await decrypt(row),
          caseId: caseOf.get(row.entityId) ?? '',
        })),
      );
      return all
        .filter(({ conflict: c }) => c.entity === 'case' || c.entity === 'session')
        .sort((a, b) => a.conflict.createdAt.localeCompare(b.conflict.createdAt));
    },

    /**
     * Conflicts someone else decided against this account: its saved value was replaced by
     * the other one, or its colliding change was not taken. Said once on the device (until
     * `acknowledge`), so nobody finds their entry changed without a word.
     */
    async decidedByOthers(userId: string): Promise<Conflict[]> {
      const rows = await db.conflicts.where('resolved').equals(1).toArray();
      const all = await Promise.all(rows.map(decrypt));
      return all
        .filter(
          (c) =>
            c.resolvedBy != null &&
            c.resolvedBy !== userId &&
            ((c.resolution === 'client' && c.serverBy === userId) ||
              (c.resolution === 'server' && c.createdBy === userId)),
        )
        .sort((a, b) => (a.resolvedAt ?? '').localeCompare(b.resolvedAt ?? ''));
    },

    /** The counsellor has read about a decision: the resolved conflict leaves the device. */
    async acknowledge(conflictId: string): Promise<void> {
      await db.conflicts.delete(conflictId);
    },

    /**
     * Records the counsellor's decision. Failure (locked, record gone) throws and changes
     * nothing; offline it is queued like any other change.
     */
    async resolve(conflict: Conflict, choice: ConflictChoice): Promise<void> {
      if (conflict.entity !== 'case' && conflict.entity !== 'session') {
        throw new Error(`Conflicts of ${conflict.entity} cannot be resolved here.`);
      }
      const store = stores[conflict.entity];
      const field = conflict.field;
      if (choice === 'mine' && field !== null) {
        await store.update(
          conflict.entityId,
          (current) => {
            const next = { ...current };
            if (conflict.clientValue === null) return omit(next, field);
            return { ...next, [field]: conflict.clientValue };
          },
          { resolvesConflictId: conflict.id, forceFields: [field] },
        );
      } else {
        await store.update(conflict.entityId, (current) => current, {
          resolvesConflictId: conflict.id,
        });
      }
    },
  };
}
export type ConflictRepository = ReturnType<typeof conflictRepository>;

function omit(value: Fields, field: string): Fields {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== field));
}
