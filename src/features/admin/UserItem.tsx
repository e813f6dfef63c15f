import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminClient } from '../../app/sync/SyncProvider';
import type { OneTimePasswordResponse, User } from '../../protocol';
import { Alert } from '../../ui/Alert';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { OneTimePasswordBox, type RevealedPassword } from './OneTimePasswordBox';
import { adminProblem, type Problem } from './problem';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  user: User;
  /** The signed-in admin's own account: not deactivated or reset from here. */
  own: boolean;
  admin: AdminClient;
  /** A one-time password from a reset of this user, shown in this card. */
  revealed: RevealedPassword | undefined;
  onChanged: (user: User) => void;
  onReset: (response: OneTimePasswordResponse) => void;
  onDismissPassword: () => void;
};

type Pending = 'deactivate' | 'reset';

/** One account: its details and the actions deactivate/activate and reset password. */
export function UserItem({
  user,
  own,
  admin,
  revealed,
  onChanged,
  onReset,
  onDismissPassword,
}: Props) {
  const { t } = useTranslation('admin');
  const [confirming, setConfirming] = useState<Pending | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  // Which button gets the focus back once a confirmation closed (it is rendered again then).
  const [focusBack, setFocusBack] = useState<{ to: 'toggle' | 'reset' } | undefined>(undefined);
  const name = user.displayName;

  useEffect(() => {
    if (focusBack) (focusBack.to === 'toggle' ? toggleButton : resetButton).current?.focus();
  }, [focusBack]);

  const close = (to: 'toggle' | 'reset') => {
    setConfirming(undefined);
    setFocusBack({ to });
  };

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(adminProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const setActive = (active: boolean) =>
    run(async () => {
      onChanged(await admin.setActive(user.id, active));
      close('toggle');
    });
  const reset = () =>
    run(async () => {
      onReset(await admin.resetPassword(user.id));
      setConfirming(undefined); // the password box takes the focus
    });

  const problemText = problem && runtimeT(t)(problem.key, { code: problem.code });
  const hiddenName = <span className="admin-visually-hidden">{` – ${name}`}</span>;
  return (
    <li className={`admin-card stack${user.active ? '' : ' admin-card--muted'}`}>
      <h3 className="kern-heading-small admin-card__title">
        {name}
        {own && <span className="badge badge--info">{t('users.you')}</span>}
      </h3>
      <dl className="admin-meta">
        <div>
          <dt>{t('users.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('users.roles')}</dt>
          <dd>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('users.status')}</dt>
          <dd>{user.active ? t('users.active') : t('users.inactive')}</dd>
        </div>
        <div>
          <dt>{t('users.password')}</dt>
          <dd>{user.mustChangePassword ? t('users.mustChange') : t('users.ownPassword')}</dd>
        </div>
      </dl>
      {own ? (
        <p className="kern-body">{t('users.ownHint')}</p>
      ) : (
        !confirming && (
          <div className="row">
            <button
              ref={toggleButton}
              type="button"
              className="kern-btn kern-btn--secondary"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (busy) return;
                if (user.active) setConfirming('deactivate');
                else void setActive(true);
              }}
            >
              <span className="kern-label">
                {user.active ? t('users.deactivate') : t('users.activate')}
              </span>
              {hiddenName}
            </button>
            <button
              ref={resetButton}
              type="button"
              className="kern-btn kern-btn--secondary"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) setConfirming('reset');
              }}
            >
              <span className="kern-label">{t('users.resetPassword')}</span>
              {hiddenName}
            </button>
          </div>
        )
      )}
      {confirming === 'deactivate' && (
        <ConfirmPanel
          title={t('users.confirmDeactivate.title', { name })}
          confirmLabel={t('users.confirmDeactivate.confirm')}
          cancelLabel={t('cancel')}
          busyLabel={t('working')}
          busy={busy}
          problem={problemText}
          onConfirm={() => void setActive(false)}
          onCancel={() => {
            setProblem(undefined);
            close('toggle');
          }}
        >
          <p className="kern-body">{t('users.confirmDeactivate.body', { name })}</p>
        </ConfirmPanel>
      )}
      {confirming === 'reset' && (
        <ConfirmPanel
          title={t('users.confirmReset.title', { name })}
          confirmLabel={t('users.confirmReset.confirm')}
          cancelLabel={t('cancel')}
          busyLabel={t('working')}
          busy={busy}
          problem={problemText}
          onConfirm={() => void reset()}
          onCancel={() => {
            setProblem(undefined);
            close('reset');
          }}
        >
          <p className="kern-body">{t('users.confirmReset.body', { name })}</p>
        </ConfirmPanel>
      )}
      {revealed && (
        <OneTimePasswordBox
          {...revealed}
          headingLevel={4}
          onDone={() => {
            onDismissPassword();
            setFocusBack({ to: 'reset' });
          }}
        />
      )}
      {problemText && !confirming && <Alert tone="danger" live="alert" title={problemText} />}
    </li>
  );
}
