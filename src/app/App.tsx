import { lazy } from 'react';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/home/NotFoundPage';
import { ClientLanguageProvider } from './clientLanguage';
import { routes, usePath } from './router';
import { Shell } from './Shell';

// Screens other than the start screen load on demand (with their form, validation and
// storage code) to keep the initial bundle small; the service worker precaches them all.
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

function Screen({ path }: { path: string }) {
  switch (path) {
    case routes.home:
      return <HomePage />;
    case routes.settings:
      return <SettingsPage />;
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const path = usePath();
  return (
    <ClientLanguageProvider>
      <Shell>
        <Screen path={path} />
      </Shell>
    </ClientLanguageProvider>
  );
}
