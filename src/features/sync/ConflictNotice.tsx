import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useOpenConflicts } from '../../storage/hooks/useConflicts';
import { Alert } from '../../ui/Alert';

/** A pointer to the conflicts page while any are open; nothing otherwise. */
export function ConflictNotice() {
  const { t } = useTranslation('sync');
  const count = useOpenConflicts()?.length ?? 0;
  if (count === 0) return null;
  return (
    <Alert tone="warning" title={t('conflicts.badge', { count })}>
      <AppLink href={routes.conflicts} className="kern-link">
        {t('conflicts.open')}
      </AppLink>
    </Alert>
  );
}
