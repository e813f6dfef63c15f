import { describe, expect, it } from 'vitest';
import { latestVersion, migrate, migrations, schemaVersion, SchemaTooNewError } from './migrations';
import { openTestDatabase } from '../../../test/support/testDatabase';

describe('migrations', () => {
  it('are numbered strictly increasing from 1 without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('apply once; running them again changes nothing', async () => {
    const db = await openTestDatabase(); // already migrated
    try {
      const before = await schemaVersion(db);
      expect(before).toBe(latestVersion);
      expect(await migrate(db)).toBe(before);
      const instances = await db.query('SELECT id FROM server_instance');
      expect(instances).toHaveLength(1);
    } finally {
      await db.close();
    }
  });

  it('roll back a failing migration completely', async () => {
    const db = await openTestDatabase();
    try {
      const broken = [
        ...migrations,
        {
          version: latestVersion + 1,
          name: 'broken',
          sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;',
        },
      ];
      await expect(migrate(db, broken)).rejects.toThrow();
      expect(await schemaVersion(db)).toBe(latestVersion);
      const tables = await db.query("SELECT 1 FROM pg_tables WHERE tablename = 'half_done'");
      expect(tables).toHaveLength(0);
    } finally {
      await db.close();
    }
  });

  it('refuse a database migrated by a newer release, changing nothing', async () => {
    const db = await openTestDatabase();
    try {
      const older = migrations.slice(0, -1);
      await expect(migrate(db, older)).rejects.toThrow(SchemaTooNewError);
      expect(await schemaVersion(db)).toBe(latestVersion);
    } finally {
      await db.close();
    }
  });
});
