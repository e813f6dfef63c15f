import type { Browser } from 'playwright-core';

/**
 * What a benchmark page reports to the runner (test/bench/run.ts). Every page under
 * test/bench/<name>/ sets `window.__benchResult` (or `window.__benchError`) when done.
 */
export type BenchRow = {
  /** Group of rows that belong together, e.g. 'write' or 'read'. */
  operation: string;
  scenario: string;
  /** How many items one round handles (per-item time = median / items). */
  items: number;
  /** Milliseconds per measured round, in run order (warm-up rounds excluded). */
  samplesMs: number[];
  medianMs: number;
  minMs: number;
  perItemMs: number;
  /** median / median of the baseline row, when this row is compared against one. */
  ratio?: number;
  baseline?: string;
};

/** A target from an issue's done-when, e.g. "encrypted ≤ 1.5× plain". Not a pass/fail gate. */
export type BenchCheck = {
  label: string;
  value: number;
  target: number;
  met: boolean;
};

export type BenchResult = {
  name: string;
  title: string;
  rounds: number;
  warmupRounds: number;
  rows: BenchRow[];
  checks: BenchCheck[];
  /** Parameters and caveats a reader needs to interpret the numbers. */
  notes: string[];
  userAgent: string;
};

/**
 * A page that prints sets this before its result: printing (page.pdf) is only reachable from
 * the runner, so the runner prints the prepared document and adds the print rows and check.
 */
export type BenchPrint = {
  /** Timed page.pdf() calls. */
  rounds: number;
  /** Puts the document on the page, laid out and with its fonts loaded. */
  prepare: () => Promise<void>;
  /** What is printed, for the check's label, e.g. 'bilingual summary'. */
  subject: string;
  /** Operation of the page's row whose median counts as the render time in "render + print". */
  renderOperation: string;
  /** Target for render + print (median + median), in ms. */
  targetMs: number;
  /** A page count outside this range means the benchmark prints the wrong thing: it fails. */
  pages: { min: number; max: number };
};

export type BenchWindow = Window & {
  __benchResult?: BenchResult;
  __benchError?: string;
  __benchPrint?: BenchPrint;
};

/**
 * A benchmark that runs in Node because it drives the browser or the server from outside
 * (Lighthouse, bundle sizes, sync against the server): test/bench/node/<name>.ts default-
 * exports one. The runner builds the app (dist/) first and gives it this context.
 */
export type NodeBenchContext = {
  browser: Browser;
  /** The built app (dist/), for size measurements. */
  appDir: string;
  /**
   * Starts the real server on the built app with a fresh data folder; with `organisation`,
   * the folder first gets an organisation and its admin (the admin CLI, as in the e2e tests).
   * Stopped by the caller.
   */
  startApp: (opts?: { organisation?: boolean }) => Promise<{
    url: string;
    dataDir: string;
    admin?: { email: string; password: string };
    stop: () => Promise<void>;
  }>;
  /** Progress lines for the console (the table is printed by the runner). */
  log: (line: string) => void;
};

export type NodeBench = (ctx: NodeBenchContext) => Promise<BenchResult>;
