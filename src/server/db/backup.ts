import { PGlite } from '@electric-sql/pglite';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Queryable } from './database';
import { lockDataDir } from './dataDirLock';
import { wrapPglite as wrap } from './pglite';
import { schemaVersion } from './migrations';

/**
 * Backup and restore of the embedded database (PGlite). Both hold the data folder's lock for
 * their whole run, so they refuse while a server uses the folder (DataDirLockedError): the
 * copy is taken of a stopped database and is therefore consistent. The file is PGlite's own
 * archive of the data folder (tar, gzip), readable only by a PGlite of the same PostgreSQL
 * major version — restore it with the release that made it, then upgrade.
 *
 * It holds everything the server holds, in plain text (see docs/operations.md): it is written
 * with mode 0600 and never over an existing file.
 */

export type BackupInfo = { schemaVersion: number; serverId: string; bytes: number };

async function describe(db: Queryable): Promise<{ schemaVersion: number; serverId: string }> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM server_instance');
  return { schemaVersion: await schemaVersion(db), serverId: row?.id ?? '' };
}

/**
 * Writes a backup of the database in `dataDir` to `outFile`, then checks that it opens and
 * holds the same schema and server id. On any failure no usable-looking file is left behind.
 */
export async function backupEmbedded(dataDir: string, outFile: string): Promise<BackupInfo> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(`There is no database in ${dataDir} to back up.`);
  }
  if (existsSync(outFile)) throw new Error(`${outFile} exists already; choose a new file name.`);
  const release = lockDataDir(dataDir);
  try {
    const pg = new PGlite(dataDir);
    let expected: { schemaVersion: number; serverId: string };
    let archive: Blob;
    try {
      expected = await describe(wrap(pg));
      archive = await pg.dumpDataDir('gzip');
    } finally {
      await pg.close();
    }
    const bytes = new Uint8Array(await archive.arrayBuffer());
    await verify(bytes, expected);
    writeFileSync(outFile, bytes, { mode: 0o600, flag: 'wx' });
    return { ...expected, bytes: bytes.length };
  } finally {
    release();
  }
}

/** Opens the archive in memory and compares what it holds with what was backed up. */
async function verify(
  bytes: Uint8Array<ArrayBuffer>,
  expected: { schemaVersion: number; serverId: string },
): Promise<void> {
  const copy = new PGlite({ loadDataDir: new Blob([bytes]) });
  try {
    const found = await describe(wrap(copy));
    if (found.schemaVersion !== expected.schemaVersion || found.serverId !== expected.serverId) {
      throw new Error('The backup does not read back as the database it was taken from.');
    }
  } finally {
    await copy.close();
  }
}

/**
 * Restores `backupFile` into `dataDir`. A folder that already holds a database is refused
 * unless `replace` is set; then it is moved aside to `<dataDir>.replaced-<time>` (never
 * deleted: the operator removes it once the restore is confirmed). The restored database
 * gets a NEW server id, so every device notices at its next sync that the server's data was
 * replaced and pulls everything again from the start (see docs/operations.md).
 */
export async function restoreEmbedded(
  backupFile: string,
  dataDir: string,
  opts: { replace: boolean; now: Date },
): Promise<{ schemaVersion: number; serverId: string; movedAside: string | undefined }> {
  const bytes = new Uint8Array(readFileSync(backupFile));
  let movedAside: string | undefined;
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    if (!opts.replace) {
      throw new Error(
        `${dataDir} already holds a database. Stop the server, then run restore with --replace ` +
          '(the current folder is kept beside it), or choose an empty DATA_DIR.',
      );
    }
    // Under the lock: nobody may be using the folder that is moved away.
    const release = lockDataDir(dataDir);
    movedAside = `${dataDir}.replaced-${opts.now.toISOString().replace(/[:.]/g, '-')}`;
    release();
    renameSync(dataDir, movedAside);
  } else if (existsSync(dataDir) && readdirSync(dataDir).some((f) => f !== 'perspektive.lock')) {
    throw new Error(`${dataDir} is not empty and holds no database; choose an empty DATA_DIR.`);
  }
  const release = lockDataDir(dataDir);
  try {
    const pg = new PGlite(dataDir, { loadDataDir: new Blob([bytes]) });
    try {
      const db = wrap(pg);
      await renewServerId(db);
      return { ...(await describe(db)), movedAside };
    } finally {
      await pg.close();
    }
  } finally {
    release();
  }
}

/**
 * Gives the database a new server id. Run after every restore (the embedded restore does it
 * itself; after pg_restore: `npm run admin -- renew-server-id`): devices compare the id with
 * the one their sync checkpoint belongs to, and a new one makes them pull from the start
 * instead of trusting a checkpoint from the timeline the backup did not see.
 */
export async function renewServerId(db: Queryable): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    'UPDATE server_instance SET id = gen_random_uuid(), created_at = now() RETURNING id',
  );
  if (!row) throw new Error('The database has no server identity (not migrated?).');
  return row.id;
}
