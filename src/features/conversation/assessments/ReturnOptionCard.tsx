import { useId } from 'react';
import { ELIGIBILITY_KEYS, RETURN_OPTIONS } from '../../../domain';
import type { IsoDate, ReturnOptionAssessment } from '../../../domain';
import { ActionList } from './ActionList';
import { Heading } from './Heading';
import { LegalDetails } from './LegalDetails';
import { keyPrefix, partMeta } from './legalParts';
import { NoteList } from './NoteList';
import { QuestionList } from './QuestionList';
import { StatusBadge } from './StatusBadge';
import { ELIGIBILITY_LOOK } from './statusLook';
import { useAssessmentText } from './useAssessmentText';
import { VerifyMarker } from './VerifyMarker';

type Props = { assessment: ReturnOptionAssessment; asOf: IsoDate; level: number };

/** One return programme or counselling route: what it offers, conditions, whom to ask. */
export function ReturnOptionCard({ assessment: o, asOf, level }: Props) {
  const { t, text } = useAssessmentText();
  const titleId = useId();
  const prefix = keyPrefix(o.titleKey);
  const hintDefs = RETURN_OPTIONS.find((d) => d.id === o.optionId)?.hints;
  const hints = o.hintKeys.map((key) => ({ key, meta: partMeta(hintDefs, prefix, 'hint', key) }));
  const flagged = hints.flatMap((h) =>
    h.meta?.toVerify ? [{ key: h.key, textKey: h.key, meta: h.meta }] : [],
  );
  return (
    <article
      className="kern-card kern-card--hug assessment-card"
      aria-labelledby={titleId}
      data-option={o.optionId}
      data-eligibility={o.eligibility}
    >
      <div className="kern-card__container">
        <header className="kern-card__header assessment-card__header">
          <Heading level={level} id={titleId} className="kern-title">
            {text(o.titleKey)}
          </Heading>
          <p className="assessment-ref">{o.meta.legalRef}</p>
          <div className="assessment-card__badges">
            <StatusBadge
              {...ELIGIBILITY_LOOK[o.eligibility]}
              label={text(ELIGIBILITY_KEYS[o.eligibility])}
            />
            {o.toVerify && <VerifyMarker />}
          </div>
        </header>
        <div className="kern-card__body">
          <p className="kern-body">{text(o.descriptionKey)}</p>
          <div className="assessment-section">
            <Heading level={level + 1} className="kern-title kern-title--small">
              {t('assessments.returnOptions.support')}
            </Heading>
            <p className="kern-body">{text(o.supportKey)}</p>
          </div>
          <QuestionList questions={o.questions} level={level + 1} />
          <NoteList
            notes={hints}
            level={level + 1}
            titleKey="assessments.returnOptions.conditions"
          />
          <ActionList
            actions={o.actionKeys.map((actionKey) => ({ actionKey }))}
            level={level + 1}
            titleKey="assessments.returnOptions.contact"
          />
          <LegalDetails meta={o.meta} asOf={asOf} toVerify={o.toVerify} flagged={flagged} />
        </div>
      </div>
    </article>
  );
}
