import { resolve } from 'node:path';
import type { ServerConfig } from '../config';
import { backupEmbedded, renewServerId, restoreEmbedded } from '../db/backup';
import { DataDirLockedError } from '../db/dataDirLock';
import { openDatabase } from '../db/open';

export type Io = { out: (line: string) => void; err: (line: string) => void };

const usePgTools =
  'DATABASE_URL is set: back up and restore PostgreSQL with pg_dump and pg_restore ' +
  '(docs/operations.md, "Backups"), then run renew-server-id after a restore.';

function serverRunning(io: Io, error: DataDirLockedError): number {
  io.err(
    'The Perspektive server is running on this data folder. Stop it first (a backup or ' +
      'restore of the embedded database needs the folder to itself), then run this command again.',
  );
  io.err(error.message);
  return 1;
}

/** `backup --out FILE`: the embedded database, server stopped. */
export async function runBackup(config: ServerConfig, out: string | undefined, io: Io) {
  if (config.databaseUrl) {
    io.err(usePgTools);
    return 2;
  }
  if (!out) {
    io.err('Please give --out FILE (a new file; it will hold every record in plain text).');
    return 2;
  }
  try {
    const info = await backupEmbedded(config.dataDir, resolve(out));
    io.out(`Backup written to ${resolve(out)} (${info.bytes} bytes, mode 0600).`);
    io.out(
      `Schema version ${info.schemaVersion}, server id ${info.serverId}; read back and checked.`,
    );
    io.out('It contains all case data unencrypted: store it encrypted (docs/operations.md).');
    return 0;
  } catch (error) {
    if (error instanceof DataDirLockedError) return serverRunning(io, error);
    io.err(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** `restore --from FILE [--replace]`: into the embedded database's folder, server stopped. */
export async function runRestore(
  config: ServerConfig,
  opts: { from: string | undefined; replace: boolean; now: Date },
  io: Io,
) {
  if (config.databaseUrl) {
    io.err(usePgTools);
    return 2;
  }
  if (!opts.from) {
    io.err('Please give --from FILE (a file written by `backup`).');
    return 2;
  }
  try {
    const result = await restoreEmbedded(resolve(opts.from), config.dataDir, opts);
    if (result.movedAside) io.out(`The previous database was moved to ${result.movedAside}.`);
    io.out(`Restored into ${config.dataDir}: schema version ${result.schemaVersion}.`);
    io.out(
      `New server id ${result.serverId}: devices will pull everything again at their next sync.`,
    );
    io.out('Start the server; it upgrades the schema if the backup is from an older release.');
    return 0;
  } catch (error) {
    if (error instanceof DataDirLockedError) return serverRunning(io, error);
    io.err(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** `renew-server-id`: after pg_restore (PostgreSQL) or any other copy of a database. */
export async function runRenewServerId(config: ServerConfig, io: Io) {
  let db;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) return serverRunning(io, error);
    throw error;
  }
  try {
    const id = await renewServerId(db);
    io.out(`New server id ${id}: devices will pull everything again at their next sync.`);
    return 0;
  } finally {
    await db.close();
  }
}
