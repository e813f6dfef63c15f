import { z } from 'zod';
import { resolve } from 'node:path';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  // An empty DATABASE_URL means "not set": the embedded database is used.
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('data'),
  STATIC_DIR: z.string().min(1).default('dist'),
  STATISTICS_THRESHOLD: z.coerce.number().int().min(3).max(100).default(5),
});

export type ServerConfig = {
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  staticDir: string;
  /** Smallest count statistics show; one value per server so answers cannot be differenced. */
  statisticsThreshold: number;
};

/** Reads the configuration from environment variables; throws a readable error on bad input. */
export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid server configuration: ${detail}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DATA_DIR),
    staticDir: resolve(e.STATIC_DIR),
    statisticsThreshold: e.STATISTICS_THRESHOLD,
  };
}
