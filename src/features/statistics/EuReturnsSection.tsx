import { useTranslation } from 'react-i18next';
import type { Publication } from '../../protocol';
import type { CsvLabels } from './csv';
import { TableScroller } from './IndicatorSection';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = { figures: Publication['eu']; labels: CsvLabels };

/**
 * The EU returns statistics (Regulation (EC) No 862/2007, Art. 7): per category what the
 * Land-wide figures can approximate, and for the rest why Perspektive cannot supply it. The
 * values are sums of published cells of the outcomes table (domain/statistics/euReturns.ts).
 */
export function EuReturnsSection({ figures, labels }: Props) {
  const { t } = useTranslation('statistics');
  const value = (f: Props['figures'][number]) =>
    f.supply === 'none' ? t('eu.notSupplied') : f.total === null ? labels.suppressed : f.total;
  return (
    <section className="stats-indicator stack" aria-labelledby="office-eu">
      <h2 id="office-eu" className="kern-heading-medium">
        {t('eu.heading')}
      </h2>
      <p className="kern-body stats-definition">{t('eu.intro')}</p>
      <TableScroller labelId="office-eu-caption">
        <table className="stats-table">
          <caption id="office-eu-caption">{t('eu.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('eu.columns.category')}</th>
              <th scope="col">{t('eu.columns.code')}</th>
              <th scope="col">{t('eu.columns.supply')}</th>
              <th scope="col">{t('eu.columns.value')}</th>
              <th scope="col">{t('eu.columns.explanation')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id}>
                <th scope="row">{runtimeT(t)(`eu.categories.${f.id}`)}</th>
                <td>
                  {f.code}
                  {f.datasets.length > 0 && ` (${f.datasets.join(', ')})`}
                  {f.toVerify && ` — ${t('eu.toVerify')}`}
                </td>
                <td>{t(`eu.supply.${f.supply}`)}</td>
                <td className="stats-count">{value(f)}</td>
                <td>{runtimeT(t)(`eu.explanations.${f.id}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
