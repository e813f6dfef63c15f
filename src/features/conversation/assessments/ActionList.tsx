import type { IsoDate } from '../../../domain';
import { Heading } from './Heading';
import { useAssessmentText } from './useAssessmentText';

export type ActionEntry = {
  readonly actionKey: string;
  readonly legalRef?: string;
  readonly dueDate?: IsoDate;
};

type Props = { actions: readonly ActionEntry[]; level: number; titleKey?: string };

/** What the person can do, with the legal reference and the date to act by. */
export function ActionList({ actions, level, titleKey = 'assessments.common.actions' }: Props) {
  const { t, text, date } = useAssessmentText();
  if (actions.length === 0) return null;
  return (
    <div className="assessment-section">
      <Heading level={level} className="kern-title kern-title--small">
        {t(titleKey)}
      </Heading>
      <ul className="assessment-bullet-list">
        {actions.map((a) => (
          <li key={a.actionKey}>
            <span>{text(a.actionKey)}</span>
            {a.dueDate && (
              <>
                {' '}
                <strong className="assessment-due">
                  {t('assessments.common.dueBy', { date: date(a.dueDate) })}
                </strong>
              </>
            )}
            {a.legalRef && (
              <>
                {' '}
                <span className="assessment-ref">
                  {t('assessments.common.ref', { ref: a.legalRef })}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
