import type { ReactNode } from 'react';
import { useId } from 'react';
import { PATHWAYS } from '../../../domain';
import type { IsoDate, PathwayAssessment, SuggestedAction } from '../../../domain';
import { ActionList } from './ActionList';
import { DeadlineList } from './DeadlineList';
import { Heading } from './Heading';
import { LegalDetails } from './LegalDetails';
import { keyPrefix, partMeta } from './legalParts';
import type { FlaggedPart } from './legalParts';
import { NoteList } from './NoteList';
import { RequirementGroups } from './RequirementGroups';
import { StatusBadge } from './StatusBadge';
import { PATHWAY_LOOK } from './statusLook';
import { useAssessmentText } from './useAssessmentText';
import { VerifyMarker } from './VerifyMarker';

type Props = {
  assessment: PathwayAssessment;
  actions: readonly SuggestedAction[];
  asOf: IsoDate;
  level: number;
  /** Ruled-out pathways keep their header visible and fold the rest away. */
  collapsed: boolean;
};

/** One pathway: title, §, status in words and shape, requirements, actions, deadlines. */
export function PathwayCard({ assessment: a, actions, asOf, level, collapsed }: Props) {
  const { t, text } = useAssessmentText();
  const titleId = useId();
  const prefix = keyPrefix(a.titleKey);
  const noteDefs = PATHWAYS.find((p) => p.id === a.pathwayId)?.notes;
  const notes = a.noteKeys.map((key) => ({ key, meta: partMeta(noteDefs, prefix, 'note', key) }));
  const flagged: FlaggedPart[] = [
    ...a.requirements
      .filter((r) => r.meta.toVerify)
      .map((r) => ({ key: r.id, textKey: r.labelKey, meta: r.meta })),
    ...notes.flatMap((n) =>
      n.meta?.toVerify ? [{ key: n.key, textKey: n.key, meta: n.meta }] : [],
    ),
  ];

  const body: ReactNode = (
    <>
      <p className="kern-body">{text(a.summaryKey)}</p>
      <p className="kern-body kern-body--small">{text(a.statusKey)}</p>
      <RequirementGroups requirements={a.requirements} reasons={a.reasons} level={level + 1} />
      <ActionList actions={actions} level={level + 1} />
      <DeadlineList deadlines={a.deadlines} level={level + 1} />
      <NoteList notes={notes} level={level + 1} />
      <LegalDetails
        meta={a.meta}
        asOf={asOf}
        toVerify={a.toVerify}
        nature={a.nature}
        flagged={flagged}
      />
    </>
  );

  return (
    <article
      className="kern-card kern-card--hug assessment-card"
      aria-labelledby={titleId}
      data-pathway={a.pathwayId}
      data-status={a.status}
    >
      <div className="kern-card__container">
        <header className="kern-card__header assessment-card__header">
          <Heading level={level} id={titleId} className="kern-title">
            {text(a.titleKey)}
          </Heading>
          <p className="assessment-ref">{a.legalRef}</p>
          <div className="assessment-card__badges">
            <StatusBadge
              {...PATHWAY_LOOK[a.status]}
              label={t(`assessments.pathways.status.${a.status}`)}
            />
            {a.toVerify && <VerifyMarker />}
          </div>
        </header>
        <div className="kern-card__body">
          {collapsed ? (
            <details className="assessment-details assessment-details--reasons">
              <summary className="assessment-details__summary">
                {t('assessments.common.showDetails')}
              </summary>
              <div className="assessment-details__body">{body}</div>
            </details>
          ) : (
            body
          )}
        </div>
      </div>
    </article>
  );
}
