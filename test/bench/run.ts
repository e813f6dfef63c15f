// `npm run bench [-- <name>…]`: builds the benchmark pages, serves them with the real server
// (strict CSP, as in production), runs each in headless Chromium, prints a table and writes
// bench-results/<name>.json. Benchmarks are measurements, not tests: the exit code is
// non-zero only when a benchmark fails to run, never because a target is missed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { pdfContent } from '../e2e/support/pdf';
import { startServer, type RunningServer } from '../support/serverProcess';
import { row } from './support/measure';
import { collectProfiles, profilingWanted } from './support/cpuProfile';
import { bootstrapDataDir, E2E_ADMIN } from '../e2e/support/organisation';
import type {
  BenchCheck,
  BenchResult,
  BenchWindow,
  NodeBench,
  NodeBenchContext,
} from './support/result';
import { benchNames, benchOutDir, benchRoot } from './vite.bench.config';

const RESULTS_DIR = resolve('bench-results');
const NODE_BENCH_DIR = resolve('test/bench/node');
const APP_DIR = resolve('dist');

/** Benchmarks that run in Node: test/bench/node/<name>.ts. */
function nodeBenchNames(): string[] {
  if (!existsSync(NODE_BENCH_DIR)) return [];
  return readdirSync(NODE_BENCH_DIR)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
}

async function loadNodeBench(name: string): Promise<NodeBench> {
  const module = (await import(join(NODE_BENCH_DIR, `${name}.ts`))) as { default?: NodeBench };
  if (typeof module.default !== 'function') throw new Error(`${name}.ts has no default export.`);
  return module.default;
}

