import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../protocol';

export type RevealedPassword = { kind: 'created' | 'reset'; user: User; password: string };

type Props = RevealedPassword & {
  headingLevel: 3 | 4;
  onDone: () => void;
};

/**
 * Shows a one-time password exactly once (it lives only in this screen's memory): takes the
 * focus when it appears and says to hand it over in person. Closing it forgets the password.
 */
export function OneTimePasswordBox({ kind, user, password, headingLevel, onDone }: Props) {
  const { t } = useTranslation('admin');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [password]);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const name = user.displayName;
  return (
    <section
      className="stack admin-otp"
      aria-labelledby={headingId}
      data-testid="one-time-password"
    >
      <Heading id={headingId} ref={heading} tabIndex={-1} className="kern-heading-small">
        {t('otp.title', { name })}
      </Heading>
      <p className="kern-body">{t(`otp.intro.${kind}`, { name })}</p>
      <dl className="admin-otp__data">
        <div>
          <dt>{t('otp.login')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('otp.password')}</dt>
          <dd className="admin-otp__value" translate="no">
            {password}
          </dd>
        </div>
      </dl>
      <p className="kern-body admin-otp__once">
        <strong>{t('otp.once')}</strong> {t('otp.onceDetail', { name })}
      </p>
      <div className="row">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onDone}>
          <span className="kern-label">{t('otp.done')}</span>
        </button>
      </div>
    </section>
  );
}
