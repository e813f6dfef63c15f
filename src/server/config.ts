import { z } from 'zod';
import { resolve } from 'node:path';
import { isIP } from 'node:net';

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
  // Horizons and the retention schedule (retention/horizons.ts, retention/schedule.ts).
  TOMBSTONE_HORIZON_DAYS: z.coerce.number().int().min(7).max(3650).default(180),
  AUDIT_HORIZON_DAYS: z.coerce.number().int().min(30).max(36500).default(1095),
  RETENTION_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  // Prometheus metrics at /api/metrics: off unless asked for (see observability/metrics.ts).
  METRICS: z.enum(['on', 'off']).default('off'),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .refine((list) => list.every(isProxyEntry), {
      message:
        'TRUST_PROXY must list proxy addresses or CIDRs (e.g. 127.0.0.1,10.0.0.0/8), or loopback, linklocal, uniquelocal — never "true" or "*"',
    }),
});

/** An address, a CIDR range or one of proxy-addr's named ranges (used by Fastify). */
function isProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n >= 0 && n <= (version === 4 ? 32 : 128);
}

export type ServerConfig = {
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  staticDir: string;
  /** Smallest count statistics show; one value per server so answers cannot be differenced. */
  statisticsThreshold: number;
  /**
   * Reverse proxies (addresses/CIDRs) whose X-Forwarded-For names the client address; empty:
   * the TCP peer is the client. Sign-in throttling keys on that address.
   */
  trustProxy: string[];
  /** Serve Prometheus metrics (no personal data) at /api/metrics. */
  metrics: boolean;
  /** Tombstones and resolved conflicts older than this leave the feed (devices behind: 410). */
  tombstoneHorizonDays: number;
  /** Audit rows older than this are deleted. */
  auditHorizonDays: number;
  /** Minutes between retention runs in the server process; 0: only `admin retention --run`. */
  retentionIntervalMinutes: number;
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
    trustProxy: e.TRUST_PROXY,
    metrics: e.METRICS === 'on',
    tombstoneHorizonDays: e.TOMBSTONE_HORIZON_DAYS,
    auditHorizonDays: e.AUDIT_HORIZON_DAYS,
    retentionIntervalMinutes: e.RETENTION_INTERVAL_MINUTES,
  };
}
