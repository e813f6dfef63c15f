import type { DeadlineResult } from '../../../domain';
import { Heading } from './Heading';
import { StatusIcon } from './StatusIcon';
import { useAssessmentText } from './useAssessmentText';

type Props = { deadlines: readonly DeadlineResult[]; level: number };

/** Deadlines and dates, earliest first, each with its kind and whether it has passed. */
export function DeadlineList({ deadlines, level }: Props) {
  const { t, text, date } = useAssessmentText();
  if (deadlines.length === 0) return null;
  return (
    <div className="assessment-section">
      <Heading level={level} className="kern-title kern-title--small">
        {t('assessments.common.deadlines')}
      </Heading>
      <ul className="assessment-plain-list">
        {deadlines.map((d) => (
          <li
            key={d.id}
            className={
              d.passed ? 'assessment-deadline assessment-deadline--passed' : 'assessment-deadline'
            }
          >
            <StatusIcon shape="clock" />
            <span>
              <span className="assessment-deadline__label">{text(d.key)}</span>{' '}
              <span className="assessment-deadline__date">
                {t(`assessments.common.deadline.${d.kind}${d.passed ? '-passed' : ''}`, {
                  date: date(d.date),
                })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
