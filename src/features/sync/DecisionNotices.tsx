import { useTranslation } from 'react-i18next';
import { useSync } from '../../app/sync/SyncProvider';
import { runtimeT } from '../../i18n/runtimeKeys';
import { acknowledgeDecision, useConflictsDecidedByOthers } from '../../storage/hooks/useConflicts';
import { Alert } from '../../ui/Alert';
import { fieldLabel, useConflictCaseName } from './conflictLabels';

/**
 * Tells a counsellor when someone else decided a conflict against their entry: their saved
 * value was replaced by the other version, or their change was not taken. Shown until read.
 */
export function DecisionNotices() {
  const { t, i18n } = useTranslation(['sync', 'cases', 'script']);
  const me = useSync().account?.userId;
  const decided = useConflictsDecidedByOthers(me);
  const caseName = useConflictCaseName(decided);
  if (!decided || decided.length === 0) return null;
  const day = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        )
      : '';
  return (
    <ul className="stack decision-notices">
      {decided.map((c) => (
        <li key={c.id}>
          <Alert tone="info" title={t('conflicts.decided.title')}>
            <p className="kern-body">
              {t(
                c.resolution === 'client'
                  ? 'conflicts.decided.replaced'
                  : 'conflicts.decided.notTaken',
                {
                  case: caseName(c),
                  field: fieldLabel(c, runtimeT(t)),
                  name: c.resolvedByName ?? t('conflicts.decided.someone'),
                  when: day(c.resolvedAt),
                },
              )}
            </p>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => void acknowledgeDecision(c.id)}
            >
              <span className="kern-label">{t('conflicts.decided.read')}</span>
            </button>
          </Alert>
        </li>
      ))}
    </ul>
  );
}
