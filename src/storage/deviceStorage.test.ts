import { describe, expect, it } from 'vitest';
import { readStorageState, requestPersistence } from './deviceStorage';

function fakeStorage(opts: { persisted: boolean; grant: boolean; failEstimate?: boolean }) {
  let persisted = opts.persisted;
  return {
    estimate: () =>
      opts.failEstimate
        ? Promise.reject(new Error('blocked'))
        : Promise.resolve({ usage: 1200, quota: 5000 }),
    persisted: () => Promise.resolve(persisted),
    persist: () => {
      persisted = opts.grant;
      return Promise.resolve(opts.grant);
    },
    getDirectory: () => Promise.reject(new Error('unused')),
  } as unknown as StorageManager;
}

describe('deviceStorage', () => {
  it('reports usage, quota and persistence', async () => {
    expect(await readStorageState(fakeStorage({ persisted: false, grant: true }))).toEqual({
      usageBytes: 1200,
      quotaBytes: 5000,
      persisted: false,
    });
  });

  it('reports unknown values when the browser has no StorageManager or refuses', async () => {
    expect(await readStorageState(undefined)).toEqual({
      usageBytes: undefined,
      quotaBytes: undefined,
      persisted: undefined,
    });
    const state = await readStorageState(
      fakeStorage({ persisted: true, grant: true, failEstimate: true }),
    );
    expect(state).toEqual({ usageBytes: undefined, quotaBytes: undefined, persisted: true });
  });

  it('asks for persistence and passes on the answer', async () => {
    const storage = fakeStorage({ persisted: false, grant: true });
    expect(await requestPersistence(storage)).toBe(true);
    expect((await readStorageState(storage)).persisted).toBe(true);
    expect(await requestPersistence(fakeStorage({ persisted: false, grant: false }))).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
  });
});
