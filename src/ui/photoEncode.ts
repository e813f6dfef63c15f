import { fitToBudget, MAX_IMAGE_DATA_URL_CHARS } from './imageFit';

/** Long edge (px) a form photo is scaled down to before the budget search starts. */
export const PHOTO_MAX_EDGE = 1600;

type Decoded = { source: CanvasImageSource; width: number; height: number; release: () => void };

/** Decodes an image file; prefers createImageBitmap and falls back to an <img> element. */
async function decodeImage(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return {
        source: bitmap,
        width: bitmap.width,
        height: bitmap.height,
        release: () => {
          bitmap.close();
        },
      };
    } catch {
      // Some browsers cannot decode every format via createImageBitmap: try <img> below.
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    if (img.naturalWidth === 0 || img.naturalHeight === 0) throw new Error('empty image');
    return {
      source: img,
      width: img.naturalWidth,
      height: img.naturalHeight,
      release: () => {
        URL.revokeObjectURL(url);
      },
    };
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}

/**
 * Turns a camera photo into a JPEG data URL of at most `budget` characters: long edge at
 * most {@link PHOTO_MAX_EDGE} px, then quality 0.8 → 0.3, then smaller in ×0.8 steps.
 *
 * @throws when the file cannot be decoded as an image or no canvas is available.
 */
export async function photoToJpegDataUrl(
  file: Blob,
  budget: number = MAX_IMAGE_DATA_URL_CHARS,
): Promise<string> {
  const image = await decodeImage(file);
  try {
    const base = Math.min(1, PHOTO_MAX_EDGE / Math.max(image.width, image.height));
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas context');
    let drawnScale = NaN;
    const encode = (scale: number, quality: number): string => {
      if (scale !== drawnScale) {
        canvas.width = Math.max(1, Math.round(image.width * base * scale));
        canvas.height = Math.max(1, Math.round(image.height * base * scale));
        // JPEG has no alpha: transparent areas would turn black without a white ground.
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.imageSmoothingEnabled = true;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(image.source, 0, 0, canvas.width, canvas.height);
        drawnScale = scale;
      }
      return canvas.toDataURL('image/jpeg', quality);
    };
    const result = fitToBudget(encode, budget);
    canvas.width = 0;
    canvas.height = 0;
    return result.dataUrl;
  } finally {
    image.release();
  }
}
