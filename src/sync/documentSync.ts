import type { z } from 'zod';
import type { ApiCall } from './transport';

/**
 * What a sync run calls after a successful pull for each organisation-wide document the
 * device keeps a copy of (support directory, organisation letters; see syncEngine.ts).
 */
export type DocumentSync = (token: string) => Promise<'unchanged' | 'replaced'>;

/** The device's copy of one versioned document (a repository in src/storage). */
export type VersionedCopy<P> = {
  version(): Promise<number>;
  replace(version: number, payload: P, now: Date): Promise<unknown>;
  markChecked(now: Date): Promise<void>;
};

/**
 * The sync step of one versioned document served at `path` (`?since=N`), given the API and
 * the device's copy. It asks with the version it has, so an unchanged document costs one
 * small answer. Offline or on any failure it throws and the old copy stays as it was (each
 * replacement is one transaction); the next sync run tries again.
 */
export function versionedDocumentSync<T extends { version: number }, P>(
  path: string,
  schema: z.ZodType<T>,
  payloadOf: (response: Exclude<T, { unchanged: true }>) => P,
) {
  return (
      call: ApiCall,
      copy: VersionedCopy<P>,
      now: () => Date = () => new Date(),
    ): DocumentSync =>
    async (token) => {
      const since = await copy.version();
      const url = since > 0 ? `${path}?since=${String(since)}` : path;
      const response = await call('GET', url, schema, undefined, token);
      if ('unchanged' in response) {
        await copy.markChecked(now());
        return 'unchanged';
      }
      await copy.replace(
        response.version,
        payloadOf(response as Exclude<T, { unchanged: true }>),
        now(),
      );
      return 'replaced';
    };
}
