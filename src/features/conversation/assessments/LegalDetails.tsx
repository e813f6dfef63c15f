import type { ReactNode } from 'react';
import { isReviewOverdue } from '../../../domain';
import type { IsoDate, LegalNature, RuleMeta } from '../../../domain';
import type { FlaggedPart } from './legalParts';
import { useAssessmentText } from './useAssessmentText';

type Props = {
  meta: RuleMeta;
  asOf: IsoDate;
  /** True if the rule or any part of it is flagged (the assessment's `toVerify`). */
  toVerify: boolean;
  nature?: LegalNature;
  /** Requirements, notes or hints with their own verification flag. */
  flagged?: readonly FlaggedPart[];
};

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** Collapsible "Rechtsgrundlage & Stand": reference, source, validity, review and flags. */
export function LegalDetails({ meta, asOf, toVerify, nature, flagged = [] }: Props) {
  const { t, text, date } = useAssessmentText();
  const confidence = (m: RuleMeta) => t(`assessments.common.legal.confidenceValue.${m.confidence}`);
  const verify = meta.toVerify
    ? t('assessments.common.legal.verifyRule')
    : toVerify
      ? t('assessments.common.legal.verifyParts')
      : t('assessments.common.legal.verifyNone');
  return (
    <details className="assessment-details">
      <summary className="assessment-details__summary">
        {t('assessments.common.legal.title')}
      </summary>
      <div className="assessment-details__body">
        <dl className="kern-description-list">
          <Item term={t('assessments.common.legal.legalRef')}>{meta.legalRef}</Item>
          {nature && (
            <Item term={t('assessments.common.legal.nature')}>
              {t(`assessments.common.nature.${nature}`)}
            </Item>
          )}
          <Item term={t('assessments.common.legal.source')}>{meta.source}</Item>
          <Item term={t('assessments.common.legal.validFrom')}>{date(meta.validFrom)}</Item>
          <Item term={t('assessments.common.legal.validUntil')}>
            {meta.validUntil ? date(meta.validUntil) : t('assessments.common.legal.openEnded')}
          </Item>
          <Item term={t('assessments.common.legal.reviewedOn')}>
            {isReviewOverdue(meta, asOf)
              ? t('assessments.common.legal.reviewOverdue', { date: date(meta.reviewedOn) })
              : date(meta.reviewedOn)}
          </Item>
          <Item term={t('assessments.common.legal.confidence')}>{confidence(meta)}</Item>
          <Item term={t('assessments.common.legal.verify')}>{verify}</Item>
          {meta.reviewNote && (
            <Item term={t('assessments.common.legal.reviewNote')}>
              <span lang="en">{meta.reviewNote}</span>
            </Item>
          )}
        </dl>
        {flagged.length > 0 && (
          <>
            <p className="kern-body kern-body--bold">
              {t('assessments.common.legal.flaggedParts')}
            </p>
            <ul className="assessment-plain-list">
              {flagged.map((part) => (
                <li key={part.key} className="assessment-flagged">
                  <span className="assessment-flagged__label">{text(part.textKey)}</span>{' '}
                  <span>
                    {t('assessments.common.legal.flaggedPart', {
                      ref: part.meta.legalRef,
                      source: part.meta.source,
                      confidence: confidence(part.meta),
                    })}
                  </span>
                  {part.meta.reviewNote && (
                    <span className="assessment-flagged__note" lang="en">
                      {part.meta.reviewNote}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
