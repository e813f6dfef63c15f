import Fastify, { type FastifyInstance } from 'fastify';
import type { Writable } from 'node:stream';
import type { Database } from './db/database';
import { registerSecurityHeaders } from './security';
import { healthRoutes } from './routes/health';
import { registerStaticApp, spaFallback } from './staticApp';
import { systemClock, type Clock } from './clock';
import { defaultScryptParams, type ScryptParams } from './accounts/passwords';
import type { ServerContext } from './context';
import { authRoutes } from './routes/auth';
import { adminRoutes } from './routes/admin';
import { syncRoutes } from './routes/syncRoutes';
import { directoryRoutes } from './directory/directoryRoutes';
import { letterRoutes } from './letters/letterRoutes';
import { consentControllerRoutes } from './consentController/controllerRoutes';
import { statisticsRoutes } from './routes/statisticsRoutes';
import { retentionRoutes } from './retention/retentionRoutes';
import { privacyRoutes } from './privacy/privacyRoutes';
import { scheduleRetention, type RetentionSchedule } from './retention/schedule';
import { statisticsOfficeRoutes } from './routes/statisticsOfficeRoutes';
import { assertThreshold, DEFAULT_THRESHOLD } from '../domain';
import { registerJsonParser } from './http/jsonBody';
import { registerErrorHandler } from './http/errorHandler';
import { noMetrics, registerMetrics } from './observability/metrics';

export type AppOptions = {
  db: Database;
  /** Folder of the built PWA; the API works without it. */
  staticDir?: string | undefined;
  /** true: JSON lines to stdout; a stream: to that stream (tests read what is logged). */
  logger?: boolean | Writable;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDRs, see config.ts TRUST_PROXY);
   * empty: the client address is the TCP peer, whatever a header says.
   */
  trustProxy?: readonly string[];
  /** Time source for sessions, throttling and record timestamps; tests inject one. */
  clock?: Clock;
  /** scrypt cost for new password hashes; tests lower it to stay fast. */
  passwordParams?: ScryptParams;
  /** Smallest count statistics show (default 5, at least 3); see src/domain/statistics. */
  statisticsThreshold?: number;
  /** Prometheus metrics at /api/metrics (observability/metrics.ts); off by default. */
  metrics?: boolean;
  /** Retention runs in this process (retention/schedule.ts); none when absent (tests). */
  retention?: RetentionSchedule;
};

/**
 * Builds the HTTP server: security headers, the JSON API under /api, the PWA.
 * Logging records method, path and status only — never bodies, query strings or headers,
 * because they can carry personal data.
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: 1024 * 1024,
    // Only listed proxies may name the client address (login throttling keys on it).
    trustProxy: opts.trustProxy && opts.trustProxy.length > 0 ? [...opts.trustProxy] : false,
    logger: opts.logger
      ? {
          level: 'info',
          ...(opts.logger === true ? {} : { stream: opts.logger }),
          serializers: {
            req: (req: { method: string; url: string }) => ({
              method: req.method,
              path: req.url.split('?')[0],
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
  });
  registerJsonParser(app);
  registerErrorHandler(app);
  await registerSecurityHeaders(app);
  // Before every route: the metrics plugin learns the routes as they are added.
  const metrics = opts.metrics ? await registerMetrics(app, opts.db) : noMetrics;
  healthRoutes(app, opts.db);
  const ctx: ServerContext = {
    db: opts.db,
    clock: opts.clock ?? systemClock,
    passwordParams: opts.passwordParams ?? defaultScryptParams,
    metrics,
  };
  authRoutes(app, ctx);
  adminRoutes(app, ctx);
  syncRoutes(app, ctx);
  directoryRoutes(app, ctx);
  letterRoutes(app, ctx);
  consentControllerRoutes(app, ctx);
  retentionRoutes(app, ctx);
  privacyRoutes(app, ctx);
  if (opts.retention) scheduleRetention(app, ctx, opts.retention);
  const threshold = opts.statisticsThreshold ?? DEFAULT_THRESHOLD;
  assertThreshold(threshold);
  statisticsRoutes(app, ctx, threshold);
  statisticsOfficeRoutes(app, ctx, threshold);
  const hasApp = opts.staticDir ? await registerStaticApp(app, opts.staticDir) : false;
  spaFallback(app, hasApp);
  return app;
}
