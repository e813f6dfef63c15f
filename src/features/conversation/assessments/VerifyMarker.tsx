import { StatusIcon } from './StatusIcon';
import { useAssessmentText } from './useAssessmentText';

/** The visible "zu prüfen" flag: the rule must be checked before anyone relies on it. */
export function VerifyMarker() {
  const { t } = useAssessmentText();
  return (
    <span className="assessment-verify" data-testid="verify-marker">
      <StatusIcon shape="flag" />
      <span>{t('assessments.common.toVerify')}</span>
    </span>
  );
}
