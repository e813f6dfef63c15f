import { describe, expect, it, vi } from 'vitest';
import { PerspektiveDb } from '../storage/db';
import { letterRepository } from '../storage/letters/letterRepository';
import { TEST_LETTER } from '../domain/letters/letters.fixtures';
import { departureLetterSync } from './letterSync';
import { syncOnce } from './syncEngine';
import { SyncHttpError } from './transport';
import { emptyRecordSync, fakeCall } from '../../test/support/syncTesting';

const now = () => new Date('2026-12-04T10:00:00Z');
const fresh = () => letterRepository(new PerspektiveDb(`lettersync-${crypto.randomUUID()}`));

describe('departureLetterSync', () => {
  it('downloads the letter, then asks only whether it changed', async () => {
    const repo = fresh();
    const paths: string[] = [];
    const sync = departureLetterSync(
      fakeCall(
        [
          { version: 4, letter: TEST_LETTER },
          { version: 4, unchanged: true },
        ],
        paths,
      ),
      repo,
      now,
    );
    expect(await sync('token')).toBe('replaced');
    expect(await sync('token')).toBe('unchanged');
    expect(paths).toEqual([
      '/api/letters/departure-information',
      '/api/letters/departure-information?since=4',
    ]);
    expect((await repo.load()).letter?.blocks).toHaveLength(3);
  });

  it('stores "none yet" when the administrator has not entered the letter', async () => {
    const repo = fresh();
    await departureLetterSync(fakeCall([{ version: 0, letter: null }]), repo, now)('token');
    expect(await repo.load()).toMatchObject({ version: 0, letter: undefined, unreadable: false });
    expect((await repo.load()).checkedAt).toBe(now().toISOString());
  });

  it('keeps the old copy when the server cannot be reached or answers nonsense', async () => {
    const repo = fresh();
    await repo.replace(1, TEST_LETTER, now());
    const offline = new SyncHttpError(0, 'offline', 'offline');
    await expect(departureLetterSync(fakeCall([offline]), repo, now)('token')).rejects.toBe(
      offline,
    );
    await expect(
      departureLetterSync(fakeCall([{ version: 2, letter: 'text' }]), repo, now)('token'),
    ).rejects.toThrow();
    expect(await repo.load()).toMatchObject({ version: 1, unreadable: false });
  });
});

describe('syncOnce with the letter', () => {
  it('refreshes directory and letter after the pull; a failing letter fails neither', async () => {
    const markSynced = vi.fn(() => Promise.resolve());
    const directory = vi.fn(() => Promise.resolve('unchanged' as const));
    const departureLetter = vi.fn(() =>
      Promise.reject(new SyncHttpError(500, 'internal_error', 'x')),
    );
    const outcome = await syncOnce({ ...emptyRecordSync(markSynced), directory, departureLetter });
    expect(outcome).toEqual({ kind: 'done', pushed: 0, pulled: 0, skipped: 0 });
    expect(directory).toHaveBeenCalledWith('t');
    expect(departureLetter).toHaveBeenCalledWith('t');
    expect(markSynced).toHaveBeenCalled();
  });

  it('still refreshes the letter when the directory fails', async () => {
    const repo = fresh();
    const outcome = await syncOnce({
      ...emptyRecordSync(),
      directory: () => Promise.reject(new SyncHttpError(0, 'offline', 'offline')),
      departureLetter: departureLetterSync(
        fakeCall([{ version: 9, letter: TEST_LETTER }]),
        repo,
        now,
      ),
    });
    expect(outcome.kind).toBe('done');
    expect((await repo.load()).version).toBe(9);
  });
});
