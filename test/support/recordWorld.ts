import type { Queryable } from '../../src/server/db/database';
import { signedContent } from '../../src/domain/consents/consents.fixtures';
import { template } from '../../src/domain/sessions/sessions.fixtures';
import type { clientDevice } from '../integration/sync/support/clientDevice';

type Device = Awaited<ReturnType<typeof clientDevice>>;

/**
 * Records of every kind a counsellor makes (cases, a conversation, a signed consent with its
 * hash), written on a real client device and synced; returns what to compare after a
 * backup, restore or upgrade.
 */
export async function seedRecords(device: Device, n = 3) {
  const ids: { cases: string[]; sessions: string[]; consents: string[] } = {
    cases: [],
    sessions: [],
    consents: [],
  };
  for (let i = 0; i < n; i++) {
    const c = await device.cases.create(
      { displayName: `Person ${i}`, pseudonymised: false, createdOn: '2026-11-20' },
      { nationality: 'SY', birthDate: '1999-03-15' },
    );
    ids.cases.push(c.id);
    const s = await device.sessions.start({
      caseId: c.id,
      template,
      asOf: '2026-11-20',
      counsellorName: 'Frau Beispiel',
    });
    ids.sessions.push(s.id);
    const consent = await device.consents.sign(signedContent({ caseId: c.id }));
    ids.consents.push(consent.id);
  }
  const outcome = await device.sync();
  if (outcome.kind !== 'done') throw new Error(`seeding sync failed: ${JSON.stringify(outcome)}`);
  return ids;
}

export type SeededIds = Awaited<ReturnType<typeof seedRecords>>;

/** Without `updatedAt`: the time this device last wrote its local copy, not record content. */
function content<T extends object>(stored: T | undefined): Omit<T, 'updatedAt'> | undefined {
  if (!stored) return undefined;
  const rest = { ...stored } as Record<string, unknown>;
  delete rest.updatedAt;
  return rest as Omit<T, 'updatedAt'>;
}

/** What a device holds of the seeded records, decrypted (compared across devices). */
export async function deviceView(device: Device, ids: SeededIds) {
  return {
    cases: await Promise.all(ids.cases.map(async (id) => content(await device.cases.get(id)))),
    sessions: await Promise.all(
      ids.sessions.map(async (id) => content(await device.sessions.get(id))),
    ),
    consents: await Promise.all(
      ids.consents.map(async (id) => content(await device.consents.get(id))),
    ),
  };
}

/**
 * Everything the server holds about records and who did what: every record row (with its
 * consent hash and feed position), every audit row, every stored push result. Two snapshots
 * are equal only if nothing was lost, added or changed.
 */
export async function serverSnapshot(db: Queryable) {
  return {
    records: await db.query(
      `SELECT org_id, id, entity, rev, data, field_revs, deleted, content_hash, signed_at, seq,
              created_at, updated_at, updated_by FROM records ORDER BY org_id, seq`,
    ),
    audit: await db.query('SELECT * FROM audit_log ORDER BY id'),
    applied: await db.query('SELECT * FROM applied_mutations ORDER BY client_id, client_seq'),
    devices: await db.query('SELECT client_id, last_client_seq FROM devices ORDER BY client_id'),
  };
}
