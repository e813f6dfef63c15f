// The backup reminder: due when the device holds data and neither a backup nor a sync has
// happened for the configured number of days (counted from set-up before either).
import { describe, expect, it } from 'vitest';
import { unlockedVault } from '../../../test/support/storageTesting';
import { caseRepository } from '../cases/caseRepository';
import {
  backupStatus,
  DEFAULT_REMINDER_DAYS,
  markBackedUp,
  readBackupSettings,
  readBackupStatus,
  saveReminderDays,
} from './reminder';
import { SYNC_STATE_KEY } from './syncFacts';

const DAY = 86_400_000;
const at = (iso: string, days = 0) => new Date(Date.parse(iso) + days * DAY);

describe('backup reminder', () => {
  it('counts whole days since the latest backup, sync or set-up', () => {
    const settings = { reminderDays: 7, lastBackupAt: '2026-12-01T10:00:00.000Z' };
    const base = { settings, setUpAt: '2026-11-01T10:00:00.000Z', holdsData: true };
    const status = (now: Date, lastSyncAt?: string) => backupStatus({ ...base, lastSyncAt, now });
    expect(status(at('2026-12-01T10:00:00.000Z', 6.9))).toMatchObject({
      daysWithout: 6,
      due: false,
    });
    expect(status(at('2026-12-01T10:00:00.000Z', 7))).toMatchObject({ daysWithout: 7, due: true });
    // A later sync counts like a backup.
    expect(status(at('2026-12-01T10:00:00.000Z', 8), '2026-12-05T10:00:00.000Z')).toMatchObject({
      daysWithout: 4,
      due: false,
    });
    // Nothing on the device: nothing to remind of.
    expect(
      backupStatus({ ...base, holdsData: false, lastSyncAt: undefined, now: at(base.setUpAt, 90) }),
    ).toMatchObject({ due: false });
  });

  it('reads from the device: set-up, data, the days setting and a backup taken', async () => {
    const { db, vault } = await unlockedVault('reminder');
    const start = new Date((await db.keyring.get('device'))?.createdAt ?? 0);
    expect((await readBackupStatus(db, at(start.toISOString(), 30))).due).toBe(false); // empty
    await caseRepository(vault).create({
      displayName: 'Amal',
      pseudonymised: false,
      createdOn: '2026-11-20',
    });
    expect(
      await readBackupStatus(db, at(start.toISOString(), DEFAULT_REMINDER_DAYS)),
    ).toMatchObject({ due: true, lastBackupAt: undefined, lastSyncAt: undefined });
    await saveReminderDays(db, 14, start);
    expect((await readBackupStatus(db, at(start.toISOString(), 10))).due).toBe(false);
    await expect(saveReminderDays(db, 0, start)).rejects.toThrow();
    expect((await readBackupSettings(db)).reminderDays).toBe(14);

    const backedUp = at(start.toISOString(), 20);
    await markBackedUp(db, backedUp);
    expect(await readBackupStatus(db, at(backedUp.toISOString(), 13))).toMatchObject({
      due: false,
      lastBackupAt: backedUp.toISOString(),
      reminderDays: 14,
    });
    await db.preferences.put({
      key: SYNC_STATE_KEY,
      value: { checkpoint: 3, lastSyncAt: at(backedUp.toISOString(), 10).toISOString() },
      updatedAt: backedUp.toISOString(),
    });
    expect(await readBackupStatus(db, at(backedUp.toISOString(), 23))).toMatchObject({
      daysWithout: 13,
      due: false,
    });
  });
});
