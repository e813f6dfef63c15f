import type { Question } from '../../../domain';
import { Heading } from './Heading';
import { useAssessmentText } from './useAssessmentText';

type Props = { questions: readonly Question[]; level: number };

/** The facts still to clarify, as the questions to ask. */
export function QuestionList({ questions, level }: Props) {
  const { t, text, date } = useAssessmentText();
  if (questions.length === 0) return null;
  return (
    <div className="assessment-section">
      <Heading level={level} className="kern-title kern-title--small">
        {t('assessments.common.toClarify')}
      </Heading>
      <ul className="assessment-bullet-list">
        {questions.map((q) => (
          <li key={`${q.field}-${q.params?.from ?? ''}`}>
            {q.params?.from !== undefined && q.params.until !== undefined
              ? t(q.questionKey, {
                  ns: 'script',
                  from: date(q.params.from),
                  until: date(q.params.until),
                })
              : text(q.questionKey)}
          </li>
        ))}
      </ul>
    </div>
  );
}
