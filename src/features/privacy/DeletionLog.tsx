import { useTranslation } from 'react-i18next';
import type { DeletionLogEntry } from '../../protocol';
import { useDateTime } from '../admin/format';
import { DeletionCounts } from './DeletionCounts';

/** The organisation's deletion log: when, why (rule or Art. 17 code) and counts — no names. */
export function DeletionLog({ log }: { log: DeletionLogEntry[] }) {
  const { t } = useTranslation('privacy');
  const dateTime = useDateTime();
  if (log.length === 0) return <p className="kern-body">{t('log.none')}</p>;
  const reason = (entry: DeletionLogEntry) =>
    entry.reason === 'retention'
      ? t('log.retention', { rule: entry.rule ? t(`rules.names.${entry.rule}`) : '' })
      : entry.legalBasis
        ? t('log.art17Basis', { basis: t(`legalBases.${entry.legalBasis}`) })
        : t('log.art17');
  return (
    <div className="privacy-table-wrap">
      <table className="kern-table privacy-log">
        <caption className="kern-sr-only">{t('log.caption')}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('log.at')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('log.reason')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('log.counts')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {log.map((entry) => (
            <tr key={entry.event} className="kern-table__row">
              <td className="kern-table__cell">{dateTime(entry.at)}</td>
              <td className="kern-table__cell">{reason(entry)}</td>
              <td className="kern-table__cell">
                <DeletionCounts counts={entry.counts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
