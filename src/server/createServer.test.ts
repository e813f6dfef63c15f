import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { healthResponseSchema } from '../protocol';
import { buildApp } from './createServer';
import type { Database } from './db/database';
import { openTestDatabase } from '../../test/support/testDatabase';

describe('HTTP server', () => {
  let db: Database;
  let app: FastifyInstance;
  const staticDir = mkdtempSync(join(tmpdir(), 'perspektive-static-'));

  beforeAll(async () => {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app shell</title>');
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'assets', 'main-abc123.js'), 'console.log(1)');
    db = await openTestDatabase();
    app = await buildApp({ db, staticDir });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers the health check with version, database kind and schema version', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = healthResponseSchema.parse(res.json());
    expect(body.database).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('sends a strict Content-Security-Policy without unsafe-inline', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves index.html for client routes, also for HEAD, and revalidates it', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await app.inject({ method, url: '/einstellungen' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const page = await app.inject({ method: 'GET', url: '/einstellungen' });
    expect(page.body).toContain('app shell');
  });

  it('caches hashed assets as immutable', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('sends the precompressed file to a browser that accepts it, the plain one otherwise', async () => {
    const plain = 'console.log("compressed");'.repeat(20);
    writeFileSync(join(staticDir, 'assets', 'big-789.js'), plain);
    writeFileSync(join(staticDir, 'assets', 'big-789.js.br'), brotliCompressSync(plain));
    const br = await app.inject({
      method: 'GET',
      url: '/assets/big-789.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain);
    const none = await app.inject({ method: 'GET', url: '/assets/big-789.js' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body).toBe(plain);
  });

  it('answers a missing file with 404 instead of the app shell', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/gone-123.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('serves files added after start-up (a new build deployed in place)', async () => {
    writeFileSync(join(staticDir, 'assets', 'late-456.js'), 'console.log(2)');
    const res = await app.inject({ method: 'GET', url: '/assets/late-456.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(2)');
  });

  it('answers unknown API paths with a JSON 404, never the app shell', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'Unknown API endpoint.' });
  });

  it('rejects oversized bodies with 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ blob: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'FST_ERR_CTP_BODY_TOO_LARGE' });
  });
});

describe('HTTP server without a built app', () => {
  it('still serves the API and explains how to build the app', async () => {
    const db = await openTestDatabase();
    const app = await buildApp({ db, staticDir: join(tmpdir(), 'does-not-exist-perspektive') });
    try {
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      const page = await app.inject({ url: '/' });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('npm run build');
    } finally {
      await app.close();
      await db.close();
    }
  });
});
