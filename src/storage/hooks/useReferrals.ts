import { useLiveQuery } from 'dexie-react-hooks';
import type { Partner } from '../../protocol';
import { getRepositories, getVault } from '../appStorage';
import { useVault } from './useVault';
import { withdrawnNotices, type WithdrawnIncomingNotice } from '../referrals/withdrawnNotices';
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

/** How many received referrals nobody has answered yet (the navigation shows the number). */
export function useOpenIncomingCount(): number {
  const { state } = useVault();
  return (
    useLiveQuery(async () => {
      // The header shows it on every screen, the locked ones too: then there is no number.
      if (!getVault().isUnlocked) return 0;
      return (await getRepositories().referrals.incoming()).filter((r) => r.status === 'open')
        .length;
    }, [state]) ?? 0
  );
}

/** Received referrals withdrawn since (see withdrawnNotices), until the counsellor read them. */
export function useWithdrawnIncoming(): readonly WithdrawnIncomingNotice[] | undefined {
  return useLiveQuery(() => withdrawnNotices(getVault().db).list(), []);
}

/** The counsellor has read that a received referral was withdrawn. */
export function dismissWithdrawnIncoming(id: string): Promise<void> {
  return withdrawnNotices(getVault().db).dismiss(id);
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
