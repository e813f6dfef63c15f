import { z } from 'zod';

/** `GET /api/health`: liveness of the server and which database engine it runs on. */
export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
  schemaVersion: z.number().int().nonnegative(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/**
 * `GET /api/ready`: whether this process can serve requests now — the database answers and
 * its schema is the one this release expects. 200 `ready`, else 503 `unavailable` (a load
 * balancer takes the process out of rotation; the reason is in the server log, never here).
 */
export const readyResponseSchema = z.object({ status: z.enum(['ready', 'unavailable']) });
export type ReadyResponse = z.infer<typeof readyResponseSchema>;
