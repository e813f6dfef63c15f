// Stand-ins for the sync client's collaborators in unit tests of sync steps: an API that
// answers from a list, and a record sync with nothing to push or pull.
import type { z } from 'zod';
import type { AccountStore } from '../../src/storage/sync/account';
import type { Replica } from '../../src/storage/sync/replica';
import type { ApiCall, SyncTransport } from '../../src/sync/transport';

/** An ApiCall answering from a list of canned payloads (validated like the real one). */
export function fakeCall(answers: unknown[], paths: string[] = []): ApiCall {
  return <T>(_method: string, path: string, schema: z.ZodType<T>) => {
    paths.push(path);
    const next = answers.shift();
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(schema.parse(next));
  };
}

/** A counsellor's record sync that pushes and pulls nothing and succeeds. */
export function emptyRecordSync(markSynced: () => Promise<void> = () => Promise.resolve()) {
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
  return { replica, accounts, transport, onRevoked: () => Promise.resolve() };
}
