import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type DimensionId } from '../../domain';
import type { StatisticsResponse } from '../../protocol';
import { BarChart, type ChartGroup } from '../../ui/BarChart';
import { SelectField } from '../../ui/SelectField';
import type { CsvLabels } from './csv';

type Props = {
  indicator: StatisticsResponse['indicators'][number];
  buckets: StatisticsResponse['buckets'];
  /** The fixed columns of each breakdown: every table shows all of them. */
  columns: StatisticsResponse['columns'];
  labels: CsvLabels;
  threshold: number;
};

type Row = StatisticsResponse['buckets'][number]['tables'][number]['rows'][number];

/**
 * One indicator: its definition, a bar chart of the totals per category and quarter, and
 * on request the same numbers as a table — by quarter, or one quarter by a breakdown.
 */
export function IndicatorSection({ indicator, buckets, columns: fixed, labels, threshold }: Props) {
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
          <TableScroller labelId={`${tableId}-caption`}>
            <table className="stats-table">
              <caption id={`${tableId}-caption`}>
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
          </TableScroller>
        ) : (
          buckets.map((bucket, index) => {
            // Always the same columns, never only those someone was counted in.
            const columns = fixed[dimension];
            const captionId = `${tableId}-${bucket.period}`;
            return (
              <TableScroller key={bucket.period} labelId={captionId}>
                <table className="stats-table">
                  <caption id={captionId}>
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
              </TableScroller>
            );
          })
        )}
      </div>
    </section>
  );
}

/**
 * A table wider than the screen (a breakdown has up to twelve fixed columns) scrolls
 * sideways; keyboard users reach the scrolling with Tab, screen readers hear the caption.
 */
export function TableScroller({ labelId, children }: { labelId: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
    <div className="stats-table-wrap" role="region" aria-labelledby={labelId} tabIndex={0}>
      {children}
    </div>
  );
}

/** A published cell; a quarter without the row has counted nobody in it. */
function cellOf(row: Row | undefined, d: DimensionId, column: string): number | null {
  if (!row) return 0;
  const value = row.by[d][column];
  if (value === undefined) throw new Error(`${d}: column ${column} missing in the answer`);
  return value;
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
