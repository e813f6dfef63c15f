import type { ReactNode } from 'react';

/**
 * Keeps one error line's height whether or not an error is shown, so that an error appearing
 * or going away on a tablet never moves the controls below it between touch and release (a
 * tap would land on nothing, or on the wrong box).
 */
export function ErrorSlot({ children }: { children: ReactNode }) {
  return <div className="error-slot">{children}</div>;
}
