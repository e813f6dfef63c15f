// Helpers for benchmark pages (run in the browser).
import type { BenchResult, BenchRow, BenchWindow } from './result';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function row(
  operation: string,
  scenario: string,
  items: number,
  samplesMs: number[],
  baseline?: BenchRow,
): BenchRow {
  const medianMs = median(samplesMs);
  return {
    operation,
    scenario,
    items,
    samplesMs,
    medianMs,
    minMs: Math.min(...samplesMs),
    perItemMs: medianMs / items,
    ...(baseline ? { ratio: medianMs / baseline.medianMs, baseline: baseline.scenario } : {}),
  };
}

/** Times one async task in milliseconds. */
export async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

let lastStep = '';

/** Shows progress in the page; a failure names the last step reached. */
export function progress(text: string): void {
  lastStep = text;
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

/** Runs `bench` and publishes its result (or error) for the runner and in the page. */
export function publish(bench: () => Promise<BenchResult>): void {
  const target = window as BenchWindow;
  const output = document.getElementById('result');
  bench().then(
    (result) => {
      if (output) output.textContent = JSON.stringify(result, null, 2);
      progress('done');
      target.__benchResult = result;
    },
    (error: unknown) => {
      const thrown = error instanceof Error ? (error.stack ?? error.message) : String(error);
      const message = lastStep ? `${thrown}\n(last step: ${lastStep})` : thrown;
      if (output) output.textContent = message;
      progress('failed');
      target.__benchError = message;
    },
  );
}
