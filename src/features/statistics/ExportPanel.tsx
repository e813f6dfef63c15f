import { useTranslation } from 'react-i18next';
import type { StatisticsResponse } from '../../protocol';
import { definitionsCsv, statisticsCsv, type CsvLabels } from './csv';

type Props = {
  data: StatisticsResponse;
  labels: CsvLabels;
  from: string;
  to: string;
  /** Human-readable source and time, written into the definitions file. */
  source: string;
  at: Date;
};

function download(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** CSV downloads of exactly what the dashboard shows, with the definitions beside them. */
export function ExportPanel({ data, labels, from, to, source, at }: Props) {
  const { t, i18n } = useTranslation('statistics');
  const meta: [string, string][] = [
    [t('export.meta.source'), source],
    [t('export.meta.threshold'), String(data.threshold)],
    [t('export.meta.generated'), at.toLocaleString(i18n.language)],
    [t('export.meta.suppression'), t('privacy', { below: data.threshold - 1 })],
    [t('chart.breakdown'), t('breakdownDefinition')],
  ];
  return (
    <section className="stack" aria-labelledby="stats-export">
      <h2 id="stats-export" className="kern-heading-medium">
        {t('export.heading')}
      </h2>
      <p className="kern-body">{t('export.hint')}</p>
      <div className="row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            download(statisticsCsv(data, labels), t('export.fileData', { from, to }));
          }}
        >
          <span className="kern-label">{t('export.data')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            download(definitionsCsv(data, labels, meta), t('export.fileDefinitions'));
          }}
        >
          <span className="kern-label">{t('export.definitions')}</span>
        </button>
      </div>
    </section>
  );
}
