/** Largest data URL (in characters) a signature or form photo may take up in a record. */
export const MAX_IMAGE_DATA_URL_CHARS = 60_000;

/** JPEG qualities tried at each size, best first. */
export const JPEG_QUALITY_STEPS: readonly number[] = [0.8, 0.7, 0.6, 0.5, 0.4, 0.3];

export type FitOptions = {
  /** Qualities tried at each scale, in order. Default: {@link JPEG_QUALITY_STEPS}. */
  qualities?: readonly number[];
  /** Factor the scale is multiplied by when no quality fits. Default 0.8. */
  scaleStep?: number;
  /** Smallest scale still tried; below it the image would be unreadable. Default 0.05. */
  minScale?: number;
};

export type FitResult = { dataUrl: string; scale: number; quality: number };

/**
 * Finds the best encoding of an image that fits into `budget` characters.
 *
 * Tries every quality at scale 1 (0.8 → 0.3), then the same qualities at scale 0.8, 0.64, …
 * down to `minScale`, and returns the first result within budget. Pure apart from calling
 * `encode`, so the search can be tested without a canvas.
 *
 * @throws Error when even the smallest scale at the lowest quality is over budget.
 */
export function fitToBudget(
  encode: (scale: number, quality: number) => string,
  budget: number,
  { qualities = JPEG_QUALITY_STEPS, scaleStep = 0.8, minScale = 0.05 }: FitOptions = {},
): FitResult {
  if (qualities.length === 0) throw new Error('fitToBudget: no qualities to try');
  if (!(scaleStep > 0 && scaleStep < 1))
    throw new Error('fitToBudget: scaleStep must be in (0, 1)');
  let smallest = Infinity;
  for (let scale = 1; scale >= minScale; scale *= scaleStep) {
    for (const quality of qualities) {
      const dataUrl = encode(scale, quality);
      if (dataUrl.length <= budget) return { dataUrl, scale, quality };
      smallest = Math.min(smallest, dataUrl.length);
    }
  }
  throw new Error(`fitToBudget: smallest encoding has ${smallest} characters, budget is ${budget}`);
}
