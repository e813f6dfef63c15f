/**
 * Runs of the slow property tests. `npm test` runs a fixed set: the seed is pinned, so every
 * run checks the same generated cases (a failure reproduces at once, and the suite's time is
 * predictable). `npm run test:deep` sets PERSPEKTIVE_DEEP (a factor, 10 there) and lets
 * fast-check draw a new seed each time, which it prints on a failure; PERSPEKTIVE_SEED
 * repeats that seed. The properties are the same in both: only how many cases are generated
 * differs.
 */
export function propertyRuns(fixed: { numRuns: number; seed: number }): {
  numRuns: number;
  seed?: number;
} {
  const factor = Number(process.env.PERSPEKTIVE_DEEP);
  const seed = Number(process.env.PERSPEKTIVE_SEED);
  if (!Number.isFinite(factor) || factor <= 0) return fixed;
  return {
    numRuns: Math.max(1, Math.round(fixed.numRuns * factor)),
    ...(Number.isInteger(seed) ? { seed } : {}),
  };
}

/** A test's timeout for the fixed run, scaled by the same factor for a deep run. */
export function propertyTimeout(fixed: { numRuns: number }, timeoutMs: number): number {
  const { numRuns } = propertyRuns({ ...fixed, seed: 0 });
  return Math.max(timeoutMs, Math.ceil((timeoutMs * numRuns) / fixed.numRuns));
}
