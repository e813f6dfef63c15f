import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnsavedInputGuard } from '../../../app/unsavedInput';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** Quiet time after the last keystroke before writing; the write itself takes a few ms. */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * Collects patches and writes them after a short pause in typing, so every change reaches
 * IndexedDB within ~500 ms without a write per keystroke (typing is never blocked: the
 * write is async). Pending patches are flushed at once when the page is hidden or closed
 * and when the component unmounts (including when the device locks). A failed write keeps
 * the patch and retries with the next change or flush; the status says so meanwhile.
 */
export function useAutosave<P extends object>(
  id: string,
  save: (patch: P) => Promise<unknown>,
  merge: (a: P, b: P) => P = (a, b) => ({ ...a, ...b }),
) {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<Date | undefined>(undefined);
  const pending = useRef<P | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;
  useUnsavedInputGuard(
    `autosave-${id}`,
    status === 'pending' || status === 'saving' || status === 'failed',
    { savedOnLeave: true },
  );

  // Read through a function: TypeScript cannot see that an await lets `schedule` refill it.
  const pendingNow = (): P | undefined => pending.current;
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    running.current = running.current.then(async () => {
      const patch = pending.current;
      if (patch === undefined) return;
      pending.current = undefined;
      setStatus('saving');
      try {
        await saveRef.current(patch);
        setSavedAt(new Date());
        setStatus(pendingNow() === undefined ? 'saved' : 'pending');
      } catch {
        // Keep the change: it is merged with the next one and written again.
        const later = pendingNow();
        pending.current = later === undefined ? patch : merge(patch, later);
        setStatus('failed');
      }
    });
    return running.current;
  }, [merge]);

  const schedule = useCallback(
    (patch: P) => {
      pending.current = pending.current === undefined ? patch : merge(pending.current, patch);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, merge],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, status, savedAt };
}
