// `npm run admin -- retention --run` (for cron): one run on the embedded database, counts only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAdminCli } from '../../../src/server/cli/admin';

async function cli(args: string[], dataDir: string) {
  const out: string[] = [];
  const code = await runAdminCli(
    args,
    { DATA_DIR: dataDir, DATABASE_URL: '' },
    { out: (l) => out.push(l), err: (l) => out.push(l), readPassword: () => Promise.resolve('') },
  );
  return { code, text: out.join('\n') };
}

describe('admin retention --run', () => {
  it('runs once and reports counts; refuses without --run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perspektive-retention-'));
    try {
      expect((await cli(['retention'], dir)).code).toBe(2);
      const run = await cli(['retention', '--run'], dir);
      expect(run).toMatchObject({ code: 0 });
      expect(run.text).toContain('Deleted: 0 case(s) or draft(s).');
      expect(run.text).toMatch(/Pruned: 0 tombstone\(s\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
