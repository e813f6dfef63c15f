// Several server processes starting at once against one fresh PostgreSQL: every one migrates
// or waits for the one that does; none fails. (Before the fix the bookkeeping table was
// created outside the lock and most starts failed with a duplicate pg_type key.)
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/open';
import { latestVersion, schemaVersion } from '../../src/server/db/migrations';
import { createScratchDatabase, type ScratchDatabase } from './scratchDatabase';

let scratch: ScratchDatabase | undefined;
afterEach(async () => {
  await scratch?.drop();
});

describe('migrations started by several processes at once', () => {
  it('all succeed and apply each migration once', async () => {
    for (let round = 0; round < 3; round++) {
      scratch = await createScratchDatabase();
      const url = scratch.url;
      const opened = await Promise.allSettled(
        [1, 2, 3, 4].map(() => openDatabase({ databaseUrl: url, dataDir: undefined })),
      );
      const dbs = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      try {
        expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual([
          'ok',
          'ok',
          'ok',
          'ok',
        ]);
        const [db] = dbs;
        if (!db) throw new Error('no database opened');
        expect(await schemaVersion(db)).toBe(latestVersion);
        expect(await db.query('SELECT 1 FROM server_instance')).toHaveLength(1);
        const rows = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM schema_migrations',
        );
        expect(rows[0]?.n).toBe(latestVersion);
      } finally {
        await Promise.all(dbs.map((d) => d.close()));
      }
      await scratch.drop();
      scratch = undefined;
    }
  });
});
