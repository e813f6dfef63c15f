// Signing and verifying quarterly statistics reports with Ed25519 (node:crypto). What is
// signed is canonicalJson(report) as UTF-8: key order and whitespace cannot change the bytes,
// so the office verifies exactly what the contributor signed, whatever a proxy or an editor
// did to the file's layout. Any change of a count, the quarter or the catalogue version
// breaks the signature.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import {
  canonicalJson,
  STATISTICS_REPORT_FORMAT,
  type SignedStatisticsReport,
  type StatisticsReport,
} from '../../protocol';
import { CATALOGUE_VERSION, reportTables, type Quarter } from '../../domain';
import { statisticsVocabulary } from '../../content/statisticsVocabulary';
import type { Queryable } from '../db/database';
import { organisationInput } from './organisationStatistics';

/** A new key pair: the private key as PKCS#8 PEM (keep it secret), the public one as base64. */
export function generateReportKeys(): { privateKeyPem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: publicKeyText(publicKey),
  };
}

/** Base64 of the DER SubjectPublicKeyInfo: the text an office registers. */
export function publicKeyText(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}

/** The private key of a PEM file; throws unless it is an Ed25519 key. */
export function readPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 private key');
  return key;
}

/** The public key of a registered text, or undefined when it is not an Ed25519 key. */
export function parsePublicKey(text: string): KeyObject | undefined {
  try {
    const key = createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

export function signReport(
  report: StatisticsReport,
  privateKey: KeyObject,
): SignedStatisticsReport {
  const signature = sign(null, Buffer.from(canonicalJson(report), 'utf8'), privateKey);
  return { report, signature: signature.toString('base64') };
}

export function verifyReport(signed: SignedStatisticsReport, publicKey: KeyObject): boolean {
  return verify(
    null,
    Buffer.from(canonicalJson(signed.report), 'utf8'),
    publicKey,
    Buffer.from(signed.signature, 'base64'),
  );
}

/**
 * The signed report of one organisation's quarter, counted from its records on this server
 * (`npm run admin -- statistics-report`). Raw counts: the file is confidential like the
 * records and goes only to the office.
 */
export async function organisationReport(
  db: Queryable,
  opts: { orgId: string; quarter: Quarter; threshold: number; now: Date; privateKey: KeyObject },
): Promise<SignedStatisticsReport> {
  const [org] = await db.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [
    opts.orgId,
  ]);
  if (!org) throw new Error('no such organisation');
  const { input } = await organisationInput(db, opts.orgId);
  const report: StatisticsReport = {
    format: STATISTICS_REPORT_FORMAT,
    contributor: { orgId: opts.orgId, name: org.name },
    quarter: opts.quarter,
    catalogueVersion: CATALOGUE_VERSION,
    threshold: opts.threshold,
    createdAt: opts.now.toISOString(),
    // Mutable copies of the rows for the wire type; the counts are reportTables' own.
    tables: reportTables(input, opts.quarter, statisticsVocabulary()).map((t) => ({
      indicator: t.indicator,
      rows: [...t.rows],
    })),
  };
  return signReport(report, opts.privateKey);
}
