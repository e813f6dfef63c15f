import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addQuarters, compareQuarters, quarterOf, quartersBetween } from '../../domain';
import type { Publication, StatisticsResponse } from '../../protocol';
import { useSync, type StatisticsClient } from '../../app/sync/SyncProvider';
import { todayIso } from '../../app/today';
import { SelectField } from '../../ui/SelectField';
import { EuReturnsSection } from './EuReturnsSection';
import { ExportPanel } from './ExportPanel';
import { StatisticsStatus } from './StatisticsStatus';
import { IndicatorSection } from './IndicatorSection';
import { STATISTICS_NAMESPACES, useStatisticsLabels } from './labels';
import { ReleasePanel } from './ReleasePanel';
import { usePublication, useReleases } from './usePublication';
import './statistics.css';

/** Quarters offered in the period filter: the current one and the eleven before it (only
 * ended quarters can be released; the current one is offered to say when it can be). */
const OFFERED = 12;
const ALL = 'all';

/** One view of the publication in the format the tables and the CSV export read. */
function asResponse(data: Publication, tables: Publication['combined']): StatisticsResponse {
  return {
    granularity: 'quarter',
    threshold: data.threshold,
    columns: data.columns,
    skippedRecords: 0,
    indicators: data.indicators,
    buckets: [{ period: data.quarter, tables }],
  };
}

/**
 * The statistics office's dashboard: one quarter of the Land-wide (or county-wide) figures over
 * every contributing organisation, or one organisation's own figures, as suppressed across
 * sources by the server — never a sum over a subset. Charts with tables, definitions beside
 * them, CSV export, and the mapping to the EU returns statistics. Released quarters only: the
 * office's admin releases an ended quarter here, after which it never changes.
 */
export function OfficeStatisticsPage({ client }: { client: StatisticsClient }) {
  const { t } = useTranslation([...STATISTICS_NAMESPACES]);
  const labels = useStatisticsLabels();
  const current = quarterOf(todayIso()) ?? '2026-Q1';
  const offered = quartersBetween(addQuarters(current, 1 - OFFERED), current).reverse();
  const { account } = useSync();
  const isAdmin = account?.roles.includes('admin') === true;
  // The current quarter cannot be released yet: start with the one before it.
  const [draft, setDraft] = useState(addQuarters(current, -1));
  const [quarter, setQuarter] = useState(addQuarters(current, -1));
  // Keys name an organisation within one quarter's publication only: reset with the quarter.
  const [shown, setShown] = useState({ quarter, organisation: ALL });
  const organisation = shown.quarter === quarter ? shown.organisation : ALL;
  const releases = useReleases(client);
  const release = releases.data?.releases.find((r) => r.quarter === quarter);
  const { data, at, loading, problem, reload } = usePublication(client, quarter, !!release);
  const [justReleased, setJustReleased] = useState<string | undefined>(undefined);
  const ended = compareQuarters(quarter, current) < 0;
  const isReleased = (q: string) => releases.data?.releases.some((r) => r.quarter === q) === true;

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuarter(draft);
  };
  const chosen = data?.organisations.find((o) => o.key === organisation);
  const tables = chosen
    ? data?.byOrganisation.find((o) => o.key === chosen.key)?.tables
    : data?.combined;
  const view = data && tables ? asResponse(data, tables) : undefined;
  const sourceText = chosen ? chosen.name : t('statistics:office.allOrganisations');

  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('statistics:office.title')}</h1>
      <p className="kern-body">{t('statistics:office.intro')}</p>
      <p className="kern-body">{t('statistics:privacy', { below: (data?.threshold ?? 5) - 1 })}</p>

      <form className="stack" noValidate onSubmit={onSubmit}>
        <div className="stats-filter">
          <SelectField
            label={t('statistics:office.quarter')}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
          >
            {offered.map((q) => (
              <option key={q} value={q}>
                {isReleased(q)
                  ? t('statistics:office.releasedOption', { quarter: labels.period(q) })
                  : labels.period(q)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="row">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('statistics:filter.show')}</span>
          </button>
        </div>
      </form>

      <StatisticsStatus
        loading={releases.loading}
        problem={releases.problem}
        reload={releases.reload}
      />
      {releases.data && !release && (
        <section className="stack" aria-labelledby="office-release">
          <h2 id="office-release" className="kern-heading-medium">
            {t('statistics:office.release.notReleased', { quarter: labels.period(quarter) })}
          </h2>
          <p className="kern-body">{t('statistics:office.release.why')}</p>
          {!ended && (
            <p className="kern-body">
              {t('statistics:office.release.notEnded', { quarter: labels.period(quarter) })}
            </p>
          )}
          {ended && !isAdmin && (
            <p className="kern-body">{t('statistics:office.release.askAdmin')}</p>
          )}
          {ended && isAdmin && (
            <ReleasePanel
              key={quarter}
              client={client}
              quarter={quarter}
              quarterLabel={labels.period(quarter)}
              onReleased={() => {
                setJustReleased(quarter);
                releases.reload();
              }}
            />
          )}
        </section>
      )}
      <div aria-live="polite">
        {release && justReleased === quarter && (
          <p className="kern-body">
            {t('statistics:office.release.done', { quarter: labels.period(quarter) })}
          </p>
        )}
      </div>
      {release && (
        <StatisticsStatus loading={loading} problem={problem} reload={reload}>
          {data && at && (
            <p className="kern-hint">
              {t('statistics:office.status', {
                quarter: labels.period(data.quarter),
                count: data.organisations.length,
                threshold: data.threshold,
                version: data.catalogueVersion,
                time: new Date(release.releasedAt).toLocaleString(),
              })}
            </p>
          )}
        </StatisticsStatus>
      )}

      {release && data && !loading && data.organisations.length === 0 && (
        <p className="kern-body">{t('statistics:office.none')}</p>
      )}
      {data && !loading && data.organisations.length > 0 && (
        <section className="stack" aria-labelledby="office-sources">
          <h2 id="office-sources" className="kern-heading-medium">
            {t('statistics:office.sources')}
          </h2>
          <ul className="kern-body stats-sources">
            {data.organisations.map((o) => (
              <li key={o.key}>
                {o.name} — {t(`statistics:office.source.${o.source}`)}
              </li>
            ))}
          </ul>
          <SelectField
            label={t('statistics:office.organisation')}
            hint={t('statistics:office.organisationHint')}
            value={organisation}
            onChange={(e) => {
              setShown({ quarter, organisation: e.target.value });
            }}
          >
            <option value={ALL}>{t('statistics:office.allOrganisations')}</option>
            {data.organisations.map((o) => (
              <option key={o.key} value={o.key}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </section>
      )}

      {view &&
        !loading &&
        data &&
        data.organisations.length > 0 &&
        view.indicators.map((indicator) => (
          <IndicatorSection
            key={`${organisation}-${indicator.id}`}
            indicator={indicator}
            buckets={view.buckets}
            columns={view.columns}
            labels={labels}
            threshold={view.threshold}
          />
        ))}
      {data && !loading && !chosen && data.eu.length > 0 && (
        <EuReturnsSection figures={data.eu} labels={labels} />
      )}
      {view && at && !loading && data && data.organisations.length > 0 && (
        <ExportPanel
          data={view}
          labels={labels}
          from={quarter}
          to={quarter}
          source={sourceText}
          at={at}
        />
      )}
    </div>
  );
}
