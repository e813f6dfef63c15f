import { useTranslation } from 'react-i18next';
import { useSync, type SyncOutcome } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';

/** The sync state in words: what is pending, when it last worked, what to do if not. */
export function SyncStatusPanel() {
  const { t, i18n } = useTranslation('sync');
  const { phase, outcome, lastSyncAt, pending, account, syncNow } = useSync();
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <div className="stack" data-testid="sync-status">
      <p className="kern-body" role="status">
        {phase === 'syncing'
          ? t('status.syncing')
          : pending
            ? t('status.pending', { count: pending })
            : t('status.allSynced')}
      </p>
      <p className="kern-body">
        {lastSyncAt ? t('status.last', { time: time(lastSyncAt) }) : t('status.never')}
      </p>
      <OutcomeMessage outcome={outcome} />
      {account && (
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={phase === 'syncing'}
            onClick={syncNow}
          >
            <span className="kern-label">{t('status.syncNow')}</span>
          </button>
        </div>
      )}
    </div>
  );
}

function OutcomeMessage({ outcome }: { outcome: SyncOutcome | undefined }) {
  const { t } = useTranslation('sync');
  switch (outcome?.kind) {
    case undefined:
    case 'revoked':
      return null;
    case 'done':
      return outcome.skipped > 0 ? (
        <Alert
          tone="warning"
          live="status"
          title={t('status.skipped', { count: outcome.skipped })}
        />
      ) : null;
    case 'offline':
      return <Alert tone="info" live="status" title={t('status.offline')} />;
    case 'signed-out':
      return <Alert tone="info" live="status" title={t('status.signedOut')} />;
    case 'no-records':
      return <Alert tone="info" live="status" title={t('status.noRecords')} />;
    case 'password-change':
      return <Alert tone="warning" live="status" title={t('status.passwordChange')} />;
    case 'error':
      return <Alert tone="danger" live="alert" title={t('status.error', { code: outcome.code })} />;
  }
}
