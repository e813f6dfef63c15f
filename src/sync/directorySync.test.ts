import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { PerspektiveDb } from '../storage/db';
import { directoryRepository } from '../storage/directory/directoryRepository';
import type { AccountStore } from '../storage/sync/account';
import type { Replica } from '../storage/sync/replica';
import { KREIS_UNNA_EXAMPLE } from '../content/directory/kreisUnnaExample';
import { directorySync } from './directorySync';
import { syncOnce } from './syncEngine';
import { SyncHttpError, type ApiCall, type SyncTransport } from './transport';

const now = () => new Date('2026-11-21T10:00:00Z');
const fresh = () => directoryRepository(new PerspektiveDb(`dirsync-${crypto.randomUUID()}`));

/** An ApiCall answering from a list of canned payloads (validated like the real one). */
function fakeCall(answers: unknown[], paths: string[] = []): ApiCall {
  return <T>(_method: string, path: string, schema: z.ZodType<T>) => {
    paths.push(path);
    const next = answers.shift();
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(schema.parse(next));
  };
}

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
    const replica = {
      takeBatch: () => Promise.resolve(undefined),
      rewindIfSettled: () => Promise.resolve(),
      retrySkipped: () => Promise.resolve(),
      state: () => Promise.resolve({ checkpoint: 0, serverId: undefined }),
      applyPulled: () => Promise.resolve({ applied: 0, skipped: 0 }),
      markSynced,
    } as unknown as Replica;
    const accounts = {
      get: () => Promise.resolve({ token: 't', roles: ['counsellor'] }),
    } as unknown as AccountStore;
    const transport = {
      pull: () =>
        Promise.resolve({
          serverId: '00000000-0000-4000-8000-000000000001',
          records: [],
          conflicts: [],
          checkpoint: 0,
          hasMore: false,
          lastClientSeq: 0,
        }),
    } as unknown as SyncTransport;
    const directory = vi.fn(() => Promise.reject(new SyncHttpError(500, 'internal_error', 'x')));
    const outcome = await syncOnce({
      transport,
      replica,
      accounts,
      onRevoked: () => Promise.resolve(),
      directory,
    });
    expect(outcome).toEqual({ kind: 'done', pushed: 0, pulled: 0, skipped: 0 });
    expect(directory).toHaveBeenCalledWith('t');
    expect(markSynced).toHaveBeenCalled();
  });
});
