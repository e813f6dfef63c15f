import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../features/home/NotFoundPage';
import { VaultGate } from '../features/lock/VaultGate';
import { ClientLanguageProvider } from './clientLanguage';
import { matchRoute, usePath, type Route } from './router';
import { Shell } from './Shell';
import { SyncProvider } from './sync/SyncProvider';
import { installLeaveGuard } from './unsavedInput';

// Screens load on demand (with their forms, validation and storage code) to keep the
// initial bundle small; the service worker precaches them all for offline use.
const named = <K extends string>(
  load: () => Promise<Record<K, React.ComponentType<{ id: string }>>>,
  name: K,
) => lazy(() => load().then((m) => ({ default: m[name] })));

const CasesPage = lazy(() =>
  import('../features/cases/CasesPage').then((m) => ({ default: m.CasesPage })),
);
const NewCasePage = lazy(() =>
  import('../features/cases/NewCasePage').then((m) => ({ default: m.NewCasePage })),
);
const FollowUpsPage = lazy(() =>
  import('../features/followUps/FollowUpsPage').then((m) => ({ default: m.FollowUpsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const ConflictsPage = lazy(() =>
  import('../features/sync/ConflictsPage').then((m) => ({ default: m.ConflictsPage })),
);
const AdminPage = lazy(() =>
  import('../features/admin/AdminPage').then((m) => ({ default: m.AdminPage })),
);
const DirectoryPage = lazy(() =>
  import('../features/directory/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
);
const DirectoryAdminPage = lazy(() =>
  import('../features/directory/DirectoryAdminPage').then((m) => ({
    default: m.DirectoryAdminPage,
  })),
);
const DepartureLetterAdminPage = lazy(() =>
  import('../features/letters/DepartureLetterAdminPage').then((m) => ({
    default: m.DepartureLetterAdminPage,
  })),
);
const PrivacyAdminPage = lazy(() =>
  import('../features/privacy/PrivacyAdminPage').then((m) => ({ default: m.PrivacyAdminPage })),
);
const AccessExportPage = named(
  () => import('../features/privacy/AccessExportPage'),
  'AccessExportPage',
);
const StatisticsPage = lazy(() =>
  import('../features/statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })),
);
const CasePage = named(() => import('../features/cases/CasePage'), 'CasePage');
const ConversationPage = named(
  () => import('../features/conversation/ConversationPage'),
  'ConversationPage',
);
const FileNotePage = named(() => import('../features/fileNote/FileNotePage'), 'FileNotePage');
const SummaryPage = named(() => import('../features/summary/SummaryPage'), 'SummaryPage');
const DepartureLetterPage = named(
  () => import('../features/letters/DepartureLetterPage'),
  'DepartureLetterPage',
);
const NewConsentPage = lazy(() =>
  import('../features/consents/NewConsentPage').then((m) => ({ default: m.NewConsentPage })),
);
const ConsentPage = named(() => import('../features/consents/ConsentPage'), 'ConsentPage');
const NewReferralPage = named(
  () => import('../features/referrals/NewReferralPage'),
  'NewReferralPage',
);
const ReferralLetterPage = named(
  () => import('../features/referrals/ReferralLetterPage'),
  'ReferralLetterPage',
);
const IncomingReferralPage = named(
  () => import('../features/referrals/IncomingReferralPage'),
  'IncomingReferralPage',
);
const InboxPage = lazy(() =>
  import('../features/referrals/InboxPage').then((m) => ({ default: m.InboxPage })),
);

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <CasesPage />;
    case 'newCase':
      return <NewCasePage />;
    case 'followUps':
      return <FollowUpsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'admin':
      return <AdminPage />;
    case 'directory':
      return <DirectoryPage />;
    case 'directoryAdmin':
      return <DirectoryAdminPage />;
    case 'letterAdmin':
      return <DepartureLetterAdminPage />;
    case 'privacyAdmin':
      return <PrivacyAdminPage />;
    case 'accessExport':
      return <AccessExportPage id={route.id} />;
    case 'statistics':
      return <StatisticsPage />;
    case 'case':
      return <CasePage id={route.id} />;
    case 'session':
      return <ConversationPage id={route.id} />;
    case 'fileNote':
      return <FileNotePage id={route.id} />;
    case 'summary':
      return <SummaryPage id={route.id} />;
    case 'departureLetter':
      return <DepartureLetterPage id={route.id} />;
    case 'newConsent':
      return <NewConsentPage mode="new" caseId={route.id} kind="data-consent" />;
    case 'newWaiver':
      return <NewConsentPage mode="new" caseId={route.id} kind="confidentiality-waiver" />;
    case 'consentVersion':
      return <NewConsentPage mode="supersede" consentId={route.id} />;
    case 'consent':
      return <ConsentPage id={route.id} />;
    case 'referralInbox':
      return <InboxPage />;
    case 'newReferral':
      return <NewReferralPage id={route.id} />;
    case 'referralLetter':
      return <ReferralLetterPage id={route.id} />;
    case 'incomingReferral':
      return <IncomingReferralPage id={route.id} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

export function App() {
  const { t } = useTranslation();
  // A native dialog: it blocks, is read by screen readers and works offline.
  useEffect(() => installLeaveGuard(() => window.confirm(t('unsaved.leave'))), [t]);
  const route = matchRoute(usePath());
  return (
    <ClientLanguageProvider>
      <SyncProvider>
        <Shell>
          <VaultGate>
            <Screen key={'id' in route ? route.id : route.name} route={route} />
          </VaultGate>
        </Shell>
      </SyncProvider>
    </ClientLanguageProvider>
  );
}
