import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../support/serverProcess';
import { launchChromium } from './chromium';

/**
 * Registers beforeAll/afterAll for a spec file: one Chromium and one real server process
 * serving the built app (`dist`). `dataDir` prepares the server's data folder (e.g. with an
 * organisation) before it starts. Read `browser`/`server` inside tests, not at module level.
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
      ...(options.dataDir ? { dataDir: options.dataDir() } : {}),
    });
  });
  afterAll(async () => {
    await env.browser.close();
    await env.server.stop().catch(() => undefined); // a test may have stopped it already
  });
  return env;
}
