import { useMemo } from 'react';
import { evaluateReturnOptions, RETURN_PORTAL } from '../../../domain';
import type { IsoDate, ReturnOptionAssessment } from '../../../domain';
import './assessments.css';
import { Heading } from './Heading';
import { PanelIntro } from './PanelIntro';
import type { AssessmentPanelProps } from './PathwayPanel';
import { ReturnOptionCard } from './ReturnOptionCard';
import { countReturnOptions } from './summaryCounts';
import { useAssessmentText } from './useAssessmentText';

type GroupProps = {
  titleKey: string;
  options: readonly ReturnOptionAssessment[];
  asOf: IsoDate;
  level: number;
};

function OptionGroup({ titleKey, options, asOf, level }: GroupProps) {
  const { t } = useAssessmentText();
  if (options.length === 0) return null;
  return (
    <section className="assessment-group">
      <Heading level={level} className="kern-heading-medium">
        {t(titleKey)}
      </Heading>
      <ul className="assessment-cards">
        {options.map((o) => (
          <li key={o.optionId}>
            <ReturnOptionCard assessment={o} asOf={asOf} level={level + 1} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Voluntary-return programmes and counselling routes. No amounts: the domain stores none,
 * so the panel points to the federal return portal for current figures.
 */
export function ReturnOptionsPanel({ facts, asOf, headingLevel = 3 }: AssessmentPanelProps) {
  const { t } = useAssessmentText();
  const options = useMemo(() => evaluateReturnOptions(facts, asOf), [facts, asOf]);
  const counts = countReturnOptions(options);
  const summary = t('assessments.returnOptions.summary.line', {
    likely: t('assessments.returnOptions.summary.likely', { count: counts.likely }),
    check: t('assessments.returnOptions.summary.check', { count: counts.check }),
    notEligible: t('assessments.returnOptions.summary.notEligible', { count: counts.notEligible }),
    unknown: t('assessments.returnOptions.summary.unknown', { count: counts.unknown }),
  });
  return (
    <div className="assessment-panel" data-testid="return-options-panel">
      <PanelIntro summary={summary} asOf={asOf} metas={options.map((o) => o.meta)} />
      <div className="assessment-portal">
        <p className="kern-body">
          {t('assessments.returnOptions.portalIntro')}{' '}
          <a
            className="kern-link"
            href={`https://${RETURN_PORTAL}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {RETURN_PORTAL}{' '}
            <span className="assessment-portal__hint">
              {t('assessments.returnOptions.portalNewWindow')}
            </span>
          </a>
        </p>
        <p className="kern-body kern-body--small">{t('assessments.returnOptions.noAmounts')}</p>
      </div>
      <OptionGroup
        titleKey="assessments.returnOptions.openGroup"
        options={options.filter((o) => o.eligibility !== 'not-eligible')}
        asOf={asOf}
        level={headingLevel}
      />
      <OptionGroup
        titleKey="assessments.returnOptions.closedGroup"
        options={options.filter((o) => o.eligibility === 'not-eligible')}
        asOf={asOf}
        level={headingLevel}
      />
    </div>
  );
}
