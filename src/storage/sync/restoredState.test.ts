// The sync state of a tablet set up from a device backup (storage/backup): a new device that
// pulls from 0, as a full resync against the backup's server when it had one.
import { describe, expect, it } from 'vitest';
import { unlockedVault } from '../../../test/support/storageTesting';
import { replica } from './replica';
import { restoredSyncState } from './syncState';

const SERVER = '0b7c6a2e-8d7f-4f0e-9a53-7d1c2b3a4e5f';

describe('sync state after a restore', () => {
  it('is a new device resyncing against the server the backup came from', async () => {
    const { db, vault } = await unlockedVault('restored-state');
    const source = await replica(vault).state();
    const value = restoredSyncState({ serverId: SERVER, checkpoint: 7 });
    await db.preferences.put({ key: 'syncState', value, updatedAt: new Date().toISOString() });
    const state = await replica(vault).state();
    expect(state.clientId).not.toBe(source.clientId);
    expect(state).toMatchObject({
      checkpoint: 0,
      nextClientSeq: 1,
      serverId: SERVER,
      resync: { serverId: SERVER, checkpoint: 7 },
    });
  });

  it('without a server: a new device pulling from 0, no resync', () => {
    const state = restoredSyncState({ checkpoint: 0 });
    expect(state).toMatchObject({ checkpoint: 0, nextClientSeq: 1 });
    expect(state.serverId).toBeUndefined();
    expect(state.resync).toBeUndefined();
  });
});
