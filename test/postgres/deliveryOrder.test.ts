// Referral deliveries between organisations are applied by whichever server process gets to
// them first. While one process is still applying a delivery, another must not apply the
// same referral's withdrawal: it would find no copy to withdraw, and the copy arriving
// afterwards would stay with the recipient although the consent was revoked.
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisationWithAdmin } from '../../src/server/accounts/bootstrap';
import type { Database } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open';
import {
  enqueueDelivery,
  enqueueWithdrawal,
  processDeliveries,
} from '../../src/server/referrals/deliveries';
import { loadRecord } from '../../src/server/replication/recordStore';
import { systemClock } from '../../src/server/clock';
import { defaultScryptParams } from '../../src/server/accounts/passwords';
import { createScratchDatabase, type ScratchDatabase } from './scratchDatabase';

let scratch: ScratchDatabase;
let db: Database;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = await openDatabase({ databaseUrl: scratch.url, dataDir: undefined });
});
afterAll(async () => {
  await db.close();
  await scratch.drop();
});

async function org(name: string): Promise<string> {
  const { organisation } = await createOrganisationWithAdmin(db, {
    name,
    kind: 'abh',
    adminEmail: `${randomUUID().slice(0, 8)}@example.org`,
  });
  return organisation.id;
}

describe('referral deliveries across processes', () => {
  it('never apply a withdrawal while the delivery before it is in progress elsewhere', async () => {
    const sender = await org('Sender ABH');
    const target = await org('Partner KI');
    const referralId = randomUUID();
    const at = new Date();
    await db.transaction((tx) =>
      enqueueDelivery(tx, { referralId, senderOrg: sender, targetOrg: target, at }, {
        message: 'Bitte Kontakt aufnehmen.',
      } as never),
    );
    await db.transaction((tx) => enqueueWithdrawal(tx, referralId, at));

    // "Another process" is in the middle of applying the delivery: it holds its row lock.
    const other = new pg.Client({ connectionString: scratch.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `SELECT id FROM referral_deliveries WHERE referral_id = $1 AND kind = 'deliver' FOR UPDATE`,
        [referralId],
      );
      const ctx = { db, clock: systemClock, passwordParams: defaultScryptParams };
      // This process must leave the withdrawal alone for now.
      expect(await processDeliveries(ctx)).toBe(0);
      await other.query('ROLLBACK'); // the other process failed; the rows are still pending
      expect(await processDeliveries(ctx)).toBe(2);
    } finally {
      await other.end();
    }
    const [link] = await db.query<{ inbox_id: string }>(
      'SELECT inbox_id FROM referral_links WHERE referral_id = $1',
      [referralId],
    );
    const inbox = await loadRecord(db, target, link?.inbox_id ?? '');
    // Delivered, then withdrawn: a tombstone, no data left with the recipient.
    expect(inbox).toMatchObject({ entity: 'referral-inbox', deleted: true, data: {} });
  });
});
