import { isReviewOverdue, RESEARCH_STATE, RULESET_VERSION } from '../../../domain';
import type { IsoDate, RuleMeta } from '../../../domain';
import { StatusIcon } from './StatusIcon';
import { useAssessmentText } from './useAssessmentText';

type Props = {
  /** The polite live summary, e.g. "3 Wege möglich, 2 unklar, 5 derzeit ausgeschlossen". */
  summary: string;
  asOf: IsoDate;
  /** Metadata of everything shown, to warn when the legal research is out of date. */
  metas: readonly RuleMeta[];
};

/**
 * Top of every panel: a live region announcing the results as facts become known, and the
 * legal state of the rules (with a warning when the research is older than half a year).
 */
export function PanelIntro({ summary, asOf, metas }: Props) {
  const { t, date } = useAssessmentText();
  const overdue = metas.some((m) => isReviewOverdue(m, asOf));
  return (
    <>
      <p className="kern-body kern-body--bold assessment-summary" role="status" aria-live="polite">
        {summary}
      </p>
      <p className="kern-body kern-body--small assessment-ruleset">
        {t('assessments.common.ruleset', {
          date: date(RESEARCH_STATE),
          version: RULESET_VERSION,
        })}
      </p>
      {overdue && (
        <p className="kern-body kern-body--small assessment-warning" data-testid="ruleset-overdue">
          <StatusIcon shape="warning" />
          <span>{t('assessments.common.rulesetOverdue')}</span>
        </p>
      )}
    </>
  );
}
