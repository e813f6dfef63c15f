import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../app/today';
import { useFollowUpList } from '../../storage/hooks/useFollowUpList';
import { FollowUpItem } from './FollowUpItem';
import { groupFollowUps } from './groupFollowUps';
import './followUps.css';

/** Open agreed actions and next appointments across all cases, grouped by urgency. */
export function FollowUpsPage() {
  const { t } = useTranslation('documents');
  // From the follow-up index: one sealed digest per case, not every record decrypted.
  const list = useFollowUpList(todayIso());
  const followUps = list?.followUps;
  const groups = useMemo(() => groupFollowUps(followUps ?? []), [followUps]);
  // An acknowledged reminder leaves the list: the focus goes to the count instead of the page.
  const status = useRef<HTMLParagraphElement>(null);

  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('followUps.title')}</h1>
      <p className="kern-body">{t('followUps.intro')}</p>
      <p className="kern-body" role="status" ref={status} tabIndex={-1}>
        {list === undefined
          ? t('followUps.loading')
          : t('followUps.summary', { count: list.followUps.length })}
      </p>
      {list !== undefined && groups.length === 0 && (
        <section className="empty-state stack" aria-labelledby="follow-ups-empty">
          <h2 id="follow-ups-empty" className="kern-heading-medium">
            {t('followUps.empty.title')}
          </h2>
          <p className="kern-body">{t('followUps.empty.body')}</p>
        </section>
      )}
      {list !== undefined &&
        groups.map(({ urgency, items }) => (
          <section
            key={urgency}
            className="stack follow-up-group"
            aria-labelledby={`follow-ups-${urgency}`}
          >
            <h2 id={`follow-ups-${urgency}`} className="kern-heading-medium">
              {t('followUps.groupHeading', {
                label: t(`followUps.group.${urgency}`),
                count: items.length,
              })}
            </h2>
            <ul className="follow-up-list">
              {items.map((f) => (
                <FollowUpItem
                  key={`${f.sessionId}:${f.kind}:${f.actionId ?? ''}`}
                  followUp={f}
                  caseName={list.names.get(f.caseId)}
                  sessionDate={list.sessionDates.get(f.sessionId)}
                  onAcknowledged={() => {
                    status.current?.focus();
                  }}
                />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
