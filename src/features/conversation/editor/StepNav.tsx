import { useTranslation } from 'react-i18next';
import type { ScriptProgress } from '../../../domain';
import type { NavSection } from './navigation';
import { runtimeT } from '../../../i18n/runtimeKeys';

type Props = {
  sections: readonly NavSection[];
  current: string;
  progress: ScriptProgress;
  topicsCovered: readonly string[];
  readOnly: boolean;
  onSelect: (stepId: string) => void;
  onTopicToggle: (sectionId: string, covered: boolean) => void;
};

/** Free navigation between sections and steps, with progress and "discussed" ticks. */
export function StepNav({
  sections,
  current,
  progress,
  topicsCovered,
  readOnly,
  onSelect,
  onTopicToggle,
}: Props) {
  const { t } = useTranslation(['conversation', 'script']);
  return (
    <nav className="step-nav" aria-label={t('nav.label')}>
      <p className="kern-body" id="progress-label">
        {t('nav.progress', { answered: progress.answered, total: progress.total })}
      </p>
      <progress
        className="step-nav__progress"
        aria-labelledby="progress-label"
        max={Math.max(progress.total, 1)}
        value={progress.answered}
      />
      <ol className="step-nav__sections">
        {sections.map((section) => {
          const sp = progress.sections.find((p) => p.sectionId === section.id);
          return (
            <li key={section.id}>
              <p className="step-nav__section-title">
                {runtimeT(t)(section.titleKey, { ns: section.ns })}
                {sp && (
                  <span className="step-nav__count">
                    {t('nav.sectionProgress', { answered: sp.answered, total: sp.total })}
                  </span>
                )}
              </p>
              <ol>
                {section.steps.map((step) => (
                  <li key={step.id}>
                    <button
                      type="button"
                      className="step-nav__link"
                      aria-current={step.id === current ? 'step' : undefined}
                      onClick={() => {
                        onSelect(step.id);
                      }}
                    >
                      {runtimeT(t)(step.titleKey, { ns: step.ns })}
                    </button>
                  </li>
                ))}
              </ol>
              {section.script && (
                <div className="kern-form-check step-nav__topic">
                  <input
                    id={`topic-${section.id}`}
                    type="checkbox"
                    className="kern-form-check__checkbox"
                    disabled={readOnly}
                    checked={topicsCovered.includes(section.id)}
                    onChange={(e) => {
                      onTopicToggle(section.id, e.target.checked);
                    }}
                  />
                  <label className="kern-label" htmlFor={`topic-${section.id}`}>
                    {t('nav.discussed')}
                    {/* Every section has this box: the hidden name tells them apart. */}
                    <span className="kern-sr-only">
                      {' – '}
                      {runtimeT(t)(section.titleKey, { ns: section.ns })}
                    </span>
                  </label>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
