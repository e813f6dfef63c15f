import type { ServerConfig } from '../config';
import { systemClock } from '../clock';
import { defaultScryptParams } from '../accounts/passwords';
import { DataDirLockedError } from '../db/dataDirLock';
import { openDatabase } from '../db/open';
import { runRetention } from '../retention/run';
import type { Io } from './backupCommands';

/**
 * `retention --run`: one retention run (every organisation's rules, then the tombstone and
 * audit horizons), for cron when the server's own schedule is off
 * (RETENTION_INTERVAL_MINUTES=0). With PostgreSQL it may run while servers run (the lease
 * keeps runs apart); the embedded database allows one process, so stop the server first.
 * Prints counts only — no ids, no names.
 */
export async function runRetentionCommand(config: ServerConfig, io: Io): Promise<number> {
  let db;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      io.err(
        'The Perspektive server is running on this data folder and applies retention itself ' +
          '(RETENTION_INTERVAL_MINUTES). Stop it first to run retention from here.',
      );
      return 1;
    }
    throw error;
  }
  try {
    const summary = await runRetention(
      { db, clock: systemClock, passwordParams: defaultScryptParams },
      { tombstoneDays: config.tombstoneHorizonDays, auditDays: config.auditHorizonDays },
    );
    if (summary.skipped) {
      io.out('Another retention run is in progress (lease held); nothing done.');
      return 0;
    }
    const counts = Object.entries(summary.deleted.counts)
      .map(([kind, n]) => `${kind} ${String(n)}`)
      .join(', ');
    io.out(`Organisations with rules: ${String(summary.organisations)}.`);
    io.out(
      `Deleted: ${String(summary.deleted.targets)} case(s) or draft(s)` +
        (counts ? ` (${counts}).` : '.'),
    );
    io.out(`Waiting for an administrator's confirmation: ${String(summary.due)}.`);
    io.out(
      `Pruned: ${String(summary.pruned.tombstones)} tombstone(s), ` +
        `${String(summary.pruned.conflicts)} resolved conflict(s), ` +
        `${String(summary.pruned.auditRows)} audit row(s).`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
