import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';

type Props = {
  sessionId: string;
  /** How the link looks where it is placed: a button-like link or a plain text link. */
  variant?: 'button' | 'link';
};

/**
 * The way to the organisation's Ausreiseinformationsschreiben for a conversation, next to the
 * conversation's other documents (file note, summary). The page itself says when the
 * organisation has not entered the letter yet.
 */
export function DepartureLetterLink({ sessionId, variant = 'link' }: Props) {
  const { t } = useTranslation('letters');
  return (
    <AppLink
      href={routes.departureLetter(sessionId)}
      className={variant === 'button' ? 'kern-btn kern-btn--secondary' : undefined}
    >
      {variant === 'button' ? <span className="kern-label">{t('link')}</span> : t('link')}
    </AppLink>
  );
}
