import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context';
import type { Horizons } from './horizons';
import { runRetention } from './run';

export type RetentionSchedule = { intervalMs: number; horizons: Horizons };

/**
 * Runs retention (rules, then horizons) every `intervalMs` in this server process, starting
 * one interval after the server is ready, and stops with the server. Several processes on one
 * PostgreSQL are safe: a run takes the lease (run.ts) or skips. A failed run is logged with
 * its error code only (never a value) and retried at the next interval; the timer does not
 * keep the process alive. What a run did is logged as counts — no ids, no names.
 */
export function scheduleRetention(
  app: FastifyInstance,
  ctx: ServerContext,
  schedule: RetentionSchedule,
): void {
  if (schedule.intervalMs <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const summary = await runRetention(ctx, schedule.horizons);
      if (!summary.skipped) {
        app.log.info(
          {
            deletedTargets: summary.deleted.targets,
            deleted: summary.deleted.counts,
            due: summary.due,
            pruned: summary.pruned,
          },
          'retention run',
        );
      }
    } catch (error) {
      app.log.error({ code: (error as { code?: unknown }).code }, 'retention run failed');
    } finally {
      running = false;
    }
  };
  app.addHook('onReady', () => {
    timer = setInterval(() => void tick(), schedule.intervalMs);
    timer.unref();
  });
  app.addHook('onClose', () => {
    clearInterval(timer);
  });
}
