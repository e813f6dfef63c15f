import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { CounsellingDefaultsForm } from './CounsellingDefaultsForm';
import { StoragePanel } from './StoragePanel';
import { AboutPanel } from './AboutPanel';
import { ChangePassphrasePanel } from './ChangePassphrasePanel';
import { WipeDevicePanel } from './WipeDevicePanel';
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
  const { value: controller } = useConsentController();
  return (
    <>
      <h1 className="kern-heading-large">{t('settings.title')}</h1>
      <Section id="defaults" title={t('settings.defaults.title')}>
        <p className="kern-body">{t('settings.defaults.intro')}</p>
        {value && <CounsellingDefaultsForm initial={value} />}
      </Section>
      <Section id="controller" title={tConsents('controller.title')}>
        {controller !== undefined && <ConsentControllerForm initial={controller} />}
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
      <Section id="wipe" title={tLock('wipe.title')}>
        <WipeDevicePanel />
      </Section>
    </>
  );
}
