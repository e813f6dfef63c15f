import { z } from 'zod';
import type { PerspektiveDb } from '../db';
import { SYNC_STATE_KEY, syncFacts } from './syncFacts';

/**
 * The backup reminder: an organisation without a server has no copy of a tablet's data but
 * its backups, and one with a server none of what was not synced. So the counsellor is
 * reminded (Einstellungen, and a quiet banner) when the device holds data and neither a
 * backup nor a sync has happened for `reminderDays` days (a setting, 7 by default), counted
 * from the device's set-up when there was neither yet.
 *
 * Stored plain under `backup` in `preferences`: a number of days and a time, nothing
 * personal, readable while locked. Writes are single-row puts (offline, local); a failure
 * rejects and leaves the old value.
 */
export const BACKUP_PREFERENCE = 'backup';
export const DEFAULT_REMINDER_DAYS = 7;
export const MAX_REMINDER_DAYS = 365;

const settingsSchema = z.object({
  reminderDays: z.number().int().min(1).max(MAX_REMINDER_DAYS),
  /** When this device last wrote a backup file (or was restored from one). */
  lastBackupAt: z.string().optional(),
});
export type BackupSettings = z.infer<typeof settingsSchema>;

const DEFAULTS: BackupSettings = { reminderDays: DEFAULT_REMINDER_DAYS };

export async function readBackupSettings(db: PerspektiveDb): Promise<BackupSettings> {
  const parsed = settingsSchema.safeParse((await db.preferences.get(BACKUP_PREFERENCE))?.value);
  return parsed.success ? parsed.data : DEFAULTS;
}

async function change(
  db: PerspektiveDb,
  at: Date,
  edit: (s: BackupSettings) => BackupSettings,
): Promise<void> {
  await db.transaction('rw', db.preferences, async () => {
    const value = settingsSchema.parse(edit(await readBackupSettings(db)));
    await db.preferences.put({ key: BACKUP_PREFERENCE, value, updatedAt: at.toISOString() });
  });
}

/** Sets the reminder's number of days (1–365); invalid input throws and writes nothing. */
export function saveReminderDays(db: PerspektiveDb, days: number, at: Date): Promise<void> {
  return change(db, at, (s) => ({ ...s, reminderDays: days }));
}

/** Notes that a backup file was handed to the browser for saving. */
export function markBackedUp(db: PerspektiveDb, at: Date): Promise<void> {
  return change(db, at, (s) => ({ ...s, lastBackupAt: at.toISOString() }));
}

export type BackupStatus = {
  readonly reminderDays: number;
  readonly lastBackupAt: string | undefined;
  readonly lastSyncAt: string | undefined;
  /** Whole days since the last backup or sync (or the set-up); undefined before set-up. */
  readonly daysWithout: number | undefined;
  /** Remind now: the device holds data and `daysWithout` ≥ `reminderDays`. */
  readonly due: boolean;
};

const DAY_MS = 86_400_000;

/** Pure: the reminder for the given facts. */
export function backupStatus(input: {
  settings: BackupSettings;
  lastSyncAt: string | undefined;
  setUpAt: string | undefined;
  holdsData: boolean;
  now: Date;
}): BackupStatus {
  const { settings, lastSyncAt, setUpAt, holdsData, now } = input;
  const times = [settings.lastBackupAt, lastSyncAt, setUpAt]
    .map((t) => (t === undefined ? NaN : Date.parse(t)))
    .filter((t) => Number.isFinite(t));
  const latest = times.length > 0 ? Math.max(...times) : undefined;
  const daysWithout =
    latest === undefined ? undefined : Math.max(0, Math.floor((now.getTime() - latest) / DAY_MS));
  return {
    reminderDays: settings.reminderDays,
    lastBackupAt: settings.lastBackupAt,
    lastSyncAt,
    daysWithout,
    due: holdsData && daysWithout !== undefined && daysWithout >= settings.reminderDays,
  };
}

/** Reads what the reminder needs (plain columns and settings only: works while locked). */
export async function readBackupStatus(db: PerspektiveDb, now: Date): Promise<BackupStatus> {
  const [settings, syncRow, keyring, cases, received, pending] = await Promise.all([
    readBackupSettings(db),
    db.preferences.get(SYNC_STATE_KEY),
    db.keyring.get('device'),
    db.cases.count(),
    db.incomingReferrals.count(),
    db.outbox.count(),
  ]);
  return backupStatus({
    settings,
    lastSyncAt: syncFacts(syncRow?.value).lastSyncAt,
    setUpAt: keyring?.createdAt,
    holdsData: cases + received + pending > 0,
    now,
  });
}