function nodeContext(browser: Browser): NodeBenchContext {
  return {
    browser,
    appDir: APP_DIR,
    log: (line) => {
      out(`  ${line}`);
    },
    async startApp(opts = {}) {
      const dataDir = opts.organisation
        ? bootstrapDataDir()
        : mkdtempSync(join(tmpdir(), 'perspektive-bench-app-'));
      const server = await startServer({ staticDir: APP_DIR, dataDir });
      return {
        url: server.url,
        dataDir,
        ...(opts.organisation ? { admin: { ...E2E_ADMIN } } : {}),
        async stop() {
          await server.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

/** Every target of every benchmark run, met or not, as one table (and budgets.json). */
function printBudgets(checks: readonly (BenchCheck & { bench: string })[]): void {
  if (checks.length === 0) return;
  out('Budgets');
  for (const check of checks) {
    const verdict = check.met ? 'MET    ' : 'NOT MET';
    out(
      `  ${verdict}  ${check.bench}: ${check.label}: ${check.value.toFixed(2)} (target ≤ ${check.target})`,
    );
  }
  writeFileSync(join(RESULTS_DIR, 'budgets.json'), `${JSON.stringify(checks, null, 2)}\n`);
}
/** One benchmark page may run this long before it counts as hung. */
const PAGE_TIMEOUT_MS = 20 * 60_000;

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

function machine(chromiumVersion: string) {
  const cpuList = cpus();
  return {
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cpuCount: cpuList.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 0);

function printTable(result: BenchResult): void {
  const header = ['operation', 'scenario', 'median ms', 'min ms', 'per item ms', 'ratio'];
  const lines = result.rows.map((r) => [
    r.operation,
    r.scenario,
    ms(r.medianMs),
    ms(r.minMs),
    r.perItemMs.toFixed(3),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out(result.title);
  out(format(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) out(format(line));
  out();
  for (const note of result.notes) out(`  · ${note}`);
  out();
  for (const check of result.checks) {
    const verdict = check.met ? 'MET' : 'NOT MET';
    out(
      `  target ${verdict}: ${check.label}: ${check.value.toFixed(2)} (target ≤ ${check.target})`,
    );
  }
}

/**
 * For a page that sets `__benchPrint`: prints its prepared document `rounds` times, each
 * timed from here (the print engine is not reachable from inside the page), and adds the
 * print rows and the render + print check to the page's result.
 */
async function measurePrint(page: Page, result: BenchResult): Promise<BenchResult> {
  const print = await page.evaluate(() => {
    const p = (window as BenchWindow).__benchPrint;
    // Functions do not cross into Node: pass on the settings only.
    return p && { ...p, prepare: undefined };
  });
  if (!print) return result;
  const render = result.rows.find((r) => r.operation === print.renderOperation);
  if (!render) throw new Error(`No "${print.renderOperation}" row to add the print time to.`);
  await page.evaluate(() => (window as BenchWindow).__benchPrint?.prepare());
  const samples: number[] = [];
  let pages = 0;
  for (let i = 0; i < print.rounds; i++) {
    const start = performance.now();
    const pdf = await page.pdf({ format: 'A4' });
    samples.push(performance.now() - start);
    // Counted outside the timing; every print must come out the same length.
    const count = pdfContent(pdf).pages;
    if (i > 0 && count !== pages) throw new Error(`Prints differ: ${pages} vs ${count} pages.`);
    pages = count;
  }
  if (pages < print.pages.min || pages > print.pages.max) {
    throw new Error(
      `The ${print.subject} printed on ${pages} pages, expected ${print.pages.min}–${print.pages.max}.`,
    );
  }
  const printed = row('print (page.pdf)', `A4, ${pages} pages`, pages, samples);
  const total = row(
    'render + print',
    `${render.scenario} + print`,
    pages,
    samples.map((s) => render.medianMs + s),
  );
  return {
    ...result,
    rows: [...result.rows, printed, total],
    checks: [
      ...result.checks,
      {
        label: `render + print of a ${pages}-page ${print.subject} (ms)`,
        value: total.medianMs,
        target: print.targetMs,
        met: total.medianMs <= print.targetMs,
      },
    ],
    notes: [
      ...result.notes,
      `Print: page.pdf({ format: 'A4' }) timed in Node, ${print.rounds} rounds on the prepared document (first print included); ${pages} pages counted with pdftotext.`,
      'render + print = median render time + each print time; per item = per printed page.',
    ],
  };
}

async function runPage(browser: Browser, url: string, name: string): Promise<BenchResult> {
  const page = await browser.newPage();
  const reportProfiles = profilingWanted()
    ? await collectProfiles(page, name, RESULTS_DIR, out)
    : undefined;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const w = window as BenchWindow;
        return w.__benchResult !== undefined || w.__benchError !== undefined;
      },
      undefined,
      { timeout: PAGE_TIMEOUT_MS, polling: 500 },
    );
    const { result, error } = await page.evaluate(() => {
      const w = window as BenchWindow;
      return { result: w.__benchResult, error: w.__benchError };
    });
    if (error !== undefined || result === undefined) {
      throw new Error(`Benchmark page ${url} failed: ${error ?? 'no result'}`);
    }
    reportProfiles?.();
    const withPrint = await measurePrint(page, result);
    if (problems.length > 0) throw new Error(`Errors in ${url}:\n${problems.join('\n')}`);
    return withPrint;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const pages = benchNames();
  const nodeBenches = nodeBenchNames();
  const available = [...pages, ...nodeBenches];
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`,
    );
  }
  const names = wanted.length > 0 ? wanted : available;

  const started = Date.now();
  out(`Building ${pages.length} benchmark page(s) into ${benchOutDir} …`);
  await build({ configFile: join(benchRoot, 'vite.bench.config.ts'), logLevel: 'warn' });
  if (names.some((name) => nodeBenches.includes(name))) {
    out(`Building the app into ${APP_DIR} …`);
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
  }

  // An organisation with its admin, so pages that sync (test/bench/sync) can create users;
  // the credentials reach them in the URL (`?admin=`, base64 JSON), on localhost only.
  const dataDir = bootstrapDataDir();
  const adminParam = Buffer.from(JSON.stringify(E2E_ADMIN)).toString('base64url');
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ staticDir: benchOutDir, dataDir });
    browser = await launchChromium();
    const host = machine(browser.version());
    out(
      `Machine: ${host.cpuCount}× ${host.cpuModel}, ${host.os}, Node ${host.node}, Chromium ${host.chromium}`,
    );
    mkdirSync(RESULTS_DIR, { recursive: true });
    const checks: (BenchCheck & { bench: string })[] = [];
    for (const name of names) {
      out();
      out(`Running ${name} …`);
      const benchStarted = Date.now();
      const result = nodeBenches.includes(name)
        ? await (
            await loadNodeBench(name)
          )(nodeContext(browser))
        : await runPage(browser, `${server.url}/${name}/?admin=${adminParam}`, name);
      checks.push(...result.checks.map((check) => ({ ...check, bench: name })));
      const durationS = Math.round((Date.now() - benchStarted) / 100) / 10;
      out();
      printTable(result);
      const file = join(RESULTS_DIR, `${name}.json`);
      const record = { date: new Date().toISOString(), durationS, machine: host, ...result };
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
      out();
      out(`  ${name} took ${durationS} s; written to ${file}`);
    }
    out();
    printBudgets(checks);
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  out();
  out(`All benchmarks done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
