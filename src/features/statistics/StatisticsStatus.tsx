import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import type { StatisticsProblem } from './useStatisticsData';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  loading: boolean;
  problem: StatisticsProblem | undefined;
  reload: () => void;
  /** The line saying where the figures come from, once they are there. */
  children?: ReactNode;
};

/** Loading, a problem with a retry, or the figures' source, announced politely. */
export function StatisticsStatus({ loading, problem, reload, children }: Props) {
  const { t } = useTranslation('statistics');
  return (
    <>
      <div aria-live="polite" className="stack">
        {loading && <p className="kern-body">{t('status.loading')}</p>}
        {problem && (
          <Alert tone="warning" title={runtimeT(t)(problem.key, { code: problem.code })} />
        )}
        {!loading && children}
      </div>
      {problem && (
        <div className="row">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={reload}>
            <span className="kern-label">{t('status.retry')}</span>
          </button>
        </div>
      )}
    </>
  );
}
