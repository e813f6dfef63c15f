import { describe, expect, it } from 'vitest';
import { fitToBudget, JPEG_QUALITY_STEPS } from './imageFit';

/** Fake encoder: size grows with area and quality; records every call. */
function fakeEncoder(baseLength: number) {
  const calls: [number, number][] = [];
  const encode = (scale: number, quality: number) => {
    calls.push([scale, quality]);
    return 'x'.repeat(Math.round(baseLength * scale * scale * quality));
  };
  return { encode, calls };
}

describe('fitToBudget', () => {
  it('returns the first try when it already fits', () => {
    const { encode, calls } = fakeEncoder(1000);
    const result = fitToBudget(encode, 1000);
    expect(result).toEqual({ dataUrl: 'x'.repeat(800), scale: 1, quality: 0.8 });
    expect(calls).toEqual([[1, 0.8]]);
  });

  it('lowers the quality before the size', () => {
    const { encode, calls } = fakeEncoder(1000);
    const result = fitToBudget(encode, 500);
    expect(result.scale).toBe(1);
    expect(result.quality).toBe(0.5);
    expect(result.dataUrl.length).toBeLessThanOrEqual(500);
    expect(calls).toEqual([
      [1, 0.8],
      [1, 0.7],
      [1, 0.6],
      [1, 0.5],
    ]);
  });

  it('shrinks in 0.8 steps, trying all qualities again at each size', () => {
    const { encode, calls } = fakeEncoder(1000);
    // At scale 1 the best is 300 (q 0.3); at 0.8 → 640·q, so q 0.3 gives 192 ≤ 200.
    const result = fitToBudget(encode, 200);
    expect(result.scale).toBeCloseTo(0.8);
    expect(result.quality).toBe(0.3);
    expect(result.dataUrl.length).toBeLessThanOrEqual(200);
    expect(calls).toHaveLength(JPEG_QUALITY_STEPS.length * 2);
    expect(calls.slice(0, 6).map(([, q]) => q)).toEqual([...JPEG_QUALITY_STEPS]);
    expect(calls.slice(6).every(([s]) => Math.abs(s - 0.8) < 1e-9)).toBe(true);
  });

  it('goes on shrinking until the result fits', () => {
    const { encode } = fakeEncoder(100_000);
    const result = fitToBudget(encode, 2_000);
    expect(result.dataUrl.length).toBeLessThanOrEqual(2_000);
    expect(result.scale).toBeLessThan(0.3);
    // Scales are powers of 0.8.
    const exponent = Math.log(result.scale) / Math.log(0.8);
    expect(exponent).toBeCloseTo(Math.round(exponent));
  });

  it('throws when even the smallest encoding is over budget', () => {
    const encode = () => 'x'.repeat(100);
    expect(() => fitToBudget(encode, 99)).toThrow(/budget/);
  });

  it('stops at minScale', () => {
    const { encode, calls } = fakeEncoder(1000);
    expect(() => fitToBudget(encode, 1, { minScale: 0.5, qualities: [1] })).toThrow();
    // 1, 0.8, 0.64, 0.512 — then 0.4096 < 0.5.
    expect(calls.map(([s]) => s)).toEqual([1, 0.8, 0.8 * 0.8, 0.8 * 0.8 * 0.8]);
  });

  it('accepts a single quality for lossless formats', () => {
    const { encode, calls } = fakeEncoder(1000);
    const result = fitToBudget(encode, 700, { qualities: [1] });
    expect(result.scale).toBeCloseTo(0.8);
    expect(calls).toEqual([
      [1, 1],
      [0.8, 1],
    ]);
  });
});
