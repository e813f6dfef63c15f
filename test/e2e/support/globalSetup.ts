import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';
import { makeDataTemplates, removeDataTemplates } from './dataTemplates';

/**
 * Runs once before the browser tests: they need Chromium, poppler-utils and a built app
 * and server. It makes the data folders every spec file's server starts from
 * (dataTemplates.ts) and removes them after the last spec.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  assertChromium();
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'pdftotext not found. The browser tests read the PDFs they print with it: ' +
        'install it with `apt-get install poppler-utils` (Debian/Ubuntu).',
    );
  }
  if (!existsSync('dist/index.html') || !existsSync('dist-server/main.js')) {
    throw new Error('The app is not built: run `npm run build` first (`npm run test:e2e` does).');
  }
  const templates = await makeDataTemplates();
  project.provide('e2eDataTemplates', templates);
  return () => {
    removeDataTemplates(templates);
  };
}
