// The production path, after `npm run build` and `npm prune --omit=dev` (no tsx, no Vite,
// no test tools): the admin CLI and `npm run start:prod` run from dist-server/ and serve the
// app and the API. Plain Node only — the dev dependencies are gone when this runs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const results = { passed: 0, failed: 0 };
function check(name, ok, detail = '') {
  results[ok ? 'passed' : 'failed'] += 1;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` ${detail}`}\n`);
}

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address();
    probe.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'perspektive-prod-'));
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  PORT: String(port),
  METRICS: 'on',
};
const password = 'Produktion prüft zwölf Wörter im Rauch';
const email = 'smoke@example.org';

const created = spawnSync(
  'npm',
  [
    'run',
    '--silent',
    'admin',
    '--',
    'create-org',
    '--name',
    'Smoke ABH',
    '--kind',
    'abh',
    '--admin-email',
    email,
    '--password-stdin',
  ],
  { env, input: `${password}\n`, encoding: 'utf8' },
);
check('admin create-org runs from the build', created.status === 0, created.stderr);

const server = spawn('npm', ['run', '--silent', 'start:prod'], {
  env,
  detached: true,
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
let healthy = false;
for (let i = 0; i < 120 && !healthy; i++) {
  try {
    healthy = (await fetch(`${base}/api/health`)).ok;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
check('npm run start:prod answers /api/health', healthy);
try {
  const page = await fetch(`${base}/`);
  const html = await page.text();
  check('serves the app (index.html)', page.ok && html.includes('<div id="root">'), page.status);
  check('serves the service worker', (await fetch(`${base}/sw.js`)).ok);
  check('is ready (/api/ready)', (await fetch(`${base}/api/ready`)).status === 200);
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, clientId: crypto.randomUUID(), deviceName: 'CI' }),
  });
  check('signs in through the API', login.status === 200, login.status);
  const metrics = await fetch(`${base}/api/metrics`);
  check(
    'serves metrics with METRICS=on',
    metrics.ok && (await metrics.text()).includes('perspektive_'),
  );
} finally {
  process.kill(-server.pid, 'SIGTERM');
  await new Promise((r) => server.once('exit', r));
}
const backup = spawnSync(
  'npm',
  ['run', '--silent', 'admin', '--', 'backup', '--out', join(dataDir, '..', `${port}.backup`)],
  {
    env,
    encoding: 'utf8',
  },
);
check(
  'admin backup runs from the build once the server stopped',
  backup.status === 0,
  backup.stderr,
);
rmSync(dataDir, { recursive: true, force: true });
rmSync(join(dataDir, '..', `${port}.backup`), { force: true });
process.stdout.write(`prod smoke: ${results.passed} passed, ${results.failed} failed\n`);
process.exitCode = results.failed === 0 ? 0 : 1;
