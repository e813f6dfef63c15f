import { readFileSync } from 'node:fs';

/** Set by the production build (scripts/buildServer.ts); absent when run from source. */
declare const __SERVER_VERSION__: string | undefined;

/** The server's version, from package.json (the same number the app shows). */
export const serverVersion: string =
  typeof __SERVER_VERSION__ === 'string'
    ? __SERVER_VERSION__
    : (
        JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
          version: string;
        }
      ).version;
