import { useTranslation } from 'react-i18next';
import { LETTER_PLACEHOLDER_IDS } from '../../domain/letters';

/**
 * The placeholders an administrator may write into the letter, each with what the app puts
 * in its place when printing from a conversation.
 */
export function PlaceholderList() {
  const { t } = useTranslation('letters');
  return (
    <section className="stack letter-placeholders" aria-labelledby="letter-placeholders">
      <h2 className="kern-heading-medium" id="letter-placeholders">
        {t('placeholders.title')}
      </h2>
      <p className="kern-body">{t('placeholders.intro', { example: '{{name}}' })}</p>
      <dl className="letter-placeholders__list">
        {LETTER_PLACEHOLDER_IDS.map((id) => (
          <div key={id} className="letter-placeholders__item">
            <dt>
              <code lang="en" dir="ltr">{`{{${id}}}`}</code>
            </dt>
            <dd>{t(`placeholders.meaning.${id}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
