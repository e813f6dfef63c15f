import { describe, expect, it, vi } from 'vitest';
import { PerspektiveDb } from '../storage/db';
import { directoryRepository } from '../storage/directory/directoryRepository';
import { KREIS_UNNA_EXAMPLE } from '../content/directory/kreisUnnaExample';
import { directorySync } from './directorySync';
import { syncOnce } from './syncEngine';
import { SyncHttpError } from './transport';
import { emptyRecordSync, fakeCall } from '../../test/support/syncTesting';

const now = () => new Date('2026-11-21T10:00:00Z');
const fresh = () => directoryRepository(new PerspektiveDb(`dirsync-${crypto.randomUUID()}`));

describe('directorySync', () => {
  it('downloads the directory, then asks only whether it changed', async () => {
    const repo = fresh();
    const paths: string[] = [];
    const sync = directorySync(
      fakeCall(
        [
          { version: 2, offers: KREIS_UNNA_EXAMPLE },
          { version: 2, unchanged: true },
        ],
        paths,
      ),
      repo,
      now,
    );
    expect(await sync('token')).toBe('replaced');
    expect(await sync('token')).toBe('unchanged');
    expect(paths).toEqual(['/api/directory', '/api/directory?since=2']);
    expect((await repo.load()).offers).toHaveLength(KREIS_UNNA_EXAMPLE.length);
  });

  it('keeps the old copy when the server cannot be reached', async () => {
    const repo = fresh();
    await repo.replace(1, KREIS_UNNA_EXAMPLE, now());
    const offline = new SyncHttpError(0, 'offline', 'offline');
    await expect(directorySync(fakeCall([offline]), repo, now)('token')).rejects.toBe(offline);
    expect((await repo.load()).version).toBe(1);
  });
});

describe('syncOnce with the directory', () => {
  it('still reports a successful record sync when the directory fails', async () => {
    const markSynced = vi.fn(() => Promise.resolve());
    const directory = vi.fn(() => Promise.reject(new SyncHttpError(500, 'internal_error', 'x')));
    const outcome = await syncOnce({ ...emptyRecordSync(markSynced), directory });
    expect(outcome).toEqual({ kind: 'done', pushed: 0, pulled: 0, skipped: 0 });
    expect(directory).toHaveBeenCalledWith('t');
    expect(markSynced).toHaveBeenCalled();
  });
});
