import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const missingChromiumHint =
  `Chromium not found at ${chromePath}. The browser tests need it: ` +
  'install it with `apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chromium binary.';

/** Fails loudly — never skips — when the browser is missing. */
export function assertChromium(): void {
  if (!existsSync(chromePath)) throw new Error(missingChromiumHint);
}

/**
 * Flags for every headless Chromium the tests and benchmarks start. Background networking is
 * off so the browser itself never calls third-party hosts.
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: chromePath,
    args: [...chromiumFlags],
  });
}

/** A landscape 10" tablet with touch, the counsellors' main device. */
export const tabletLandscape: BrowserContextOptions = {
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
  locale: 'de-DE',
  timezoneId: 'Europe/Berlin',
};

export const tabletPortrait: BrowserContextOptions = {
  ...tabletLandscape,
  viewport: { width: 768, height: 1024 },
};
