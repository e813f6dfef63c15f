import { useLiveQuery } from 'dexie-react-hooks';
import { statisticsInputFromDomain, type StatisticsInput } from '../../domain';
import { getRepositories } from '../appStorage';

/**
 * What this device's own records contribute to statistics (finalised conversations, signed
 * consents, revocations), decrypted in memory and reduced to the counted facts; `undefined`
 * while loading. Referrals are counted by the server only: their state lives there.
 */
export function useLocalStatisticsInput(): StatisticsInput | undefined {
  return useLiveQuery(async () => {
    const { cases, sessions, consents } = getRepositories();
    const [caseList, sessionList] = await Promise.all([cases.list(), sessions.all()]);
    const perCase = await Promise.all(caseList.map((c) => consents.forCase(c.id)));
    return statisticsInputFromDomain({
      cases: caseList,
      sessions: sessionList,
      consents: perCase.flatMap((p) => p.consents),
      revocations: perCase.flatMap((p) => p.revocations),
    });
  }, []);
}
