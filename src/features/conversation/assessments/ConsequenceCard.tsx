import { useId } from 'react';
import { APPLICABILITY_KEYS, CONSEQUENCES } from '../../../domain';
import type { ConsequenceAssessment, IsoDate } from '../../../domain';
import { ActionList } from './ActionList';
import { DeadlineList } from './DeadlineList';
import { Heading } from './Heading';
import { LegalDetails } from './LegalDetails';
import { keyPrefix, partMeta } from './legalParts';
import { NoteList } from './NoteList';
import { QuestionList } from './QuestionList';
import { StatusBadge } from './StatusBadge';
import { APPLICABILITY_LOOK } from './statusLook';
import { useAssessmentText } from './useAssessmentText';
import { VerifyMarker } from './VerifyMarker';

type Props = { assessment: ConsequenceAssessment; asOf: IsoDate; level: number };

/** First act-by deadline still open: the date to show next to the actions. */
function dueDate(c: ConsequenceAssessment): IsoDate | undefined {
  return c.deadlines.find((d) => d.kind === 'act-by' && !d.passed)?.date;
}

/** One consequence of non-compliance: §, whether it applies or threatens, how to avoid it. */
export function ConsequenceCard({ assessment: c, asOf, level }: Props) {
  const { text } = useAssessmentText();
  const titleId = useId();
  const prefix = keyPrefix(c.titleKey);
  const noteDefs = CONSEQUENCES.find((d) => d.id === c.consequenceId)?.notes;
  const notes = c.noteKeys.map((key) => ({ key, meta: partMeta(noteDefs, prefix, 'note', key) }));
  const flagged = notes.flatMap((n) =>
    n.meta?.toVerify ? [{ key: n.key, textKey: n.key, meta: n.meta }] : [],
  );
  const due = dueDate(c);
  const actions = c.actionKeys.map((actionKey) =>
    due ? { actionKey, dueDate: due } : { actionKey },
  );
  return (
    <article
      className="kern-card kern-card--hug assessment-card"
      aria-labelledby={titleId}
      data-consequence={c.consequenceId}
      data-applicability={c.applicability}
    >
      <div className="kern-card__container">
        <header className="kern-card__header assessment-card__header">
          <Heading level={level} id={titleId} className="kern-title">
            {text(c.titleKey)}
          </Heading>
          <p className="assessment-ref">{c.legalRef}</p>
          <div className="assessment-card__badges">
            <StatusBadge
              {...APPLICABILITY_LOOK[c.applicability]}
              label={text(APPLICABILITY_KEYS[c.applicability])}
            />
            {c.toVerify && <VerifyMarker />}
          </div>
        </header>
        <div className="kern-card__body">
          <p className="kern-body">{text(c.explanationKey)}</p>
          <QuestionList questions={c.questions} level={level + 1} />
          <ActionList actions={actions} level={level + 1} />
          <DeadlineList deadlines={c.deadlines} level={level + 1} />
          <NoteList notes={notes} level={level + 1} />
          <LegalDetails meta={c.meta} asOf={asOf} toVerify={c.toVerify} flagged={flagged} />
        </div>
      </div>
    </article>
  );
}
