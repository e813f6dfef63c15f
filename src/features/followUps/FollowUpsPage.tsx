import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../app/today';
import { useCaseOverviews, useFollowUps } from '../../storage/hooks/useCases';
import { FollowUpItem } from './FollowUpItem';
import { groupFollowUps } from './groupFollowUps';
import './followUps.css';

/** Open agreed actions and next appointments across all cases, grouped by urgency. */
export function FollowUpsPage() {
  const { t } = useTranslation('documents');
  const followUps = useFollowUps(todayIso());
  const overviews = useCaseOverviews();

  const lookup = useMemo(() => {
    const names = new Map<string, string>();
    const sessionDates = new Map<string, string>();
    for (const o of overviews ?? []) {
      names.set(o.record.id, o.record.profile.displayName);
      for (const s of o.sessions) sessionDates.set(s.id, s.asOf);
    }
    return { names, sessionDates };
  }, [overviews]);
  const groups = useMemo(() => groupFollowUps(followUps ?? []), [followUps]);
  const loading = followUps === undefined || overviews === undefined;
  // An acknowledged reminder leaves the list: the focus goes to the count instead of the page.
  const status = useRef<HTMLParagraphElement>(null);

  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('followUps.title')}</h1>
      <p className="kern-body">{t('followUps.intro')}</p>
      <p className="kern-body" role="status" ref={status} tabIndex={-1}>
        {loading ? t('followUps.loading') : t('followUps.summary', { count: followUps.length })}
      </p>
      {!loading && groups.length === 0 && (
        <section className="empty-state stack" aria-labelledby="follow-ups-empty">
          <h2 id="follow-ups-empty" className="kern-heading-medium">
            {t('followUps.empty.title')}
          </h2>
          <p className="kern-body">{t('followUps.empty.body')}</p>
        </section>
      )}
      {!loading &&
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
                  caseName={lookup.names.get(f.caseId)}
                  sessionDate={lookup.sessionDates.get(f.sessionId)}
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
