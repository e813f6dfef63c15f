import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../protocol';
import { resolveConflict, useOpenConflicts } from '../../storage/hooks/useConflicts';
import { Alert } from '../../ui/Alert';
import { ConflictValue } from './ConflictValue';
import { runtimeT } from '../../i18n/runtimeKeys';
import { useSync } from '../../app/sync/SyncProvider';
import { fieldLabel, useConflictCaseName } from './conflictLabels';
import { DecisionNotices } from './DecisionNotices';

/**
 * Changes that collided: two devices edited the same field from the same starting point.
 * The server kept one value; the counsellor decides here which one stays. Nothing is lost
 * until then: both values are shown, with who changed and when.
 */
export function ConflictsPage() {
  const { t } = useTranslation('sync');
  const conflicts = useOpenConflicts();
  const caseName = useConflictCaseName(conflicts);
  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('conflicts.title')}</h1>
      <p className="kern-body">{t('conflicts.intro')}</p>
      <DecisionNotices />
      {conflicts === undefined ? (
        <p className="kern-body" role="status">
          {t('conflicts.loading')}
        </p>
      ) : conflicts.length === 0 ? (
        <Alert tone="success" title={t('conflicts.none')} live="status" />
      ) : (
        <ol className="stack conflict-list">
          {conflicts.map((conflict) => (
            <li key={conflict.id}>
              <ConflictItem conflict={conflict} caseName={caseName(conflict)} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ConflictItem({ conflict, caseName }: { conflict: Conflict; caseName: string }) {
  const { t, i18n } = useTranslation(['sync', 'cases', 'script']);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const me = useSync().account?.userId;
  const headingId = `conflict-${conflict.id}`;
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(conflict.createdAt));
  const decide = (choice: 'server' | 'mine') => {
    setBusy(true);
    setFailed(false);
    resolveConflict(conflict, choice).catch(() => {
      setFailed(true);
      setBusy(false);
    });
  };
  return (
    <section className="kern-card conflict" aria-labelledby={headingId}>
      <div className="kern-card__body stack">
        <h2 className="kern-heading-small" id={headingId}>
          {t(conflict.entity === 'case' ? 'conflicts.caseField' : 'conflicts.sessionField', {
            name: caseName,
            field: fieldLabel(conflict, runtimeT(t)),
          })}
        </h2>
        {conflict.kind === 'delete' && <p className="kern-body">{t('conflicts.deleteKind')}</p>}
        <dl className="definition-list">
          <dt>
            {conflict.serverBy && conflict.serverBy === me
              ? t('conflicts.keptMine')
              : conflict.serverByName
                ? t('conflicts.keptBy', { name: conflict.serverByName })
                : t('conflicts.kept')}
          </dt>
          <dd>
            <ConflictValue conflict={conflict} value={conflict.serverValue} />
          </dd>
          <dt>
            {conflict.createdBy === me
              ? t('conflicts.otherMine', { when })
              : t('conflicts.other', { name: conflict.createdByName, when })}
          </dt>
          <dd>
            <ConflictValue conflict={conflict} value={conflict.clientValue} />
          </dd>
        </dl>
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            aria-describedby={headingId}
            disabled={busy}
            onClick={() => {
              decide('server');
            }}
          >
            <span className="kern-label">{t('conflicts.keep')}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            aria-describedby={headingId}
            disabled={busy || conflict.kind === 'delete'}
            onClick={() => {
              decide('mine');
            }}
          >
            <span className="kern-label">
              {conflict.createdBy === me
                ? t('conflicts.takeMine')
                : t('conflicts.takeOtherBy', { name: conflict.createdByName })}
            </span>
          </button>
        </div>
        {failed && <Alert tone="danger" live="alert" title={t('conflicts.failed')} />}
      </div>
    </section>
  );
}
