import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type DimensionId } from '../../domain';
import type { StatisticsResponse } from '../../protocol';
import { BarChart, type ChartGroup } from '../../ui/BarChart';
import { SelectField } from '../../ui/SelectField';
import type { CsvLabels } from './csv';

type Props = {
  indicator: StatisticsResponse['indicators'][number];
  buckets: StatisticsResponse['buckets'];
  labels: CsvLabels;
  threshold: number;
};

type Row = StatisticsResponse['buckets'][number]['tables'][number]['rows'][number];

/**
 * One indicator: its definition, a bar chart of the totals per category and quarter, and
 * on request the same numbers as a table — by quarter, or one quarter by a breakdown.
 */
export function IndicatorSection({ indicator, buckets, labels, threshold }: Props) {
  const { t } = useTranslation('statistics');
  const id = useId();
  const [tableShown, setTableShown] = useState(false);
  const [dimension, setDimension] = useState<DimensionId | 'total'>('total');
  const headingId = `${id}-heading`;
  const tableId = `${id}-table`;

  // Rows per category across the quarters; categories never counted are left out.
  const perCategory = new Map<string, (Row | undefined)[]>();
  buckets.forEach((bucket, index) => {
    const table = bucket.tables.find((x) => x.indicator === indicator.id);
    for (const row of table?.rows ?? []) {
      const list = perCategory.get(row.category) ?? Array<Row | undefined>(buckets.length);
      list[index] = row;
      perCategory.set(row.category, list);
    }
  });
  const all = [...perCategory];
  const shown = all.filter(([, rows]) => rows.some((r) => r !== undefined && r.total !== 0));
  const hiddenZero = all.length - shown.length;
  const valueText = (n: number | null | undefined) =>
    n === null ? t('suppressed') : String(n ?? 0);
  const several = buckets.length > 1;

  const groups: ChartGroup[] = shown.map(([category, rows]) => ({
    key: category,
    label: labels.category(indicator.id, category),
    bars: buckets.map((bucket, index) => ({
      key: bucket.period,
      label: several ? labels.period(bucket.period) : '',
      value: rows[index] === undefined ? 0 : rows[index].total,
      valueText: valueText(rows[index]?.total),
    })),
  }));

  return (
    <section className="stats-indicator stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="kern-heading-medium">
        {labels.indicator(indicator.id)}
      </h2>
      <p className="kern-body stats-definition">{labels.definition(indicator.id)}</p>
      {shown.length === 0 ? (
        <p className="kern-body">{t('chart.empty')}</p>
      ) : (
        <BarChart groups={groups} labelledBy={headingId} />
      )}
      {hiddenZero > 0 && (
        <p className="kern-hint">{t('chart.hiddenZero', { count: hiddenZero })}</p>
      )}
      {shown.length > 0 && (
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            aria-expanded={tableShown}
            aria-controls={tableId}
            onClick={() => {
              setTableShown((s) => !s);
            }}
          >
            <span className="kern-label">
              {tableShown ? t('chart.hideTable') : t('chart.showTable')}
            </span>
          </button>
        </div>
      )}
      <div id={tableId} hidden={!tableShown || shown.length === 0} className="stack">
        <SelectField
          label={t('chart.breakdown')}
          value={dimension}
          onChange={(e) => {
            setDimension(e.target.value as DimensionId | 'total');
          }}
        >
          {(['total', ...DIMENSIONS] as const).map((d) => (
            <option key={d} value={d}>
              {labels.dimension(d)}
            </option>
          ))}
        </SelectField>
        {dimension === 'total' ? (
          <div className="stats-table-wrap">
            <table className="stats-table">
              <caption>
                {t('chart.tableCaption', { indicator: labels.indicator(indicator.id) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.category')}</th>
                  {buckets.map((b) => (
                    <th key={b.period} scope="col">
                      {labels.period(b.period)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map(([category, rows]) => (
                  <tr key={category}>
                    <th scope="row">{labels.category(indicator.id, category)}</th>
                    {buckets.map((b, index) => (
                      <Count key={b.period} value={rows[index]?.total} threshold={threshold} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          buckets.map((bucket, index) => {
            const columns = [
              ...new Set(
                shown.flatMap(([, rows]) => Object.keys(rows[index]?.by[dimension] ?? {})),
              ),
            ].sort();
            return (
              <div key={bucket.period} className="stats-table-wrap">
                <table className="stats-table">
                  <caption>
                    {t('chart.tableCaptionBy', {
                      indicator: labels.indicator(indicator.id),
                      quarter: labels.period(bucket.period),
                      dimension: labels.dimension(dimension),
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('chart.category')}</th>
                      {columns.map((c) => (
                        <th key={c} scope="col">
                          {labels.column(dimension, c)}
                        </th>
                      ))}
                      <th scope="col">{t('chart.total')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map(([category, rows]) => {
                      const row = rows[index];
                      return (
                        <tr key={category}>
                          <th scope="row">{labels.category(indicator.id, category)}</th>
                          {columns.map((c) => (
                            <Count
                              key={c}
                              value={cellOf(row, dimension, c)}
                              threshold={threshold}
                            />
                          ))}
                          <Count value={row?.total} threshold={threshold} />
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            );
          })
        )}
      </div>
    </section>
  );
}

/** A published cell: a column that is missing is 0, but null (suppressed) stays null. */
function cellOf(row: Row | undefined, d: DimensionId, column: string): number | null {
  const value = row?.by[d][column];
  return value === undefined ? 0 : value;
}

/** A table cell: the count, or "suppressed" with its reason for screen readers and hover. */
function Count({ value, threshold }: { value: number | null | undefined; threshold: number }) {
  const { t } = useTranslation('statistics');
  if (value === null) {
    return (
      <td className="stats-count stats-count--suppressed">
        <abbr title={t('suppressedLong', { threshold })}>{t('suppressed')}</abbr>
      </td>
    );
  }
  return <td className="stats-count">{value ?? 0}</td>;
}
