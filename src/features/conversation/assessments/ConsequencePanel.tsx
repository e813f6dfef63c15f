import { useMemo } from 'react';
import { evaluateConsequences } from '../../../domain';
import type { Applicability } from '../../../domain';
import './assessments.css';
import { ConsequenceCard } from './ConsequenceCard';
import { PanelIntro } from './PanelIntro';
import type { AssessmentPanelProps } from './PathwayPanel';
import { countConsequences } from './summaryCounts';
import { useAssessmentText } from './useAssessmentText';

const ORDER: Readonly<Record<Applicability, number>> = { applies: 0, threatens: 1, unknown: 2 };

/**
 * The consequences of non-compliance that apply, threaten or cannot be ruled out yet, most
 * severe first (already applies → threatens → unclear), each with its § and what avoids it.
 */
export function ConsequencePanel({ facts, asOf, headingLevel = 3 }: AssessmentPanelProps) {
  const { t } = useAssessmentText();
  const consequences = useMemo(
    () =>
      evaluateConsequences(facts, asOf).sort(
        (a, b) => ORDER[a.applicability] - ORDER[b.applicability],
      ),
    [facts, asOf],
  );
  const counts = countConsequences(consequences);
  const summary =
    consequences.length === 0
      ? t('assessments.consequences.none')
      : t('assessments.consequences.summary.line', {
          applies: t('assessments.consequences.summary.applies', { count: counts.applies }),
          threatens: t('assessments.consequences.summary.threatens', { count: counts.threatens }),
          unknown: t('assessments.consequences.summary.unknown', { count: counts.unknown }),
        });
  return (
    <div className="assessment-panel" data-testid="consequence-panel">
      <PanelIntro summary={summary} asOf={asOf} metas={consequences.map((c) => c.meta)} />
      {consequences.length > 0 && (
        <ul className="assessment-cards">
          {consequences.map((c) => (
            <li key={c.consequenceId}>
              <ConsequenceCard assessment={c} asOf={asOf} level={headingLevel} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
