import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyClient } from '../../app/sync/SyncProvider';
import type { RetentionState } from '../../protocol';
import { Alert } from '../../ui/Alert';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { DeletionCounts, ReferenceList } from './DeletionCounts';
import { privacyProblem } from './problem';

type Props = { client: PrivacyClient; due: RetentionState['due']; onChanged: () => void };

/**
 * What the rules made due while the organisation confirms first: counts and the references
 * it lets administrators see, and the confirmation. The confirmation carries the list's
 * token; if the list changed meanwhile the server deletes nothing (409 `due_changed`).
 */
export function DueDeletions({ client, due, onChanged }: Props) {
  const { t } = useTranslation('privacy');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number>();
  const [problem, setProblem] = useState<{ key: string; code: string }>();

  const confirm = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await client.confirmDue(due.token);
      setDone(result.targets);
      setConfirming(false);
      onChanged();
    } catch (error) {
      setProblem(privacyProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <p className="kern-body">{t('due.intro')}</p>
      {due.targets === 0 ? (
        <p className="kern-body">{t('due.none')}</p>
      ) : (
        <>
          <p className="kern-body">{t('due.targets', { count: due.targets })}</p>
          <DeletionCounts counts={due.counts} />
          <ReferenceList label={t('rules.references')} references={due.references} />
          {confirming ? (
            <ConfirmPanel
              headingLevel={3}
              title={t('due.confirmTitle')}
              confirmLabel={t('due.delete')}
              cancelLabel={t('due.cancel')}
              busyLabel={t('due.working')}
              busy={busy}
              problem={problem ? t(problem.key, { code: problem.code }) : undefined}
              onConfirm={() => void confirm()}
              onCancel={() => {
                setConfirming(false);
              }}
            >
              <p className="kern-body">{t('due.confirmBody')}</p>
            </ConfirmPanel>
          ) : (
            <div className="row">
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                onClick={() => {
                  setDone(undefined);
                  setConfirming(true);
                }}
              >
                <span className="kern-label">{t('due.confirm')}</span>
              </button>
            </div>
          )}
        </>
      )}
      {done !== undefined && (
        <Alert tone="success" live="status" title={t('due.done', { count: done })} />
      )}
    </div>
  );
}
