import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addQuarters, compareQuarters, quarterOf, quartersBetween } from '../../domain';
import { useSync } from '../../app/sync/SyncProvider';
import { todayIso } from '../../app/today';
import { SelectField } from '../../ui/SelectField';
import { ExportPanel } from './ExportPanel';
import { StatisticsStatus } from './StatisticsStatus';
import { OfficeStatisticsPage } from './OfficeStatisticsPage';
import { IndicatorSection } from './IndicatorSection';
import { STATISTICS_NAMESPACES, useStatisticsLabels } from './labels';
import {
  useStatisticsData,
  type StatisticsFilter,
  type StatisticsSource,
} from './useStatisticsData';
import './statistics.css';

/** The dashboard shows at most two years at once; the API allows five. */
const MAX_SHOWN = 8;
/** Quarters offered in the period filter: the current one and the eleven before it. */
const OFFERED = 12;

/**
 * Anonymised statistics: the organisation's figures from the server (statistics, team-lead
 * and admin accounts) or this device's own, per quarter, as charts with table alternatives
 * and CSV export. Every number shown has passed the suppression in src/domain/statistics.
 */
export function StatisticsPage() {
  const { statistics, account } = useSync();
  // A statistics office's accounts have no records of their own: they see the publication.
  if (statistics && account?.organisationKind === 'statistics-office') {
    return <OfficeStatisticsPage client={statistics} />;
  }
  return <OrganisationStatisticsPage />;
}

function OrganisationStatisticsPage() {
  const { t } = useTranslation([...STATISTICS_NAMESPACES]);
  const labels = useStatisticsLabels();
  const { statistics: client } = useSync();
  const id = useId();
  const current = quarterOf(todayIso()) ?? '2026-Q1';
  const offered = quartersBetween(addQuarters(current, 1 - OFFERED), current).reverse();
  const [draft, setDraft] = useState({ from: addQuarters(current, -3), to: current });
  const [applied, setApplied] = useState(draft);
  const [error, setError] = useState<string | undefined>(undefined);
  const [sourceChoice, setSourceChoice] = useState<StatisticsSource | undefined>(undefined);
  const source: StatisticsSource = client ? (sourceChoice ?? 'organisation') : 'device';
  const filter: StatisticsFilter = { ...applied, source };
  const { data, at, loading, problem, reload } = useStatisticsData(filter, client);

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (compareQuarters(draft.from, draft.to) > 0) {
      setError(t('statistics:filter.order'));
      return;
    }
    if (quartersBetween(draft.from, draft.to).length > MAX_SHOWN) {
      setError(t('statistics:filter.tooLong', { count: MAX_SHOWN }));
      return;
    }
    setError(undefined);
    setApplied(draft);
  };

  const sourceText =
    source === 'organisation'
      ? t('statistics:status.sourceOrganisation')
      : t('statistics:status.sourceDevice');
  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('statistics:title')}</h1>
      <p className="kern-body">{t('statistics:intro')}</p>
      <p className="kern-body">{t('statistics:privacy', { below: (data?.threshold ?? 5) - 1 })}</p>

      <form className="stack" noValidate onSubmit={onSubmit}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('statistics:filter.legend')}</legend>
          <div className="kern-fieldset__body stats-filter">
            <SelectField
              label={t('statistics:filter.from')}
              value={draft.from}
              onChange={(e) => {
                setDraft({ ...draft, from: e.target.value });
              }}
            >
              {offered.map((q) => (
                <option key={q} value={q}>
                  {labels.period(q)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('statistics:filter.to')}
              value={draft.to}
              error={error}
              onChange={(e) => {
                setDraft({ ...draft, to: e.target.value });
              }}
            >
              {offered.map((q) => (
                <option key={q} value={q}>
                  {labels.period(q)}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>
        {client ? (
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t('statistics:filter.source')}</legend>
            <div className="kern-fieldset__body">
              {(['organisation', 'device'] as const).map((s) => (
                <div key={s} className="kern-form-check">
                  <input
                    id={`${id}-${s}`}
                    type="radio"
                    name={`${id}-source`}
                    className="kern-form-check__radio"
                    checked={source === s}
                    onChange={() => {
                      setSourceChoice(s);
                    }}
                  />
                  <label className="kern-label" htmlFor={`${id}-${s}`}>
                    {s === 'organisation'
                      ? t('statistics:filter.sourceOrganisation')
                      : t('statistics:filter.sourceDevice')}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : (
          <p className="kern-hint">{t('statistics:filter.deviceOnly')}</p>
        )}
        <div className="row">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('statistics:filter.show')}</span>
          </button>
        </div>
      </form>

      <StatisticsStatus loading={loading} problem={problem} reload={reload}>
        {data && at && (
          <p className="kern-hint">
            {t('statistics:status.source', {
              source: sourceText,
              threshold: data.threshold,
              time: at.toLocaleString(),
            })}
            {data.skippedRecords > 0 &&
              ` ${t('statistics:status.skipped', { count: data.skippedRecords })}`}
          </p>
        )}
      </StatisticsStatus>

      {data &&
        !loading &&
        data.indicators.map((indicator) => (
          <IndicatorSection
            key={indicator.id}
            indicator={indicator}
            buckets={data.buckets}
            columns={data.columns}
            labels={labels}
            threshold={data.threshold}
          />
        ))}
      {data && at && !loading && (
        <ExportPanel
          data={data}
          labels={labels}
          from={applied.from}
          to={applied.to}
          source={sourceText}
          at={at}
        />
      )}
    </div>
  );
}
