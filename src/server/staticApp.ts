import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built PWA from `root`. Hashed assets are cached for a year; the entry points
 * (index.html, sw.js, manifest) must be revalidated so a new build is noticed. Unknown
 * non-API paths get index.html, so client-side routes survive a reload.
 */
export async function registerStaticApp(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    // Files are looked up per request (not globbed at start-up), so a new build deployed
    // into the folder is served without a restart.
    wildcard: true,
    index: ['index.html'],
    // The build writes .br/.gz next to text assets (vite.config.ts `precompress`); browsers
    // that accept them get those, the rest the plain file.
    preCompressed: true,
    setHeaders(reply, path) {
      const immutable = /[\\/]assets[\\/]/.test(path);
      reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** A request for a file (has an extension): a missing one is a 404, never the app shell. */
function isFilePath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return /\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/')));
}

export function spaFallback(app: FastifyInstance, hasApp: boolean): void {
  app.setNotFoundHandler(async (request, reply) => {
    if (isApiPath(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply.code(404).send({ error: 'not_found', message: 'Unknown API endpoint.' });
    }
    if (isFilePath(request.url)) {
      return reply.code(404).send({ error: 'not_found', message: 'No such file.' });
    }
    if (!hasApp) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The app is not built. Run `npm run build` (or `npm start`, which builds it).');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
