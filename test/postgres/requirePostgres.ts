import { postgresUrl } from './scratchDatabase';

/** Vitest global setup of the `postgres` project: no DATABASE_URL, no run (loudly). */
export default function setup(): void {
  postgresUrl();
}
