import { useEffect, useEffectEvent, useRef } from 'react';
import SignaturePadLib from 'signature_pad';
import { fitToBudget, MAX_IMAGE_DATA_URL_CHARS } from './imageFit';
import './signaturePad.css';

export type SignaturePadProps = {
  /** Id of the canvas; the label's htmlFor. */
  id: string;
  /** Visible label above the pad; also the canvas's accessible name. */
  label: string;
  /** Visible hint below the label, e.g. "Sign with finger or stylus". */
  hint: string;
  /** Text of the clear button. */
  clearLabel: string;
  /** Already translated validation message; shown under the pad and announced. */
  error?: string | undefined;
  /** PNG data URL (1×, cropped, ≤ 60,000 chars) after each stroke; undefined after clear. */
  onChange: (png: string | undefined) => void;
};

/** Pen widths in CSS px: thick enough to stay legible in the 1× export. */
const MIN_PEN_WIDTH = 1;
const MAX_PEN_WIDTH = 3;
/** White space kept around the drawn area in the export, in CSS px. */
const EXPORT_MARGIN = 8;

/**
 * Exports the drawing as a PNG data URL at 1× (CSS px, not device pixels), cropped to the
 * drawn area plus a margin, on white, and scaled down further if over the size budget.
 */
function exportSignature(
  pad: SignaturePadLib,
  canvas: HTMLCanvasElement,
  ratio: number,
): string | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const group of pad.toData()) {
    for (const point of group.points) {
      minX = Math.min(minX, point.x);
      minY = Math.min(minY, point.y);
      maxX = Math.max(maxX, point.x);
      maxY = Math.max(maxY, point.y);
    }
  }
  if (!Number.isFinite(minX)) return undefined;
  const margin = EXPORT_MARGIN + MAX_PEN_WIDTH;
  const cssWidth = canvas.width / ratio;
  const cssHeight = canvas.height / ratio;
  const left = Math.max(0, Math.floor(minX - margin));
  const top = Math.max(0, Math.floor(minY - margin));
  const right = Math.min(cssWidth, Math.ceil(maxX + margin));
  const bottom = Math.min(cssHeight, Math.ceil(maxY + margin));
  const width = right - left;
  const height = bottom - top;
  if (width <= 0 || height <= 0) return undefined;

  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return undefined;
  try {
    const { dataUrl } = fitToBudget(
      (scale) => {
        out.width = Math.max(1, Math.round(width * scale));
        out.height = Math.max(1, Math.round(height * scale));
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, out.width, out.height);
        ctx.imageSmoothingEnabled = true;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(
          canvas,
          left * ratio,
          top * ratio,
          width * ratio,
          height * ratio,
          0,
          0,
          out.width,
          out.height,
        );
        return out.toDataURL('image/png');
      },
      MAX_IMAGE_DATA_URL_CHARS,
      // PNG is lossless: only the size can be lowered.
      { qualities: [1] },
    );
    return dataUrl;
  } catch {
    return undefined;
  }
}

/**
 * A signature field for touch, stylus and mouse (signature_pad uses pointer events).
 *
 * Accessibility: drawing a signature is NOT possible with the keyboard (or a screen reader)
 * alone. The canvas is named by the label (aria-labelledby) and described by hint and error.
 * The app offers "signed on paper" (photo of the paper form, see PhotoInput) as the
 * alternative for anyone who cannot draw here.
 *
 * Uncontrolled: the drawing lives in the canvas; the parent keeps the exported PNG.
 */
export function SignaturePad({ id, label, hint, clearLabel, error, onChange }: SignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const emitChange = useEffectEvent((png: string | undefined) => {
    onChange(png);
  });

  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;

  useEffect(() => {
    const canvas = canvasRef.current;
    // No 2d context (e.g. jsdom in unit tests): render the field without a pad.
    if (!canvas?.getContext('2d')) return undefined;
    const pad = new SignaturePadLib(canvas, {
      minWidth: MIN_PEN_WIDTH,
      maxWidth: MAX_PEN_WIDTH,
      penColor: '#000',
    });
    padRef.current = pad;
    let ratio = 1;

    /** Matches the bitmap to the CSS size × devicePixelRatio, keeping the drawing. */
    const resize = () => {
      const rect = canvas.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return;
      const nextRatio = Math.max(window.devicePixelRatio || 1, 1);
      const width = Math.round(rect.width * nextRatio);
      const height = Math.round(rect.height * nextRatio);
      if (canvas.width === width && canvas.height === height && ratio === nextRatio) return;
      const data = pad.toData();
      ratio = nextRatio;
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      pad.fromData(data);
    };
    resize();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(resize) : null;
    if (observer) observer.observe(canvas);
    else window.addEventListener('resize', resize);

    const handleEndStroke = () => {
      emitChange(exportSignature(pad, canvas, ratio));
    };
    pad.addEventListener('endStroke', handleEndStroke);

    return () => {
      pad.removeEventListener('endStroke', handleEndStroke);
      if (observer) observer.disconnect();
      else window.removeEventListener('resize', resize);
      pad.off();
      padRef.current = null;
    };
  }, []);

  function clear() {
    padRef.current?.clear();
    onChange(undefined);
  }

  return (
    <div
      className={['kern-form-input', 'signature-pad', error ? 'kern-form-input--error' : ''].join(
        ' ',
      )}
    >
      <label className="kern-label" id={labelId} htmlFor={id}>
        {label}
      </label>
      <div className="kern-hint" id={hintId}>
        {hint}
      </div>
      <div className="signature-pad__surface">
        <canvas
          ref={canvasRef}
          id={id}
          className="signature-pad__canvas"
          aria-labelledby={labelId}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
        />
      </div>
      {error && (
        <p className="kern-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <div className="signature-pad__actions">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={clear}>
          <span className="kern-label">{clearLabel}</span>
        </button>
      </div>
    </div>
  );
}
