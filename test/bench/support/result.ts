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

export type BenchWindow = Window & {
  __benchResult?: BenchResult;
  __benchError?: string;
};
