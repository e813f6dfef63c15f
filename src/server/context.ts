import type { Clock } from './clock';
import type { Database } from './db/database';
import type { ScryptParams } from './accounts/passwords';

/** What route handlers need: the database, the time source, the password-hash cost. */
export type ServerContext = {
  db: Database;
  clock: Clock;
  passwordParams: ScryptParams;
};
