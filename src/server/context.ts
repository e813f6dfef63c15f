import type { Clock } from './clock';
import type { Database } from './db/database';
import type { ScryptParams } from './accounts/passwords';
import type { ServerMetrics } from './observability/metrics';

/** What route handlers need: the database, the time source, the password-hash cost. */
export type ServerContext = {
  db: Database;
  clock: Clock;
  passwordParams: ScryptParams;
  /** Counters for Prometheus (a no-op unless METRICS=on). */
  metrics?: ServerMetrics;
};
