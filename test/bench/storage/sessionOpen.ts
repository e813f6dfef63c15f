// Opening a conversation: what the conversation screen waits for before it can show
// anything — useSessionDetail (src/storage/hooks/useCases.ts): the session row, then the
// session and its case decrypted. Timed through the real hook in a probe component, and the
// same reads without React as a diagnostic.
import { createElement, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { getRepositories } from '../../../src/storage/appStorage';
import { getDb } from '../../../src/storage/db';
import { useSessionDetail } from '../../../src/storage/hooks/useCases';

type Detail = NonNullable<ReturnType<typeof useSessionDetail>>;

/** Renders nothing; reports the hook's first loaded value after React committed it. */
function Probe({ id, onLoaded }: { id: string; onLoaded: (detail: Detail) => void }) {
  const detail = useSessionDetail(id);
  useEffect(() => {
    if (detail) onLoaded(detail);
  }, [detail, onLoaded]);
  return null;
}

/** Mount → session and case loaded and decrypted; checks it got the right pair. */
export async function openWithHook(
  container: HTMLElement,
  sessionId: string,
  caseId: string,
): Promise<{ root: Root; ms: number }> {
  const start = performance.now();
  const root = createRoot(container);
  const detail = await new Promise<Detail>((resolve) => {
    root.render(createElement(Probe, { id: sessionId, onLoaded: resolve }));
  });
  const ms = performance.now() - start;
  if (detail.session.id !== sessionId || detail.record.id !== caseId) {
    throw new Error(`useSessionDetail returned the wrong records for ${sessionId}`);
  }
  return { root, ms };
}

/** The hook's reads, in its order, without React and without the live query. */
export async function openWithRepositories(sessionId: string): Promise<number> {
  const start = performance.now();
  const { cases, sessions } = getRepositories();
  const row = await getDb().sessions.get(sessionId);
  if (!row) throw new Error(`No session ${sessionId}`);
  const [session, record] = await Promise.all([sessions.get(sessionId), cases.get(row.caseId)]);
  const ms = performance.now() - start;
  if (session?.caseId !== record?.id) throw new Error('Session and case do not belong together.');
  return ms;
}
