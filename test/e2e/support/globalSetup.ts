import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { assertChromium } from './chromium';

/** Runs once before the browser tests: they need Chromium, poppler-utils and a built app. */
export default function setup(): void {
  assertChromium();
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'pdftotext not found. The browser tests read the PDFs they print with it: ' +
        'install it with `apt-get install poppler-utils` (Debian/Ubuntu).',
    );
  }
  if (!existsSync('dist/index.html')) {
    throw new Error('The app is not built: run `npm run build` first (`npm run test:e2e` does).');
  }
}
