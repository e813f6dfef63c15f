import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { Controller } from '../../domain';
import { getRepositories } from '../appStorage';
import { getDb } from '../db';
import type { StoredConsent, StoredRevocation } from '../consents/consentRepository';
import { preferencesRepository } from '../preferencesRepository';

export type CaseConsents = {
  readonly consents: readonly StoredConsent[];
  readonly revocations: readonly StoredRevocation[];
};

/** The consents and revocations of a case, live; undefined while loading. */
export function useCaseConsents(caseId: string): CaseConsents | undefined {
  return useLiveQuery(() => getRepositories().consents.forCase(caseId), [caseId]);
}

/**
 * One consent with everything recorded for its case (other versions, revocations);
 * `null` when it does not exist on this device, undefined while loading.
 */
export function useConsentDetail(
  id: string,
): (CaseConsents & { consent: StoredConsent }) | null | undefined {
  return useLiveQuery(async () => {
    // The case id is plain in the row: read it first, then everything of the case at once.
    const row = await getDb().consents.get(id);
    if (!row) return null;
    const all = await getRepositories().consents.forCase(row.caseId);
    const consent = all.consents.find((c) => c.id === id);
    return consent ? { ...all, consent } : null;
  }, [id]);
}

/** Signing and revoking (the only writes; a signed consent is never edited). */
export function useConsentActions() {
  return getRepositories().consents;
}

/** The organisation's details for consent forms; null when not set, undefined while loading. */
export function useConsentController() {
  const repo = useMemo(() => preferencesRepository(getDb()), []);
  const found = useLiveQuery(
    async () => (await repo.getConsentControllerWithSource()) ?? null,
    [repo],
  );
  const save = useCallback(
    (next: Controller) => repo.saveConsentController(next, new Date()),
    [repo],
  );
  return {
    value: found === undefined ? undefined : (found?.controller ?? null),
    /** 'organisation': entered by the administrator for every device; 'device': typed here. */
    source: found?.source,
    save,
  };
}
