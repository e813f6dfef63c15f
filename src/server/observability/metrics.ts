import type { FastifyInstance } from 'fastify';
import fastifyMetrics from 'fastify-metrics';
import type { MutationResult } from '../../protocol';
import type { Database } from '../db/database';

/** What the routes report to the metrics (a no-op when metrics are off). */
export type ServerMetrics = {
  /** Counts a pushed batch's results by status (applied, merged, conflict, …). */
  pushResults(results: readonly MutationResult[]): void;
};

export const noMetrics: ServerMetrics = { pushResults: () => undefined };

export const METRICS_PATH = '/api/metrics';

/**
 * Prometheus metrics (fastify-metrics over prom-client), only when `METRICS=on`:
 * - `http_request_duration_seconds` (histogram) and `…_summary` per method, route PATTERN
 *   (e.g. `/api/records/:id`, never the id) and status: request counts and the durations of
 *   push and pull (`route="/api/sync/push"`, `"/api/sync/pull"`);
 * - `perspektive_push_mutations_total{status}`: what pushed mutations became;
 * - `perspektive_referral_deliveries_pending`: the queue of copies between organisations,
 *   counted in the database at each scrape (shared by all processes on one PostgreSQL);
 * - Node's process metrics (memory, event loop lag, …).
 * No label carries a record id, an e-mail, an address or any value. Each process keeps its
 * own counters; scrape every process. Must be registered before the routes (it learns them
 * from Fastify's onRoute hook).
 */
export async function registerMetrics(app: FastifyInstance, db: Database): Promise<ServerMetrics> {
  await app.register(fastifyMetrics, {
    endpoint: METRICS_PATH,
    // One registry per process; tests build several apps in one process.
    clearRegisterOnInit: true,
    routeMetrics: { enabled: true, registeredRoutesOnly: true, routeBlacklist: [METRICS_PATH] },
  });
  const client = app.metrics.client;
  const mutations = new client.Counter({
    name: 'perspektive_push_mutations_total',
    help: 'Pushed mutations by result status',
    labelNames: ['status'],
  });
  new client.Gauge({
    name: 'perspektive_referral_deliveries_pending',
    help: 'Referral deliveries between organisations not yet applied',
    async collect() {
      // A failing database shows as a missing value, never as a failed scrape.
      try {
        const [row] = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM referral_deliveries WHERE done_at IS NULL',
        );
        this.set(row?.n ?? 0);
      } catch {
        this.reset();
      }
    },
  });
  return {
    pushResults(results) {
      for (const r of results) mutations.inc({ status: r.status });
    },
  };
}
