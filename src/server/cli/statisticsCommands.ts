import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { quarterSchema } from '../../protocol';
import type { ServerConfig } from '../config';
import { DataDirLockedError } from '../db/dataDirLock';
import { openDatabase } from '../db/open';
import type { Queryable } from '../db/database';
import {
  generateReportKeys,
  organisationReport,
  readPrivateKey,
} from '../statistics/reportSigning';
import type { Io } from './backupCommands';

/**
 * `statistics-keygen --out FILE`: a new Ed25519 key pair for signing quarterly reports. The
 * private key goes to FILE (PEM, mode 0600, never overwritten); the public key is printed
 * for the statistics office to register. Touches no database.
 */
export function runStatisticsKeygen(out: string | undefined, io: Io): number {
  if (!out) {
    io.err('Please give --out FILE for the private key (a new file; keep it secret).');
    return 2;
  }
  const { privateKeyPem, publicKey } = generateReportKeys();
  try {
    writeFileSync(resolve(out), privateKeyPem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    io.err(`Could not write ${resolve(out)}: ${error instanceof Error ? error.message : ''}`);
    return 1;
  }
  io.out(`Private key written to ${resolve(out)} (mode 0600). Keep it with the server's secrets.`);
  io.out('Public key — give it to the statistics office to register:');
  io.out(publicKey);
  return 0;
}

export type ReportOptions = {
  quarter: string | undefined;
  org: string | undefined;
  key: string | undefined;
  out: string | undefined;
  upload: string | undefined;
  now: Date;
};

/** The organisation to report for: the one given, or the only one on this server. */
async function reportingOrg(db: Queryable, given: string | undefined) {
  const rows = await db.query<{ id: string }>(
    `SELECT id::text AS id FROM organisations
      WHERE kind <> 'statistics-office' AND ($1::text IS NULL OR id::text = $1)`,
    [given ?? null],
  );
  return rows.length === 1 ? rows[0]?.id : undefined;
}

/**
 * `statistics-report --quarter 2026-Q4 --key FILE [--org ID] [--out FILE] [--upload URL]`:
 * the organisation's signed report of one quarter (raw counts: confidential), written to a
 * file to carry to the office and/or uploaded to the office's server. Reads the database
 * only; with the embedded database the server must be stopped.
 */
export async function runStatisticsReport(config: ServerConfig, opts: ReportOptions, io: Io) {
  const quarter = quarterSchema.safeParse(opts.quarter);
  if (!quarter.success || !opts.key || (!opts.out && !opts.upload)) {
    io.err('Please give --quarter YYYY-Qn, --key FILE and --out FILE and/or --upload URL.');
    return 2;
  }
  let privateKey;
  try {
    privateKey = readPrivateKey(readFileSync(resolve(opts.key), 'utf8'));
  } catch {
    io.err(`${resolve(opts.key)} is not an Ed25519 private key (see statistics-keygen).`);
    return 2;
  }
  let db;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    io.err('The Perspektive server is running on this data folder. Stop it first.');
    return 1;
  }
  let signed;
  try {
    const orgId = await reportingOrg(db, opts.org);
    if (!orgId) {
      io.err('Please give --org with the id of an organisation on this server.');
      return 2;
    }
    signed = await organisationReport(db, {
      orgId,
      quarter: quarter.data,
      threshold: config.statisticsThreshold,
      now: opts.now,
      privateKey,
    });
  } finally {
    await db.close();
  }
  if (opts.out) {
    writeFileSync(resolve(opts.out), `${JSON.stringify(signed, null, 2)}\n`, { mode: 0o600 });
    io.out(
      `Report for ${quarter.data} written to ${resolve(opts.out)} (raw counts: confidential).`,
    );
  }
  if (opts.upload) return uploadReport(opts.upload, signed, io);
  return 0;
}

async function uploadReport(base: string, signed: unknown, io: Io): Promise<number> {
  const url = new URL('/api/statistics-office/reports', base);
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    io.err('Upload only over https (raw counts must not travel in plain text).');
    return 2;
  }
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signed),
    });
    const body = (await res.json().catch(() => ({}))) as {
      message?: string;
      replaced?: boolean;
      affectsRelease?: boolean;
    };
    if (!res.ok) {
      io.err(`The office refused the report (${res.status}): ${body.message ?? ''}`);
      return 1;
    }
    io.out(body.replaced ? 'Uploaded; it replaces the earlier report.' : 'Uploaded.');
    if (body.affectsRelease === false) {
      // A released quarter is frozen (a second version could be subtracted from the first).
      io.out(
        'The office has released this quarter already: the report is kept, but the released figures do not change.',
      );
    }
    return 0;
  } catch (error) {
    io.err(`Upload failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
