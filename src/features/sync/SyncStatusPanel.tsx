import { useTranslation } from 'react-i18next';
import { useSync, type SyncOutcome } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { accountPurpose, type AccountPurpose } from './accountRole';

/** The sync state in words: what is pending, when it last worked, what to do if not. */
export function SyncStatusPanel() {
  const { t, i18n } = useTranslation('sync');
  const { phase, outcome, lastSyncAt, pending, account, syncNow } = useSync();
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    // data-last-sync: the exact time of the last successful run (the text shows minutes), so
    // a browser test can wait for the run it started instead of an earlier one.
    <div className="stack" data-testid="sync-status" data-last-sync={lastSyncAt ?? ''}>
      <p className="kern-body" role="status">
        {phase === 'syncing'
          ? t('status.syncing')
          : pending
            ? t('status.pending', { count: pending })
            : // "All transferred" only after a transfer: before any, nothing is waiting.
              lastSyncAt
              ? t('status.allSynced')
              : t('status.nothingPending')}
      </p>
      <p className="kern-body">
        {lastSyncAt ? t('status.last', { time: time(lastSyncAt) }) : t('status.never')}
      </p>
      <OutcomeMessage outcome={outcome} purpose={accountPurpose(account)} />
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

function OutcomeMessage({
  outcome,
  purpose,
}: {
  outcome: SyncOutcome | undefined;
  purpose: AccountPurpose;
}) {
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
      // Say what the account is for: the statistics account manages nobody.
      return (
        <Alert
          tone="info"
          live="status"
          title={t(purpose === 'admin' ? 'status.noRecords' : 'status.noRecordsStatistics')}
        />
      );
    case 'password-change':
      return <Alert tone="warning" live="status" title={t('status.passwordChange')} />;
    case 'error':
      return <Alert tone="danger" live="alert" title={t('status.error', { code: outcome.code })} />;
  }
}
