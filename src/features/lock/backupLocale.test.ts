// Every reason a backup file is refused needs its German text (and the English one), and
// both languages have the same keys for the backup screens.
import { describe, expect, it } from 'vitest';
import { BACKUP_PROBLEMS } from '../../storage/backup/container';
import deBackup from '../../../locales/de/backup.json';
import enBackup from '../../../locales/en/backup.json';
import { localeLeaves as leaves } from '../../../test/support/localeLeaves';

describe('backup texts', () => {
  it('de and en have the same keys in backup.json', () => {
    expect(leaves(enBackup).sort()).toEqual(leaves(deBackup).sort());
  });

  it('name every reason a backup is refused', () => {
    const keys = new Set(leaves(deBackup));
    const missing = BACKUP_PROBLEMS.filter((p) => !keys.has(`restore.problem.${p}`));
    expect(missing).toEqual([]);
  });
});
