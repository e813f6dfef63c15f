import { useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminClient } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { CreateUserForm } from './CreateUserForm';
import { DeviceItem } from './DeviceItem';
import { LockPolicyPanel } from './LockPolicyPanel';
import { ControllerAdminPanel } from './ControllerAdminPanel';
import type { ConsentControllerAdminClient } from '../../app/sync/SyncProvider';
import { StatisticsContributionPanel } from './StatisticsContributionPanel';
import { ContributorsPanel } from './ContributorsPanel';
import { useDateTime } from './format';
import { RefreshBar } from './RefreshBar';
import { OneTimePasswordBox, type RevealedPassword } from './OneTimePasswordBox';
import { useAdminData } from './useAdminData';
import { UserItem } from './UserItem';
import { DirectoryAdminLink } from '../directory/DirectoryAdminLink';
import { LetterAdminLink } from '../letters/LetterAdminLink';
import { runtimeT } from '../../i18n/runtimeKeys';
import { PrivacyAdminLink } from '../privacy/PrivacyAdminLink';

type Props = {
  admin: AdminClient;
  /** The signed-in admin's own user id and this device's id (marked, not changeable here). */
  ownUserId: string;
  ownClientId: string | undefined;
  /** The organisation's details for consents (ControllerAdminPanel); absent: not shown. */
  controllerAdmin?: ConsentControllerAdminClient | undefined;
  /** A statistics office receives figures; it has no opt-in of its own to give. */
  statisticsOffice?: boolean;
};

type SectionProps = {
  id: string;
  title: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
};

function Section({ id, title, headingRef, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="stack">
      <h2 id={id} ref={headingRef} tabIndex={-1} className="kern-heading-medium admin-heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Users and devices of the admin's organisation, with their actions (online only). */
export function AdminScreen({
  admin,
  ownUserId,
  ownClientId,
  controllerAdmin,
  statisticsOffice,
}: Props) {
  const { t, i18n } = useTranslation('admin');
  const dateTime = useDateTime();
  const { data, loading, problem, reload, putUser, putDevice } = useAdminData(admin);
  const [revealed, setRevealed] = useState<RevealedPassword | undefined>(undefined);
  // Results of actions whose visible change is in place (announced politely).
  const [announcement, setAnnouncement] = useState('');
  const createHeading = useRef<HTMLHeadingElement>(null);

  const users = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...(data?.users ?? [])].sort((a, b) => collator.compare(a.displayName, b.displayName));
  }, [data?.users, i18n.language]);
  const names = useMemo(() => new Map(users.map((u) => [u.id, u.displayName])), [users]);
  const devices = data?.devices ?? [];

  return (
    <>
      <DirectoryAdminLink />
      <LetterAdminLink />
      <PrivacyAdminLink />
      <RefreshBar
        label={t('refresh')}
        loading={loading}
        onReload={reload}
        status={
          loading
            ? t('loading')
            : data && !problem
              ? t('loadedAt', { time: dateTime(data.loadedAt) })
              : ''
        }
      />
      <p className="kern-sr-only" role="status">
        {announcement}
      </p>
      {problem && !loading && (
        <Alert tone="danger" live="alert" title={runtimeT(t)(problem.key, { code: problem.code })}>
          {data && <p className="kern-body">{t('stale', { time: dateTime(data.loadedAt) })}</p>}
        </Alert>
      )}
      {data && (
        <>
          <Section id="admin-users" title={t('users.title', { count: users.length })}>
            <ul className="admin-list">
              {users.map((user) => (
                <UserItem
                  key={user.id}
                  user={user}
                  own={user.id === ownUserId}
                  admin={admin}
                  revealed={
                    revealed?.kind === 'reset' && revealed.user.id === user.id
                      ? revealed
                      : undefined
                  }
                  onChanged={(changed) => {
                    putUser(changed);
                    const key = changed.active ? 'activated' : 'deactivated';
                    setAnnouncement(t(`result.${key}`, { name: changed.displayName }));
                  }}
                  onReset={({ user: changed, oneTimePassword }) => {
                    putUser(changed);
                    setAnnouncement('');
                    setRevealed({ kind: 'reset', user: changed, password: oneTimePassword });
                  }}
                  onDismissPassword={() => {
                    setRevealed(undefined);
                  }}
                />
              ))}
            </ul>
          </Section>
          <Section id="admin-create" title={t('create.title')} headingRef={createHeading}>
            <p className="kern-body">{t('create.intro')}</p>
            {revealed?.kind === 'created' && (
              <OneTimePasswordBox
                {...revealed}
                headingLevel={3}
                onDone={() => {
                  createHeading.current?.focus(); // before the focused box disappears
                  setRevealed(undefined);
                }}
              />
            )}
            <CreateUserForm
              admin={admin}
              onCreated={({ user, oneTimePassword }) => {
                putUser(user);
                setAnnouncement('');
                setRevealed({ kind: 'created', user, password: oneTimePassword });
              }}
            />
          </Section>
          <Section id="admin-devices" title={t('devices.title', { count: devices.length })}>
            <p className="kern-body">{t('devices.intro')}</p>
            {devices.length === 0 ? (
              <p className="kern-body">{t('devices.empty')}</p>
            ) : (
              <ul className="admin-list">
                {devices.map((device) => (
                  <DeviceItem
                    key={device.clientId}
                    device={device}
                    userName={names.get(device.userId)}
                    own={device.clientId === ownClientId}
                    admin={admin}
                    onRevoked={(changed) => {
                      putDevice(changed);
                      setAnnouncement(t('result.revoked', { name: changed.name }));
                    }}
                  />
                ))}
              </ul>
            )}
          </Section>
          <Section id="admin-policy" title={t('policy.title')}>
            <LockPolicyPanel admin={admin} />
          </Section>
          {controllerAdmin && (
            <Section id="admin-controller" title={t('controller.title')}>
              <ControllerAdminPanel client={controllerAdmin} />
            </Section>
          )}
          {statisticsOffice ? (
            <Section id="admin-contributors" title={t('contributors.title')}>
              <ContributorsPanel admin={admin} />
            </Section>
          ) : (
            <Section id="admin-contribution" title={t('contribution.title')}>
              <StatisticsContributionPanel admin={admin} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
