import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseMatchesQuery,
  followUpDueOn,
  matchesStateFilter,
  type CaseStateFilter,
} from '../../domain';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useCaseList } from '../../storage/hooks/useCases';
import { nationalityLabel } from '../../ui/nationalityLabel';
import { SelectField } from '../../ui/SelectField';
import { ConflictNotice } from '../sync/ConflictNotice';
import { CaseListItem } from './CaseListItem';
import { CaseListPager, PAGE_SIZE } from './CaseListPager';

const FILTERS = ['open', 'followUpsDue', 'unsynced'] as const;
type Filter = (typeof FILTERS)[number];
const STATES: readonly CaseStateFilter[] = ['all', 'open', 'closed'];
const STATE_LABELS = { all: 'all', open: 'openCases', closed: 'closedCases' } as const;

/**
 * Start screen: every case on this device (from the case index, decrypted in memory),
 * searchable and filterable. Shows PAGE_SIZE rows at a time: rendering thousands of rows at
 * once took seconds on a tablet; search and filters always cover every case.
 */
export function CasesPage() {
  const { t, i18n } = useTranslation('cases');
  const entries = useCaseList();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ReadonlySet<Filter>>(new Set());
  const [caseState, setCaseState] = useState<CaseStateFilter>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const deferredQuery = useDeferredValue(query);
  const today = todayIso();

  const label = useMemo(() => {
    const names = { stateless: t('nationality.stateless'), unknown: t('nationality.unknown') };
    return (code: string) => nationalityLabel(code, i18n.language, names);
  }, [t, i18n.language]);
  const visible = useMemo(
    () =>
      (entries ?? []).filter(
        ({ digest, unsynced }) =>
          caseMatchesQuery(digest, deferredQuery, label) &&
          matchesStateFilter(digest, caseState) &&
          (!filters.has('open') || digest.openSessions > 0) &&
          (!filters.has('followUpsDue') || followUpDueOn(digest, today)) &&
          (!filters.has('unsynced') || unsynced),
      ),
    [entries, deferredQuery, label, filters, caseState, today],
  );
  const shown = visible.slice(0, limit);

  return (
    <div className="stack">
      <div className="page-head">
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <AppLink href={routes.newCase} className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('list.new')}</span>
        </AppLink>
      </div>
      <ConflictNotice />
      {entries?.length === 0 ? (
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
                  setLimit(PAGE_SIZE);
                }}
              />
            </div>
            <SelectField
              id="case-state"
              label={t('list.stateFilter.state')}
              value={caseState}
              onChange={(e) => {
                setCaseState(e.target.value as CaseStateFilter);
                setLimit(PAGE_SIZE);
              }}
            >
              {STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`list.stateFilter.${STATE_LABELS[state]}`)}
                </option>
              ))}
            </SelectField>
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
                      setLimit(PAGE_SIZE);
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
            {entries === undefined
              ? t('list.loading')
              : shown.length < visible.length
                ? t('list.countShown', { count: visible.length, shown: shown.length })
                : t('list.count', { count: visible.length })}
          </p>
          <CaseListPager
            total={visible.length}
            shown={shown.length}
            onMore={() => {
              setLimit(limit + PAGE_SIZE);
            }}
          >
            {shown.map((entry) => (
              <CaseListItem
                key={entry.digest.id}
                entry={entry}
                nationality={
                  entry.digest.facts.nationality ? label(entry.digest.facts.nationality) : ''
                }
                followUpDue={followUpDueOn(entry.digest, today)}
              />
            ))}
          </CaseListPager>
        </>
      )}
    </div>
  );
}
