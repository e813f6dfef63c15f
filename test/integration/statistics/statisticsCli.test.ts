// `npm run admin -- statistics-keygen` and `statistics-report` on an embedded database: the
// key is written once (mode 0600), the report file verifies against the printed public key,
// and `--upload` delivers it to an office server that registered that key.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAdminCli } from '../../../src/server/cli/admin';
import { openDatabase } from '../../../src/server/db/open';
import { createOrganisationWithAdmin } from '../../../src/server/accounts/bootstrap';
import { signedStatisticsReportSchema } from '../../../src/protocol';
import { parsePublicKey, verifyReport } from '../../../src/server/statistics/reportSigning';
import { auth, cheapPasswords, createOrg, listeningTestServer } from '../sync/support/fixtures';

const office = listeningTestServer();

async function cli(args: string[], dataDir: string) {
  const out: string[] = [];
  const code = await runAdminCli(
    args,
    { DATA_DIR: dataDir, DATABASE_URL: '' },
    { out: (l) => out.push(l), err: (l) => out.push(l), readPassword: () => Promise.resolve('') },
  );
  return { code, lines: out };
}

describe('statistics report commands', () => {
  it('makes a key, signs a quarter and uploads it', { timeout: 120_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'perspektive-stats-'));
    const dataDir = join(root, 'data');
    const keyFile = join(root, 'report.key');
    const reportFile = join(root, 'report.json');
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    const { organisation } = await createOrganisationWithAdmin(
      db,
      { name: 'Kreis D ABH', kind: 'abh', adminEmail: 'd@example.org', password: undefined },
      { passwordParams: cheapPasswords },
    );
    await db.close();

    const keygen = await cli(['statistics-keygen', '--out', keyFile], dataDir);
    expect(keygen.code).toBe(0);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const publicKey = keygen.lines.at(-1) ?? '';
    expect((await cli(['statistics-keygen', '--out', keyFile], dataDir)).code).toBe(1);

    const bad = await cli(['statistics-report', '--quarter', '2026-13', '--key', keyFile], dataDir);
    expect(bad.code).toBe(2);

    // The office registers the key, then the report is written and uploaded in one go.
    const officeOrg = await createOrg(office.server(), 'Statistikamt', 'statistics-office');
    const registered = await office.server().app.inject({
      method: 'POST',
      url: '/api/statistics-office/contributors',
      headers: auth(officeOrg.admin),
      payload: { orgId: organisation.id, name: 'Kreis D ABH', publicKey },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const args = ['--quarter', '2026-Q4', '--key', keyFile, '--out', reportFile];
    const report = await cli(['statistics-report', ...args, '--upload', office.baseUrl()], dataDir);
    expect(report.code, report.lines.join('\n')).toBe(0);
    expect(report.lines.at(-1)).toBe('Uploaded.');

    const signed = signedStatisticsReportSchema.parse(JSON.parse(readFileSync(reportFile, 'utf8')));
    expect(signed.report.contributor).toEqual({ orgId: organisation.id, name: 'Kreis D ABH' });
    expect(signed.report.quarter).toBe('2026-Q4');
    expect(verifyReport(signed, parsePublicKey(publicKey)!)).toBe(true);
  });
});
