import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { useSync } from '../../app/sync/SyncProvider';

/**
 * Sync state at a glance in the header, for signed-in counsellors: syncing, everything
 * sent, or how many changes wait. It links to the full status (and the reason) in Settings.
 */
export function SyncBadge() {
  const { t } = useTranslation('sync');
  const { account, phase, pending, outcome } = useSync();
  if (!account || outcome?.kind === 'no-records') return null;
  const waiting = pending ?? 0;
  const problem = outcome !== undefined && outcome.kind !== 'done';
  const tone = phase === 'syncing' ? 'info' : waiting > 0 || problem ? 'warning' : 'success';
  return (
    <AppLink href={routes.settings} className={`kern-badge kern-badge--${tone} sync-badge`}>
      {phase === 'syncing'
        ? t('status.syncing')
        : waiting > 0
          ? t('status.badgePending', { count: waiting })
          : problem
            ? t('status.badgeProblem')
            : t('status.badgeSynced')}
    </AppLink>
  );
}
