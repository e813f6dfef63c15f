import type { FastifyInstance } from 'fastify';
import type { HealthResponse, ReadyResponse } from '../../protocol';
import type { Database } from '../db/database';
import { latestVersion, schemaVersion } from '../db/migrations';
import { serverVersion } from '../version';

/** A database that has not answered by then counts as unavailable. */
const READY_TIMEOUT_MS = 3_000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(Object.assign(new Error('readiness check timed out'), { code: 'timeout' }));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * `/api/health` (liveness: the process answers; it also reads the schema version) and
 * `/api/ready` (readiness: the database answers within 3 s and holds exactly this release's
 * schema). A failed check answers 503 `unavailable` and logs the error's code only.
 */
export function healthRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/health', async (): Promise<HealthResponse> => {
    return {
      status: 'ok',
      version: serverVersion,
      database: db.kind,
      schemaVersion: await schemaVersion(db),
    };
  });

  app.get('/api/ready', async (request, reply): Promise<ReadyResponse> => {
    try {
      const version = await within(READY_TIMEOUT_MS, schemaVersion(db));
      if (version === latestVersion) return { status: 'ready' };
      request.log.error({ schemaVersion: version, expected: latestVersion }, 'not ready');
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      request.log.error({ code: typeof code === 'string' ? code : undefined }, 'not ready');
    }
    return reply.code(503).send({ status: 'unavailable' });
  });
}
