import { loadConfig } from './config';
import { openDatabase } from './db/open';
import { buildApp } from './createServer';

/** Entry point of `npm start`: opens the database, serves API and app, stops cleanly. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({
    db,
    staticDir: config.staticDir,
    logger: true,
    statisticsThreshold: config.statisticsThreshold,
    trustProxy: config.trustProxy,
    metrics: config.metrics,
    retention: {
      intervalMs: config.retentionIntervalMinutes * 60_000,
      horizons: {
        tombstoneDays: config.tombstoneHorizonDays,
        auditDays: config.auditHorizonDays,
      },
    },
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { database: db.kind, url: `http://localhost:${config.port}` },
    'Perspektive is running',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
