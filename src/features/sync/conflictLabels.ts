import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../protocol';
import { useCaseList } from '../../storage/hooks/useCases';
import { useCaseIdsOf } from '../../storage/hooks/useConflicts';
import type { RuntimeT as T } from '../../i18n/runtimeKeys';

/**
 * The name of the case each conflict belongs to (directly or through a conversation): the
 * record's case id from its plain column, the name from the case index (one small sealed
 * digest per case, as the start screen reads them) — never by decrypting every record.
 */
export function useConflictCaseName(
  conflicts: readonly Conflict[] | undefined,
): (conflict: Conflict) => string {
  const { t } = useTranslation('sync');
  const caseOf = useCaseIdsOf((conflicts ?? []).map((c) => c.entityId));
  const cases = useCaseList();
  const names = useMemo(
    () => new Map((cases ?? []).map((e) => [e.digest.id, e.digest.profile.displayName])),
    [cases],
  );
  return (conflict) => {
    const caseId = caseOf?.get(conflict.entityId);
    return (caseId && names.get(caseId)) || t('conflicts.unknownCase');
  };
}

/** A readable name for the field: profile fields and facts have labels; others a fallback. */
export function fieldLabel(conflict: Conflict, t: T): string {
  const field = conflict.field;
  if (field === null) return t('conflicts.wholeRecord');
  if (conflict.entity === 'case') {
    const profile = t(`fields.${field}`, { ns: 'cases', defaultValue: '' });
    if (profile) return profile;
    return t(`facts.${field}.label`, { ns: 'script', defaultValue: field });
  }
  return t(`conflicts.sessionFields.${field}`, { defaultValue: field });
}
