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
