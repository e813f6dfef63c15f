import { useRef, useState, type ChangeEvent } from 'react';
import { photoToJpegDataUrl } from './photoEncode';
import './photoInput.css';

export type PhotoInputProps = {
  /** Id of the file input; the label's htmlFor. */
  id: string;
  label: string;
  hint: string;
  /** Alt text of the preview of the current photo. */
  previewAlt: string;
  /** Text of the button that removes the current photo. */
  removeLabel: string;
  /** Shown (as an error) when the chosen file cannot be decoded as an image. */
  unreadableMessage: string;
  /** Already translated validation message; shown under the field and announced. */
  error?: string | undefined;
  /** Current photo as JPEG data URL (controlled). */
  value: string | undefined;
  onChange: (jpeg: string | undefined) => void;
};

/**
 * Photo of a paper form taken with the tablet camera (or picked from the gallery).
 * The photo is scaled down and re-encoded as JPEG of at most 60,000 characters.
 * An unreadable file shows `unreadableMessage` and keeps the previous value.
 */
export function PhotoInput({
  id,
  label,
  hint,
  previewAlt,
  removeLabel,
  unreadableMessage,
  error,
  value,
  onChange,
}: PhotoInputProps) {
  const [unreadable, setUnreadable] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Counts selections so that a slow decode cannot overwrite a newer photo. */
  const selection = useRef(0);

  const hintId = `${id}-hint`;
  const unreadableId = unreadable ? `${id}-unreadable` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const invalid = unreadable || Boolean(error);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Reset so that choosing the same file again (e.g. after removing it) fires change.
    input.value = '';
    if (!file) return;
    const current = ++selection.current;
    setBusy(true);
    try {
      const jpeg = await photoToJpegDataUrl(file);
      if (current !== selection.current) return;
      setUnreadable(false);
      onChange(jpeg);
    } catch {
      if (current !== selection.current) return;
      setUnreadable(true);
    } finally {
      if (current === selection.current) setBusy(false);
    }
  }

  function remove() {
    selection.current++;
    setBusy(false);
    setUnreadable(false);
    onChange(undefined);
    // The remove button disappears: keep focus in the field instead of losing it.
    inputRef.current?.focus();
  }

  return (
    <div className="photo-input" aria-busy={busy || undefined}>
      <div className={['kern-form-input', invalid ? 'kern-form-input--error' : ''].join(' ')}>
        <label className="kern-label" htmlFor={id}>
          {label}
        </label>
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept="image/*"
          capture="environment"
          className="kern-form-input__input"
          aria-invalid={invalid || undefined}
          aria-describedby={[hintId, unreadableId, errorId].filter(Boolean).join(' ')}
          onChange={(event) => void handleFile(event)}
        />
        {unreadable && (
          <p className="kern-error" id={unreadableId} role="alert">
            {unreadableMessage}
          </p>
        )}
        {error && (
          <p className="kern-error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </div>
      {value && (
        <div className="photo-input__preview">
          <img className="photo-input__image" src={value} alt={previewAlt} />
          <button type="button" className="kern-btn kern-btn--secondary" onClick={remove}>
            <span className="kern-label">{removeLabel}</span>
          </button>
        </div>
      )}
    </div>
  );
}
