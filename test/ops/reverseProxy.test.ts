// The example nginx configuration (docs/nginx/perspektive.conf), run for real in front of the
// real server with TRUST_PROXY: TLS, HSTS, the redirect from HTTP, metrics kept inside, and
// sign-in throttling keyed on the address nginx saw — not on what a client claims in its own
// X-Forwarded-For. Clients connect from different loopback addresses (127.0.0.2, .3).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createOrganisationWithAdmin } from '../../src/server/accounts/bootstrap';
import { openDatabase } from '../../src/server/db/open';
import { startServer, type RunningServer } from '../support/serverProcess';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });

type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

let dir: string;
let cert: string;
let httpsPort: number;
let httpPort: number;
let app: RunningServer | undefined;
let nginx: ChildProcess | undefined;

function send(opts: {
  path: string;
  method?: string;
  from: string;
  body?: unknown;
  headers?: Record<string, string>;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = request(
      {
        host: '127.0.0.1',
        port: httpsPort,
        path: opts.path,
        method: opts.method ?? 'GET',
        ca: cert,
        servername: 'localhost',
        localAddress: opts.from,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perspektive-nginx-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');

  const dataDir = join(dir, 'data');
  const db = await openDatabase({ databaseUrl: undefined, dataDir });
  await createOrganisationWithAdmin(db, {
    name: 'Proxy ABH',
    kind: 'abh',
    adminEmail: 'admin@proxy.example',
    password: 'proxy test passphrase',
  });
  await db.close();
  app = await startServer({
    dataDir,
    staticDir: join(dir, 'no-app'),
    env: { TRUST_PROXY: '127.0.0.1', METRICS: 'on' },
  });

  [httpsPort, httpPort] = [await freePort(), await freePort()];
  const site = readFileSync('docs/nginx/perspektive.conf', 'utf8')
    .replaceAll('HTTPS_PORT', String(httpsPort))
    .replaceAll('HTTP_PORT', String(httpPort))
    .replaceAll('SERVER_NAME', 'localhost')
    .replaceAll('CERT_FILE', join(dir, 'cert.pem'))
    .replaceAll('KEY_FILE', join(dir, 'key.pem'))
    .replaceAll('APP_PORT', new URL(app.url).port);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
worker_processes 1;
events { worker_connections 64; }
http { access_log off; include ${join(dir, 'site.conf')}; }
`,
  );
  // The configuration must pass nginx's own check first.
  execFileSync('nginx', ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')]);
  nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    try {
      await send({ path: '/api/health', from: '127.0.0.1' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
}, 120_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx?.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('behind the example nginx configuration', () => {
  it('serves over TLS with HSTS and the server’s own security headers', async () => {
    const res = await send({ path: '/api/health', from: '127.0.0.2' });
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const res = await new Promise<{ status: number; location: string | undefined }>(
      (resolve, reject) => {
        httpRequest({ host: '127.0.0.1', port: httpPort, path: '/verwaltung' }, (r) => {
          r.resume();
          resolve({ status: r.statusCode ?? 0, location: r.headers.location });
        })
          .on('error', reject)
          .end();
      },
    );
    expect(res.status).toBe(301);
    expect(res.location).toBe(`https://127.0.0.1:${httpsPort}/verwaltung`);
  });

  it('keeps the metrics inside (the Node port serves them, the proxy does not)', async () => {
    expect((await send({ path: '/api/metrics', from: '127.0.0.2' })).status).toBe(404);
    expect((await fetch(`${app?.url ?? ''}/api/metrics`)).status).toBe(200);
  });

  it('throttles sign-ins by the address nginx saw, whatever the client claims', async () => {
    const attempt = (from: string) =>
      send({
        path: '/api/auth/login',
        method: 'POST',
        from,
        // A guesser trying to look like a new address on every attempt.
        headers: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
        body: {
          email: 'admin@proxy.example',
          password: 'wrong guess number one',
          clientId: randomUUID(),
          deviceName: 'Unknown',
        },
      });
    for (let i = 0; i < 5; i++) expect((await attempt('127.0.0.2')).status).toBe(401);
    const sixth = await attempt('127.0.0.2');
    expect(sixth.status).toBe(429);
    // Another client address is not held up by the first one's failures.
    expect((await attempt('127.0.0.3')).status).toBe(401);
    expect(app?.log()).not.toContain('198.51.100.');
  });
});
