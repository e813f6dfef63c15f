import { Fragment, type ReactNode } from 'react';
import type { Controller } from '../../domain';
import { useTranslation } from 'react-i18next';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { CounsellingDefaultsForm } from './CounsellingDefaultsForm';
import { StoragePanel } from './StoragePanel';
import { AboutPanel } from './AboutPanel';
import { ChangePassphrasePanel } from './ChangePassphrasePanel';
import { WipeDevicePanel } from './WipeDevicePanel';
import { DeviceErrorLogPanel } from './DeviceErrorLogPanel';
import { BackupPanel } from './BackupPanel';
import { AccountPanel } from '../sync/AccountPanel';
import { useConsentController } from '../../storage/hooks/useConsents';
import { ConsentControllerForm } from './ConsentControllerForm';

/** One titled part of the settings page; its heading names the region. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <h2 id={`${id}-heading`} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { t: tLock } = useTranslation('lock');
  const { t: tSync } = useTranslation('sync');
  const { t: tConsents } = useTranslation('consents');
  const { t: tBackup } = useTranslation('backup');
  const { value } = useCounsellingDefaults();
  const { value: controller, source } = useConsentController();
  return (
    <>
      <h1 className="kern-heading-large">{t('settings.title')}</h1>
      <Section id="defaults" title={t('settings.defaults.title')}>
        <p className="kern-body">{t('settings.defaults.intro')}</p>
        {value && <CounsellingDefaultsForm initial={value} />}
      </Section>
      <Section id="controller" title={tConsents('controller.title')}>
        {source === 'organisation' && controller ? (
          <OrganisationController controller={controller} />
        ) : (
          controller !== undefined && (
            <ConsentControllerForm
              initial={controller}
              intro={tConsents('controller.deviceIntro')}
            />
          )
        )}
      </Section>
      <Section id="sync" title={tSync('status.title')}>
        <AccountPanel />
      </Section>
      <Section id="backup" title={tBackup('settings.title')}>
        <BackupPanel />
      </Section>
      <Section id="storage" title={t('storage.title')}>
        <StoragePanel />
      </Section>
      <Section id="passphrase" title={tLock('change.title')}>
        <ChangePassphrasePanel />
      </Section>
      <Section id="about" title={t('about.title')}>
        <AboutPanel />
      </Section>
      <Section id="diagnostics" title={t('diagnostics.title')}>
        <DeviceErrorLogPanel />
      </Section>
      <Section id="wipe" title={tLock('wipe.title')}>
        <WipeDevicePanel />
      </Section>
    </>
  );
}

/** The details as the administration entered them for every device: shown, not edited here. */
function OrganisationController({ controller }: { controller: Controller }) {
  const { t } = useTranslation('consents');
  const fields = [
    'name',
    'address',
    'contact',
    'dataProtectionOfficer',
    'supervisoryAuthority',
  ] as const;
  return (
    <div className="stack">
      <p className="kern-body">{t('controller.fromOrganisation')}</p>
      <dl className="definition-list">
        {fields.map((f) => (
          <Fragment key={f}>
            <dt>{t(`controller.${f}`)}</dt>
            <dd className="preserve-lines">{controller[f]}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
