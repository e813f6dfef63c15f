import { useTranslation } from 'react-i18next';

type Props = { label: string; onClear: () => void };

/**
 * Takes back an answer ("not asked yet"). Focus moves to the first control of the group, as
 * the button disappears once the answer is gone.
 */
export function ClearAnswerButton({ label, onClear }: Props) {
  const { t } = useTranslation('questions');
  return (
    <div className="row">
      <button
        type="button"
        className="kern-btn kern-btn--tertiary"
        aria-label={t('questions.clearNamed', { label })}
        onClick={(event) => {
          event.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
          onClear();
        }}
      >
        <span className="kern-label">{t('questions.clear')}</span>
      </button>
    </div>
  );
}
