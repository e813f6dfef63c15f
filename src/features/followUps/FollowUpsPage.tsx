import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../app/today';
import { useFollowUpList } from '../../storage/hooks/useFollowUpList';
import { FollowUpItem } from './FollowUpItem';
import { URGENCIES } from './followUpDisplay';
import './followUps.css';

/** Entries shown at first and added per "show more" (as the case list's pages). */
export const FOLLOW_UP_PAGE = 50;

/**
 * Open agreed actions and next appointments across all cases, grouped by urgency, most
 * urgent first. Shows FOLLOW_UP_PAGE entries at a time: a device with thousands of
 * conversations can have tens of thousands of open entries, and rendering them all took
 * seconds. The group headings count every entry of the group.
 */
export function FollowUpsPage() {
  const { t } = useTranslation('documents');
  const [limit, setLimit] = useState(FOLLOW_UP_PAGE);
  // From the follow-up index: the order of every entry, the texts of those shown. One page
  // more than shown is read ahead, so "show more" shows it at once and can move the focus.
  const list = useFollowUpList(todayIso(), limit + FOLLOW_UP_PAGE);
  const groups = useMemo(() => {
    const visible = (list?.followUps ?? []).slice(0, limit);
    return URGENCIES.map((urgency) => ({
      urgency,
      count: list?.counts[urgency] ?? 0,
      items: visible.filter((f) => f.urgency === urgency),
    }));
  }, [list, limit]);
  const hidden = Math.max(0, (list?.total ?? 0) - limit);
  const next = Math.min(FOLLOW_UP_PAGE, hidden);
  const page = useRef<HTMLDivElement>(null);
  // An acknowledged reminder leaves the list: the focus goes to the count instead of the page.
  const status = useRef<HTMLParagraphElement>(null);

  return (
    <div className="stack" ref={page}>
      <h1 className="kern-heading-large">{t('followUps.title')}</h1>
      <p className="kern-body">{t('followUps.intro')}</p>
      <p className="kern-body" role="status" ref={status} tabIndex={-1}>
        {list === undefined
          ? t('followUps.loading')
          : t('followUps.summary', { count: list.total })}
      </p>
      {list !== undefined && list.total === 0 && (
        <section className="empty-state stack" aria-labelledby="follow-ups-empty">
          <h2 id="follow-ups-empty" className="kern-heading-medium">
            {t('followUps.empty.title')}
          </h2>
          <p className="kern-body">{t('followUps.empty.body')}</p>
        </section>
      )}
      {list !== undefined &&
        groups
          .filter(({ items }) => items.length > 0)
          .map(({ urgency, count, items }) => (
            <section
              key={urgency}
              className="stack follow-up-group"
              aria-labelledby={`follow-ups-${urgency}`}
            >
              <h2 id={`follow-ups-${urgency}`} className="kern-heading-medium">
                {t('followUps.groupHeading', {
                  label: t(`followUps.group.${urgency}`),
                  count,
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
      {next > 0 && (
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            // As on the case list: the new entries are in the DOM when flushSync returns, and
            // focus moves to the first of them (WCAG 2.4.3), not back to the top.
            const shown = limit;
            flushSync(() => {
              setLimit(shown + FOLLOW_UP_PAGE);
            });
            const first = page.current?.querySelectorAll<HTMLElement>(
              '.follow-up .follow-up__case',
            )[shown];
            first?.focus();
          }}
        >
          <span className="kern-label">{t('followUps.more', { count: next })}</span>
        </button>
      )}
    </div>
  );
}
