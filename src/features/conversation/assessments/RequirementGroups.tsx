import type { RequirementResult, RequirementStatus } from '../../../domain';
import { Heading } from './Heading';
import { REQUIREMENT_LOOK } from './statusLook';
import { StatusIcon } from './StatusIcon';
import { useAssessmentText } from './useAssessmentText';
import { VerifyMarker } from './VerifyMarker';

const GROUPS: readonly { status: RequirementStatus; titleKey: string }[] = [
  { status: 'not-met', titleKey: 'assessments.common.notMet' },
  { status: 'unknown', titleKey: 'assessments.common.unknown' },
  { status: 'met', titleKey: 'assessments.common.met' },
];

function Requirement({ requirement: r }: { requirement: RequirementResult }) {
  const { t, text, list, date } = useAssessmentText();
  return (
    <li className={`assessment-req assessment-req--${r.status}`}>
      <StatusIcon shape={REQUIREMENT_LOOK[r.status].icon} />
      <div className="assessment-req__body">
        <span className="assessment-req__label">{text(r.labelKey)}</span>{' '}
        <span className="assessment-ref">{t('assessments.common.ref', { ref: r.legalRef })}</span>
        {r.meta.toVerify && (
          <>
            {' '}
            <VerifyMarker />
          </>
        )}
        {r.status === 'not-met' && (
          <p className="assessment-req__detail">{text(r.explanationKey)}</p>
        )}
        {r.status !== 'met' && r.kind === 'general' && (
          <p className="assessment-req__detail">{t('assessments.common.generalRequirement')}</p>
        )}
        {r.status === 'unknown' && (
          <p className="assessment-req__detail">
            {r.missingFacts.length > 0
              ? t('assessments.common.missingFacts', {
                  facts: list(r.missingFacts.map((f) => text(`facts.${f}.label`))),
                })
              : t('assessments.common.legalAssessment')}
          </p>
        )}
        {r.status === 'unknown' &&
          r.unrecorded.map((stretch) => (
            <p key={`${stretch.from}/${stretch.until}`} className="assessment-req__detail">
              {t('facts.statusHistory.gapQuestion', {
                ns: 'script',
                from: date(stretch.from),
                until: date(stretch.until),
              })}
            </p>
          ))}
      </div>
    </li>
  );
}

type Props = {
  requirements: readonly RequirementResult[];
  reasons: readonly RequirementResult[];
  level: number;
};

/**
 * Requirements grouped by outcome: not met (exclusions first, as the engine orders the
 * reasons), still to clarify (with the missing facts), met.
 */
export function RequirementGroups({ requirements, reasons, level }: Props) {
  const { t } = useAssessmentText();
  return (
    <>
      {GROUPS.map(({ status, titleKey }) => {
        const items =
          status === 'not-met' ? reasons : requirements.filter((r) => r.status === status);
        if (items.length === 0) return null;
        return (
          <div key={status} className="assessment-section" data-group={status}>
            <Heading level={level} className="kern-title kern-title--small">
              {t(titleKey)}
            </Heading>
            <ul className="assessment-plain-list">
              {items.map((r) => (
                <Requirement key={r.id} requirement={r} />
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
