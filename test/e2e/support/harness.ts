import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../support/serverProcess';
import { launchChromium } from './chromium';
import { copyOfTemplate } from './dataTemplates';

/**
 * Registers beforeAll/afterAll for a spec file: one Chromium and one real server process,
 * the production build (`dist-server`), serving the built app (`dist`). `dataDir` prepares
 * the server's data folder (e.g. with an organisation) before it starts; without it the
 * server starts on a copy of an empty, migrated one (dataTemplates.ts). The data folder is a
 * temporary copy either way and is removed after the spec file (40 MB each). Read
 * `browser`/`server` inside tests, not at module level.
 */
export function browserAndServer(options: { dataDir?: () => string } = {}): {
  browser: Browser;
  server: RunningServer;
} {
  const env = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    env.browser = await launchChromium();
    env.server = await startServer({
      staticDir: resolve('dist'),
      dataDir: options.dataDir ? options.dataDir() : copyOfTemplate('empty'),
      built: true,
    });
  });
  afterAll(async () => {
    await env.browser.close();
    await env.server.stop().catch(() => undefined); // a test may have stopped it already
    rmSync(env.server.dataDir, { recursive: true, force: true });
  });
  return env;
}
