import { useState } from 'react';

type Draft<V> = { readonly text: string; readonly value: V };

/**
 * Keeps what the counsellor typed while the value it produced travels through the form and
 * back, so typing is never disturbed by re-formatting. The text is rebuilt from `value` only
 * when `value` changes from outside (form reset, another device), not on our own echo.
 */
export function useDraftText<V>(
  value: V,
  display: (value: V) => string,
  same: (a: V, b: V) => boolean = Object.is,
): { text: string; setDraft: (text: string, value: V) => void } {
  const [draft, setDraftState] = useState<Draft<V>>(() => ({ text: display(value), value }));
  let current = draft;
  if (!same(draft.value, value)) {
    // Adjusting state while rendering (React's documented pattern for derived state).
    current = { text: display(value), value };
    setDraftState(current);
  }
  return {
    text: current.text,
    setDraft: (text, next) => {
      setDraftState({ text, value: next });
    },
  };
}
