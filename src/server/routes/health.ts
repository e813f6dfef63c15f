import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../protocol';
import type { Database } from '../db/database';
import { schemaVersion } from '../db/migrations';
import { serverVersion } from '../version';

export function healthRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/health', async (): Promise<HealthResponse> => {
    return {
      status: 'ok',
      version: serverVersion,
      database: db.kind,
      schemaVersion: await schemaVersion(db),
    };
  });
}
