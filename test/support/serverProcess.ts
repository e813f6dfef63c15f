import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RunningServer = {
  url: string;
  dataDir: string;
  /** Everything the server logged so far (JSON lines): tests check what never appears. */
  log(): string;
  /** Graceful stop (SIGTERM). */
  stop(): Promise<void>;
  /** Hard crash (SIGKILL), as a power cut would. */
  kill(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Starts the real server process on a free port: from source (`src/server/main.ts` through
 * tsx) or, with `built`, the production build (`node dist-server/main.js`, see
 * scripts/buildServer.ts). The database is the embedded one in `dataDir` (a fresh temporary
 * folder when omitted) unless `databaseUrl` names a PostgreSQL database. Used by the browser
 * tests, the crash test (which SIGKILLs it mid-push), the production-build test and the
 * two-process test on PostgreSQL.
 */
export async function startServer(opts: {
  staticDir: string;
  dataDir?: string;
  databaseUrl?: string;
  built?: boolean;
  /** More environment (TRUST_PROXY, METRICS, …). */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'perspektive-e2e-data-'));
  const args = opts.built
    ? ['--enable-source-maps', 'dist-server/main.js']
    : ['--import', 'tsx', 'src/server/main.ts'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: opts.staticDir,
      DATABASE_URL: opts.databaseUrl ?? '',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => stderr);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  return {
    url,
    dataDir,
    log: () => stdout + stderr,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited early: ${stderr()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`Server did not become healthy: ${stderr()}`);
}
