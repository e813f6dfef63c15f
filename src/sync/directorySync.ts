import { directoryResponseSchema } from '../protocol';
import type { DirectoryRepository } from '../storage/directory/directoryRepository';
import type { ApiCall } from './transport';

/** What a sync run calls after a successful pull (see syncEngine.ts). */
export type DirectorySync = (token: string) => Promise<'unchanged' | 'replaced'>;

/**
 * Brings the device's copy of the support directory up to the server's version. It asks
 * with the version it has, so an unchanged directory costs one small answer. Offline or on
 * any failure it throws and the old copy stays as it was (the replacement is one
 * transaction); the next sync run tries again.
 */
export function directorySync(
  call: ApiCall,
  repo: Pick<DirectoryRepository, 'version' | 'replace' | 'markChecked'>,
  now: () => Date = () => new Date(),
): DirectorySync {
  return async (token) => {
    const since = await repo.version();
    const path = since > 0 ? `/api/directory?since=${String(since)}` : '/api/directory';
    const response = await call('GET', path, directoryResponseSchema, undefined, token);
    if ('unchanged' in response) {
      await repo.markChecked(now());
      return 'unchanged';
    }
    await repo.replace(response.version, response.offers, now());
    return 'replaced';
  };
}
