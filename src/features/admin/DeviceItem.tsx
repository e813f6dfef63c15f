import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminClient } from '../../app/sync/SyncProvider';
import type { Device } from '../../protocol';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { useDateTime } from './format';
import { adminProblem, type Problem } from './problem';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  device: Device;
  /** Display name of the device's account (undefined if it is not in the list). */
  userName: string | undefined;
  /** The device this screen runs on: revoking it would wipe it, so it is not offered. */
  own: boolean;
  admin: AdminClient;
  onRevoked: (device: Device) => void;
};

/** One registered device: who uses it, when it was last seen, and revoking it. */
export function DeviceItem({ device, userName, own, admin, onRevoked }: Props) {
  const { t } = useTranslation('admin');
  const dateTime = useDateTime();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [focusBack, setFocusBack] = useState<{ to: 'button' | 'title' } | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const name = device.name;

  useEffect(() => {
    if (focusBack) (focusBack.to === 'button' ? button : title).current?.focus();
  }, [focusBack]);

  const revoke = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      onRevoked(await admin.revokeDevice(device.clientId));
      setConfirming(false);
      setFocusBack({ to: 'title' }); // the button is gone now
    } catch (error) {
      setProblem(adminProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const revoked = device.revokedAt !== null;
  return (
    <li className={`admin-card stack${revoked ? ' admin-card--muted' : ''}`}>
      <h3 ref={title} tabIndex={-1} className="kern-heading-small admin-card__title">
        {name}
        {own && <span className="badge badge--info">{t('devices.thisDevice')}</span>}
      </h3>
      <dl className="admin-meta">
        <div>
          <dt>{t('devices.user')}</dt>
          <dd>{userName ?? t('devices.unknownUser')}</dd>
        </div>
        <div>
          <dt>{t('devices.registered')}</dt>
          <dd>{dateTime(device.registeredAt)}</dd>
        </div>
        <div>
          <dt>{t('devices.lastSeen')}</dt>
          <dd>{device.lastSeenAt ? dateTime(device.lastSeenAt) : t('devices.never')}</dd>
        </div>
        <div>
          <dt>{t('devices.status')}</dt>
          <dd>
            {device.revokedAt
              ? t('devices.revoked', { time: dateTime(device.revokedAt) })
              : t('devices.active')}
          </dd>
        </div>
      </dl>
      {!revoked && own && <p className="kern-body">{t('devices.ownHint')}</p>}
      {!revoked && !own && !confirming && (
        <div className="row">
          <button
            ref={button}
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setConfirming(true);
            }}
          >
            <span className="kern-label">{t('devices.revoke')}</span>
            <span className="admin-visually-hidden">{` – ${name}`}</span>
          </button>
        </div>
      )}
      {!revoked && confirming && (
        <ConfirmPanel
          title={t('devices.confirm.title', { name })}
          confirmLabel={t('devices.confirm.confirm')}
          cancelLabel={t('cancel')}
          busyLabel={t('working')}
          busy={busy}
          problem={problem && runtimeT(t)(problem.key, { code: problem.code })}
          onConfirm={() => void revoke()}
          onCancel={() => {
            setProblem(undefined);
            setConfirming(false);
            setFocusBack({ to: 'button' });
          }}
        >
          <p className="kern-body">
            {t('devices.confirm.body', { user: userName ?? t('devices.unknownUser') })}
          </p>
          <p className="kern-body">{t('devices.confirm.final')}</p>
        </ConfirmPanel>
      )}
    </li>
  );
}
