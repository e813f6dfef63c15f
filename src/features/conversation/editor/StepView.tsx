import { useTranslation } from 'react-i18next';
import {
  agreedActionsOf,
  evaluateCondition,
  handedNoticesOf,
  type AgreedAction,
  type AnswerValue,
  type CaseFacts,
  type FactField,
  type QuestionItem,
  type ScriptAnswers,
  type ScriptStep,
  type SuggestedAction,
} from '../../../domain';
import { AssessmentView } from '../assessments/AssessmentView';
import { ActionPlanEditor } from './items/ActionPlanEditor';
import { ChecklistField } from './items/ChecklistField';
import { InfoBlock } from './items/InfoBlock';
import { NoteField } from './items/NoteField';
import { NoticesEditor } from './items/NoticesEditor';
import { useFactQuestions } from './useFactQuestions';

type Props = {
  step: ScriptStep;
  facts: CaseFacts;
  answers: ScriptAnswers;
  asOf: string;
  /** The client's language from the participants, for notices handed out. */
  clientLanguage: string;
  sessionId: string;
  suggestions: readonly SuggestedAction[];
  onFactChange: (field: FactField, value: unknown) => void;
  onAnswer: (itemId: string, value: AnswerValue | undefined) => void;
  newId: () => string;
};

/** One step of the script: its visible items, each bound to case facts or session answers. */
export function StepView(props: Props) {
  const { step, facts, answers, asOf, clientLanguage, sessionId, suggestions } = props;
  const { onFactChange, onAnswer, newId } = props;
  const { t } = useTranslation('script');
  const questions = step.items.filter((i): i is QuestionItem => i.kind === 'question');
  const { renderQuestion } = useFactQuestions({
    questions,
    facts,
    asOf,
    onValidChange: onFactChange,
  });
  const visible = step.items.filter((item) => evaluateCondition(item.condition, facts, answers));

  return (
    <div className="stack">
      <h2 className="kern-heading-medium" id="step-title" tabIndex={-1}>
        {t(step.titleKey)}
      </h2>
      {visible.map((item) => {
        switch (item.kind) {
          case 'info':
            return <InfoBlock key={item.id} item={item} />;
          case 'question':
            return renderQuestion(item);
          case 'checklist': {
            const value = answers[item.id];
            return (
              <ChecklistField
                key={item.id}
                item={item}
                value={Array.isArray(value) ? (value as string[]) : []}
                onChange={(next) => {
                  onAnswer(item.id, next);
                }}
              />
            );
          }
          case 'note': {
            const value = answers[item.id];
            return (
              <NoteField
                key={item.id}
                item={item}
                value={typeof value === 'string' ? value : ''}
                onChange={(next) => {
                  onAnswer(item.id, next === '' ? undefined : next);
                }}
              />
            );
          }
          case 'assessment':
            return (
              <section key={item.id} className="stack" aria-label={t(item.labelKey)}>
                <AssessmentView view={item.view} facts={facts} asOf={asOf} />
              </section>
            );
          case 'action-plan':
            return (
              <ActionPlanEditor
                key={item.id}
                item={item}
                value={agreedActionsOf({ [item.id]: answers[item.id] })}
                suggestions={suggestions}
                newId={newId}
                onChange={(next: AgreedAction[]) => {
                  onAnswer(item.id, next.length === 0 ? undefined : next);
                }}
              />
            );
          case 'notices':
            return (
              <NoticesEditor
                key={item.id}
                item={item}
                value={handedNoticesOf({ [item.id]: answers[item.id] })}
                asOf={asOf}
                defaultLanguage={clientLanguage}
                sessionId={sessionId}
                onChange={(next) => {
                  onAnswer(item.id, next.length === 0 ? undefined : next);
                }}
              />
            );
        }
      })}
    </div>
  );
}
