import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncHttpError, type StatisticsClient } from '../../app/sync/SyncProvider';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { STATISTICS_NAMESPACES } from './labels';

type Props = {
  client: StatisticsClient;
  quarter: string;
  /** The quarter as the page shows it. */
  quarterLabel: string;
  onReleased: () => void;
};

/**
 * The office admin's "release this quarter": once confirmed, the server computes the quarter's
 * publication and freezes it for good (ARCHITECTURE.md, "Statistics across organisations").
 * Online only: offline or refused, nothing is released and the problem is shown.
 */
export function ReleasePanel({ client, quarter, quarterLabel, onReleased }: Props) {
  const { t } = useTranslation([...STATISTICS_NAMESPACES]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const opener = useRef<HTMLButtonElement>(null);

  const release = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await client.release(quarter);
      setConfirming(false);
      onReleased();
    } catch (error) {
      const offline = error instanceof SyncHttpError && error.offline;
      const code = error instanceof SyncHttpError ? error.code : 'unexpected';
      setProblem(
        offline ? t('statistics:status.offline') : t('statistics:office.release.failed', { code }),
      );
    } finally {
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <div className="row">
        <button
          ref={opener}
          type="button"
          className="kern-btn kern-btn--primary"
          onClick={() => {
            setConfirming(true);
          }}
        >
          <span className="kern-label">{t('statistics:office.release.action')}</span>
        </button>
      </div>
    );
  }
  return (
    <ConfirmPanel
      title={t('statistics:office.release.confirmTitle', { quarter: quarterLabel })}
      headingLevel={3}
      confirmLabel={t('statistics:office.release.confirm')}
      cancelLabel={t('statistics:office.release.cancel')}
      busyLabel={t('statistics:office.release.busy')}
      busy={busy}
      problem={problem}
      onConfirm={() => void release()}
      onCancel={() => {
        setProblem(undefined);
        setConfirming(false);
        requestAnimationFrame(() => opener.current?.focus());
      }}
    >
      <p className="kern-body">{t('statistics:office.release.confirmText')}</p>
    </ConfirmPanel>
  );
}
