import { useLiveQuery } from 'dexie-react-hooks';
import { statisticsInputFromDomain, type StatisticsInput } from '../../domain';
import { getRepositories } from '../appStorage';

/**
 * What this device's own records contribute to statistics (finalised conversations, signed
 * consents, revocations, referrals), decrypted in memory and reduced to the counted facts; `undefined`
 * while loading. A referral's state (accepted) arrives from the server with the next sync.
 * This reads and decrypts every record, so it runs only while `enabled` (the counsellor
 * chose this device's figures); the organisation's figures come from the server.
 */
export function useLocalStatisticsInput(enabled: boolean): StatisticsInput | undefined {
  return useLiveQuery(async () => {
    if (!enabled) return undefined;
    const { cases, sessions, consents, referrals } = getRepositories();
    const [caseList, sessionList] = await Promise.all([cases.list(), sessions.all()]);
    const [perCase, sent] = await Promise.all([
      Promise.all(caseList.map((c) => consents.forCase(c.id))),
      Promise.all(caseList.map((c) => referrals.forCase(c.id))),
    ]);
    return statisticsInputFromDomain({
      cases: caseList,
      sessions: sessionList,
      consents: perCase.flatMap((p) => p.consents),
      revocations: perCase.flatMap((p) => p.revocations),
      referrals: sent.flat(),
    });
  }, [enabled]);
}
