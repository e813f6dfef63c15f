import { existsSync } from 'node:fs';
import { assertChromium } from './chromium';

/** Runs once before the browser tests: they need Chromium and a built app. */
export default function setup(): void {
  assertChromium();
  if (!existsSync('dist/index.html')) {
    throw new Error('The app is not built: run `npm run build` first (`npm run test:e2e` does).');
  }
}
