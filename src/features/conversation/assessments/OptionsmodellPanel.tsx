import { useId, useMemo } from 'react';
import { evaluateOptionsmodellScreening } from '../../../domain';
import type { ScreeningCriterion } from '../../../domain';
import './assessments.css';
import { Heading } from './Heading';
import { LegalDetails } from './LegalDetails';
import { NoteList } from './NoteList';
import { PanelIntro } from './PanelIntro';
import type { AssessmentPanelProps } from './PathwayPanel';
import { QuestionList } from './QuestionList';
import { StatusBadge } from './StatusBadge';
import { REQUIREMENT_LOOK, SCREENING_LOOK } from './statusLook';
import { StatusIcon } from './StatusIcon';
import { useAssessmentText } from './useAssessmentText';
import { VerifyMarker } from './VerifyMarker';

function Criterion({ criterion: c }: { criterion: ScreeningCriterion }) {
  const { t, text } = useAssessmentText();
  return (
    <li className={`assessment-req assessment-req--${c.status}`} data-criterion={c.id}>
      <StatusIcon shape={REQUIREMENT_LOOK[c.status].icon} />
      <div className="assessment-req__body">
        <span className="assessment-req__label">{text(c.labelKey)}</span>
        {': '}
        <strong className="assessment-req__status">
          {t(`assessments.common.criterionStatus.${c.status}`)}
        </strong>
        <p className="assessment-req__detail">{text(c.explanationKey)}</p>
      </div>
    </li>
  );
}

/**
 * Schleswig-Holstein Optionsmodell screening: a proposal, not law, so the result is always
 * flagged for verification and presented as a screening aid.
 */
export function OptionsmodellPanel({ facts, asOf, headingLevel = 3 }: AssessmentPanelProps) {
  const { t, text } = useAssessmentText();
  const titleId = useId();
  const screening = useMemo(() => evaluateOptionsmodellScreening(facts, asOf), [facts, asOf]);
  const statusLabel = t(`assessments.optionsmodell.status.${screening.status}`);
  return (
    <div className="assessment-panel" data-testid="optionsmodell-panel">
      <PanelIntro
        summary={t('assessments.optionsmodell.summary', { status: statusLabel })}
        asOf={asOf}
        metas={[screening.meta]}
      />
      <article
        className="kern-card kern-card--hug assessment-card"
        aria-labelledby={titleId}
        data-status={screening.status}
      >
        <div className="kern-card__container">
          <header className="kern-card__header assessment-card__header">
            <Heading level={headingLevel} id={titleId} className="kern-title">
              {text('screening.optionsmodell.title')}
            </Heading>
            <p className="assessment-ref">{screening.meta.legalRef}</p>
            <div className="assessment-card__badges">
              <StatusBadge {...SCREENING_LOOK[screening.status]} label={statusLabel} />
              {screening.toVerify && <VerifyMarker />}
            </div>
          </header>
          <div className="kern-card__body">
            <p className="kern-body">{text(screening.statusKey)}</p>
            <div className="assessment-section">
              <Heading level={headingLevel + 1} className="kern-title kern-title--small">
                {t('assessments.optionsmodell.criteria')}
              </Heading>
              <ul className="assessment-plain-list">
                {screening.criteria.map((c) => (
                  <Criterion key={c.id} criterion={c} />
                ))}
              </ul>
            </div>
            <QuestionList questions={screening.questions} level={headingLevel + 1} />
            <NoteList notes={screening.noteKeys.map((key) => ({ key }))} level={headingLevel + 1} />
            <LegalDetails meta={screening.meta} asOf={asOf} toVerify={screening.toVerify} />
          </div>
        </div>
      </article>
    </div>
  );
}
