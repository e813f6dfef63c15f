import {
  removeRepresentative,
  upsertRepresentative,
  type IsoDate,
  type Representative,
  type RepresentativeNotice,
} from '../../../domain';
import { useRecordActions } from '../../../storage/hooks/useCases';

type Cases = ReturnType<typeof useRecordActions>['cases'];

/**
 * Representatives and notices are fields of the case profile: each change is one encrypted
 * case update (works offline, queued for sync). The list is read fresh before each write so
 * a change made meanwhile (other tab, sync) is not overwritten with a stale copy.
 */
export function representativeActions(cases: Cases) {
  const current = async (caseId: string) => {
    const record = await cases.get(caseId);
    if (!record) throw new Error(`Case ${caseId} not found`);
    return record.profile;
  };
  return {
    async save(caseId: string, representative: Representative): Promise<void> {
      const { representatives } = await current(caseId);
      await cases.updateProfile(caseId, {
        representatives: upsertRepresentative(representatives, representative),
      });
    },

    async remove(caseId: string, representativeId: string): Promise<void> {
      const { representatives } = await current(caseId);
      await cases.updateProfile(caseId, {
        representatives: removeRepresentative(representatives, representativeId),
      });
    },

    /** Records that `representativeIds` were informed of a conversation or one of its steps. */
    async acknowledge(
      caseId: string,
      about: { sessionId: string; actionId?: string | undefined },
      representativeIds: readonly string[],
      informedOn: IsoDate,
    ): Promise<void> {
      const { representativeNotices } = await current(caseId);
      const added: RepresentativeNotice[] = representativeIds.map((representativeId) => ({
        sessionId: about.sessionId,
        ...(about.actionId !== undefined ? { actionId: about.actionId } : {}),
        representativeId,
        informedOn,
      }));
      await cases.updateProfile(caseId, {
        representativeNotices: [...(representativeNotices ?? []), ...added],
      });
    },
  };
}

export function useRepresentativeActions() {
  return representativeActions(useRecordActions().cases);
}
