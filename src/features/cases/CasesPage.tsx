import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseMatchesQuery } from '../../domain';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useCaseOverviews, useFollowUpsOf } from '../../storage/hooks/useCases';
import { nationalityLabel } from '../../ui/nationalityLabel';
import { ConflictNotice } from '../sync/ConflictNotice';
import { CaseListItem } from './CaseListItem';

const FILTERS = ['open', 'followUpsDue', 'unsynced'] as const;
type Filter = (typeof FILTERS)[number];

/** Start screen: every case on this device, searchable and filterable, decrypted in memory. */
export function CasesPage() {
  const { t, i18n } = useTranslation('cases');
  const overviews = useCaseOverviews();
  const followUps = useFollowUpsOf(overviews, todayIso());
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ReadonlySet<Filter>>(new Set());
  const deferredQuery = useDeferredValue(query);

  const dueCases = useMemo(
    () =>
      new Set(
        (followUps ?? [])
          .filter((f) => f.urgency === 'overdue' || f.urgency === 'today')
          .map((f) => f.caseId),
      ),
    [followUps],
  );
  const label = (code: string) =>
    nationalityLabel(code, i18n.language, {
      stateless: t('nationality.stateless'),
      unknown: t('nationality.unknown'),
    });
  const visible = (overviews ?? []).filter(
    (o) =>
      caseMatchesQuery(o.record, deferredQuery, label) &&
      (!filters.has('open') || o.openSessions > 0) &&
      (!filters.has('followUpsDue') || dueCases.has(o.record.id)) &&
      (!filters.has('unsynced') || o.unsynced),
  );

  return (
    <div className="stack">
      <div className="page-head">
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <AppLink href={routes.newCase} className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('list.new')}</span>
        </AppLink>
      </div>
      <ConflictNotice />
      {overviews?.length === 0 ? (
        <section className="empty-state stack" aria-labelledby="empty-title">
          <h2 id="empty-title" className="kern-heading-medium">
            {t('list.emptyTitle')}
          </h2>
          <p className="kern-body">{t('list.empty')}</p>
        </section>
      ) : (
        <>
          <div role="search" className="stack">
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="case-search">
                {t('list.search')}
              </label>
              <div className="kern-hint" id="case-search-hint">
                {t('list.searchHint')}
              </div>
              <input
                id="case-search"
                type="search"
                className="kern-form-input__input"
                aria-describedby="case-search-hint"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value);
                }}
              />
            </div>
            <fieldset className="kern-fieldset filter-row">
              <legend className="kern-label">{t('list.filter')}</legend>
              {FILTERS.map((f) => (
                <div className="kern-form-check" key={f}>
                  <input
                    id={`filter-${f}`}
                    type="checkbox"
                    className="kern-form-check__checkbox"
                    checked={filters.has(f)}
                    onChange={(e) => {
                      const next = new Set(filters);
                      if (e.target.checked) next.add(f);
                      else next.delete(f);
                      setFilters(next);
                    }}
                  />
                  <label className="kern-label" htmlFor={`filter-${f}`}>
                    {t(`list.filters.${f}`)}
                  </label>
                </div>
              ))}
            </fieldset>
          </div>
          <p className="kern-body" role="status">
            {overviews === undefined
              ? t('list.loading')
              : t('list.count', { count: visible.length })}
          </p>
          <ul className="case-list">
            {visible.map((o) => (
              <CaseListItem
                key={o.record.id}
                overview={o}
                nationality={o.record.facts.nationality ? label(o.record.facts.nationality) : ''}
                followUpDue={dueCases.has(o.record.id)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
