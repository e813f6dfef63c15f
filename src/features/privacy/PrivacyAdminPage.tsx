import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync, type PrivacyClient } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { OnlineAdminPage } from '../admin/OnlineAdminPage';
import { RefreshBar } from '../admin/RefreshBar';
import { CaseRequestPanel } from './CaseRequestPanel';
import { DeletionLog } from './DeletionLog';
import { DueDeletions } from './DueDeletions';
import { RetentionRuleCard } from './RetentionRuleCard';
import { RetentionSettingsForm } from './RetentionSettingsForm';
import { useRetention } from './useRetention';
import './privacy.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="stack">
      <h2 id={id} className="kern-heading-medium admin-heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

function PrivacyAdmin({ client }: { client: PrivacyClient }) {
  const { t } = useTranslation('privacy');
  const { state, loading, problem, reload } = useRetention(client);
  // Shown here, not in the form: the form is remounted from the saved settings.
  const [settingsSaved, setSettingsSaved] = useState(false);
  return (
    <>
      <RefreshBar
        label={t('refresh')}
        loading={loading}
        onReload={reload}
        status={loading ? t('loading') : ''}
      />
      {problem && !loading && (
        <Alert tone="danger" live="alert" title={t(problem.key, { code: problem.code })} />
      )}
      {state && (
        <>
          <Section id="privacy-settings" title={t('settings.title')}>
            <RetentionSettingsForm
              // A fresh form for each saved state: it starts from what the server holds.
              key={JSON.stringify(state.settings)}
              client={client}
              settings={state.settings}
              onSaved={() => {
                setSettingsSaved(true);
                reload();
              }}
              onEdit={() => {
                setSettingsSaved(false);
              }}
            />
            {settingsSaved && <Alert tone="success" live="status" title={t('settings.saved')} />}
          </Section>
          <Section id="privacy-rules" title={t('rules.title')}>
            <p className="kern-body">{t('rules.intro')}</p>
            <ul className="admin-list">
              {state.rules.map((rule) => (
                <RetentionRuleCard
                  key={`${rule.rule}-${String(rule.enabled)}-${String(rule.amount)}`}
                  client={client}
                  rule={rule}
                  confirmFirst={state.settings.confirmFirst}
                  onChanged={reload}
                />
              ))}
            </ul>
          </Section>
          {(state.settings.confirmFirst || state.due.targets > 0) && (
            <Section id="privacy-due" title={t('due.title')}>
              <DueDeletions client={client} due={state.due} onChanged={reload} />
            </Section>
          )}
          <Section id="privacy-request" title={t('request.title')}>
            <CaseRequestPanel
              client={client}
              statutoryRetention={state.settings.statutoryRetention}
              onErased={reload}
            />
          </Section>
          <Section id="privacy-log" title={t('log.title')}>
            <p className="kern-body">{t('log.intro')}</p>
            <DeletionLog log={state.log} />
          </Section>
        </>
      )}
    </>
  );
}

/**
 * Route `/verwaltung/datenschutz`: retention settings and rules with their previews, the due
 * list, Art. 15/17 requests for one case and the deletion log. Administrators only, online
 * only; nothing of it is stored on the device.
 */
export function PrivacyAdminPage() {
  const { privacy, admin } = useSync();
  return (
    <OnlineAdminPage client={admin ? privacy : undefined} ns="privacy">
      {(client) => <PrivacyAdmin client={client} />}
    </OnlineAdminPage>
  );
}
