import { useMemo } from 'react';
import { evaluatePathways, suggestActions } from '../../../domain';
import type { CaseFacts, IsoDate, PathwayAssessment, SuggestedAction } from '../../../domain';
import './assessments.css';
import { Heading } from './Heading';
import type { HeadingLevel } from './Heading';
import { PanelIntro } from './PanelIntro';
import { PathwayCard } from './PathwayCard';
import { isExcluded } from './statusLook';
import { countPathways } from './summaryCounts';
import { useAssessmentText } from './useAssessmentText';

export type AssessmentPanelProps = {
  facts: CaseFacts;
  asOf: IsoDate;
  /** Level of the panel's top headings (default 3); nested headings go up to two deeper. */
  headingLevel?: HeadingLevel;
};

type GroupProps = {
  titleKey: string;
  pathways: readonly PathwayAssessment[];
  actions: readonly SuggestedAction[];
  asOf: IsoDate;
  level: number;
  collapsed: boolean;
};

function PathwayGroup({ titleKey, pathways, actions, asOf, level, collapsed }: GroupProps) {
  const { t } = useAssessmentText();
  if (pathways.length === 0) return null;
  return (
    <section
      className="assessment-group"
      data-testid={collapsed ? 'closed-pathways' : 'open-pathways'}
    >
      <Heading level={level} className="kern-heading-medium">
        {t(titleKey)}
      </Heading>
      <ul className="assessment-cards">
        {pathways.map((p) => (
          <li key={p.pathwayId}>
            <PathwayCard
              assessment={p}
              actions={actions.filter((s) => s.source.id === p.pathwayId)}
              asOf={asOf}
              level={level + 1}
              collapsed={collapsed}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Every residence pathway with its status, requirements, next steps and deadlines. Ruled-out
 * pathways move to the end and fold their details away, but are never hidden.
 */
export function PathwayPanel({ facts, asOf, headingLevel = 3 }: AssessmentPanelProps) {
  const { t } = useAssessmentText();
  const pathways = useMemo(() => evaluatePathways(facts, asOf), [facts, asOf]);
  const actions = useMemo(
    () => suggestActions(pathways, []).filter((s) => s.source.kind === 'pathway'),
    [pathways],
  );
  const counts = countPathways(pathways);
  const summary = t('assessments.pathways.summary.line', {
    possible: t('assessments.pathways.summary.possible', { count: counts.possible }),
    unclear: t('assessments.pathways.summary.unclear', { count: counts.unclear }),
    excluded: t('assessments.pathways.summary.excluded', { count: counts.excluded }),
  });
  const shared = { actions, asOf, level: headingLevel };
  return (
    <div className="assessment-panel" data-testid="pathway-panel">
      <PanelIntro summary={summary} asOf={asOf} metas={pathways.map((p) => p.meta)} />
      <PathwayGroup
        {...shared}
        titleKey="assessments.pathways.openGroup"
        pathways={pathways.filter((p) => !isExcluded(p.status))}
        collapsed={false}
      />
      <PathwayGroup
        {...shared}
        titleKey="assessments.pathways.closedGroup"
        pathways={pathways.filter((p) => isExcluded(p.status))}
        collapsed
      />
    </div>
  );
}
