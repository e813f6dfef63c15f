import type { RuleMeta } from '../../../domain';
import { Heading } from './Heading';
import { useAssessmentText } from './useAssessmentText';
import { VerifyMarker } from './VerifyMarker';

export type NoteEntry = { readonly key: string; readonly meta?: RuleMeta | undefined };

type Props = { notes: readonly NoteEntry[]; level: number; titleKey?: string };

/** Notes (or hints), each with its own legal reference and flag where it has one. */
export function NoteList({ notes, level, titleKey = 'assessments.common.notes' }: Props) {
  const { t, text } = useAssessmentText();
  if (notes.length === 0) return null;
  return (
    <div className="assessment-section">
      <Heading level={level} className="kern-title kern-title--small">
        {t(titleKey)}
      </Heading>
      <ul className="assessment-bullet-list">
        {notes.map((n) => (
          <li key={n.key}>
            <span>{text(n.key)}</span>
            {n.meta && (
              <>
                {' '}
                <span className="assessment-ref">
                  {t('assessments.common.ref', { ref: n.meta.legalRef })}
                </span>
                {n.meta.toVerify && (
                  <>
                    {' '}
                    <VerifyMarker />
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
