import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../protocol';
import { useCaseOverviews } from '../../storage/hooks/useCases';
import type { RuntimeT as T } from '../../i18n/runtimeKeys';

/** The name of the case a conflict belongs to (directly or through a conversation). */
export function useConflictCaseName(): (conflict: Conflict) => string {
  const { t } = useTranslation('sync');
  const overviews = useCaseOverviews();
  return (conflict) => {
    const match = overviews?.find(
      (o) =>
        o.record.id === conflict.entityId || o.sessions.some((s) => s.id === conflict.entityId),
    );
    return match?.record.profile.displayName ?? t('conflicts.unknownCase');
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
