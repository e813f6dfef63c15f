import { useLiveQuery } from 'dexie-react-hooks';
import type { Partner } from '../../protocol';
import { getRepositories } from '../appStorage';
import type { StoredIncomingReferral, StoredReferral } from '../referrals/referralRepository';

/** Referrals sent for a case, newest first, live; undefined while loading. */
export function useCaseReferrals(caseId: string): readonly StoredReferral[] | undefined {
  return useLiveQuery(() => getRepositories().referrals.forCase(caseId), [caseId]);
}

/** One sent referral; null when it is not on this device, undefined while loading. */
export function useReferral(id: string): StoredReferral | null | undefined {
  return useLiveQuery(async () => (await getRepositories().referrals.get(id)) ?? null, [id]);
}

/** Referrals received from other organisations, newest first, live. */
export function useIncomingReferrals(): readonly StoredIncomingReferral[] | undefined {
  return useLiveQuery(() => getRepositories().referrals.incoming(), []);
}

/** One received referral; null when withdrawn or unknown, undefined while loading. */
export function useIncomingReferral(id: string): StoredIncomingReferral | null | undefined {
  return useLiveQuery(
    async () => (await getRepositories().referrals.getIncoming(id)) ?? null,
    [id],
  );
}

/** Partner organisations known from the last sync; undefined while loading. */
export function usePartners(): readonly Partner[] | undefined {
  return useLiveQuery(() => getRepositories().referrals.partners(), []);
}

/** Sending, withdrawing and answering referrals. */
export function useReferralActions() {
  return getRepositories().referrals;
}
