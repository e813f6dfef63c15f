import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Alert } from './Alert';

type Props = {
  title: string;
  /** Below the heading of the card it appears in. */
  headingLevel?: 3 | 4;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Shown on the confirm button while the action runs. */
  busyLabel: string;
  busy: boolean;
  /** Already translated message of a failed attempt. */
  problem?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * An inline confirmation for a consequential action: its heading takes the focus when it
 * opens (so screen readers read what is about to happen); the caller returns the focus.
 */
export function ConfirmPanel({
  title,
  headingLevel = 4,
  children,
  confirmLabel,
  cancelLabel,
  busyLabel,
  busy,
  problem,
  onConfirm,
  onCancel,
}: Props) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div role="group" aria-labelledby={headingId} className="stack confirm-panel">
      <Heading id={headingId} ref={heading} tabIndex={-1} className="kern-heading-small">
        {title}
      </Heading>
      {children}
      <div className="row">
        <button
          type="button"
          className="kern-btn kern-btn--primary app-btn--danger"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          <span className="kern-label">{busy ? busyLabel : confirmLabel}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={busy}
          onClick={onCancel}
        >
          <span className="kern-label">{cancelLabel}</span>
        </button>
      </div>
      {problem && <Alert tone="danger" live="alert" title={problem} />}
    </div>
  );
}
