import { spawnSync } from 'node:child_process';

/**
 * Vitest global setup of the `ops` project: the reverse-proxy test runs the real nginx and
 * makes a certificate with openssl. Missing tools fail the run with the install hint; the
 * test is never skipped (CI installs both: .ci/run).
 */
export default function setup(): void {
  const missing = ['nginx', 'openssl'].filter(
    (tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error !== undefined,
  );
  if (missing.length > 0) {
    throw new Error(
      `npm run test:ops needs ${missing.join(' and ')}: apt-get install ${missing.join(' ')}`,
    );
  }
}
