import { useEffect, useState } from 'react';
import type { CaseRecord, ConversationSession } from '../../domain';
import { verifySessionHash } from '../../storage/sessions/sessionRepository';

export type HashCheck = 'checking' | 'valid' | 'invalid' | 'error';

type Result = {
  readonly session: ConversationSession;
  readonly record: CaseRecord;
  readonly state: Exclude<HashCheck, 'checking'>;
};

/**
 * Recomputes the content hash of a finalised session (asynchronously, WebCrypto);
 * `undefined` for drafts, which have no hash. Rechecked whenever the stored data changes.
 */
export function useHashCheck(
  session: ConversationSession,
  record: CaseRecord,
): HashCheck | undefined {
  const [result, setResult] = useState<Result>();
  const finalised = session.status === 'finalised';

  useEffect(() => {
    if (!finalised) return;
    let current = true;
    verifySessionHash(session, record).then(
      (ok) => {
        if (current) setResult({ session, record, state: ok ? 'valid' : 'invalid' });
      },
      (error: unknown) => {
        console.error(error);
        if (current) setResult({ session, record, state: 'error' });
      },
    );
    return () => {
      current = false;
    };
  }, [finalised, session, record]);

  if (!finalised) return undefined;
  return result?.session === session && result.record === record ? result.state : 'checking';
}
