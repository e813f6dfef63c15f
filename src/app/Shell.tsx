import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { routes, useLinkHandler, usePath } from './router';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { UiLanguageSwitcher } from './UiLanguageSwitcher';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LockButton } from '../features/lock/LockButton';
import { SyncBadge } from '../features/sync/SyncBadge';
import { useSync } from './sync/SyncProvider';
import { useIsClientMode } from './clientMode';
import { useOpenIncomingCount } from '../storage/hooks/useReferrals';

const nav = [
  { path: routes.home, key: 'nav.cases' },
  { path: routes.followUps, key: 'nav.followUps' },
  { path: routes.referralInbox, key: 'nav.referrals' },
  { path: routes.directory, key: 'nav.directory' },
  // Every device has its own figures; accounts with a statistics role also the organisation's.
  { path: routes.statistics, key: 'nav.statistics' },
  { path: routes.settings, key: 'nav.settings' },
] as const;
const adminNav = { path: routes.admin, key: 'nav.admin' } as const;

/**
 * Header, navigation and the main landmark every screen renders into. In the client view
 * (clientMode.ts) only the main landmark is left: nothing there leads anywhere else.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const path = usePath();
  const onLink = useLinkHandler();
  const { admin } = useSync();
  const closed = useIsClientMode();
  const items = admin ? [...nav, adminNav] : nav;
  // The slots stay in place when the room closes, so the screen below is not remounted.
  return (
    <>
      {!closed && (
        <a className="skip-link kern-link" href="#main">
          {t('shell.skipToContent')}
        </a>
      )}
      {!closed && (
        <header className="app-header">
          <span className="app-title">{t('app.name')}</span>
          <nav aria-label={t('nav.label')}>
            <ul className="nav-list">
              {items.map((item) => (
                <li key={item.path}>
                  <a
                    href={item.path}
                    onClick={onLink}
                    className="nav-link"
                    aria-current={
                      path === item.path || (item.path !== '/' && path.startsWith(item.path))
                        ? 'page'
                        : undefined
                    }
                  >
                    {t(item.key)}
                    {item.path === routes.referralInbox && <OpenReferralCount />}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <ConnectionIndicator />
          <SyncBadge />
          <UiLanguageSwitcher />
          <LockButton />
        </header>
      )}
      {/* Kept mounted (it registers the service worker once), only hidden. */}
      <div hidden={closed}>
        <UpdatePrompt />
      </div>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<p className="kern-body">{t('shell.loading')}</p>}>{children}</Suspense>
      </main>
    </>
  );
}

/** New (unanswered) incoming referrals as a number beside "Weiterleitungen"; none, nothing. */
function OpenReferralCount() {
  const { t } = useTranslation();
  const count = useOpenIncomingCount();
  if (count === 0) return null;
  return (
    <>
      <span className="nav-count" aria-hidden="true">
        {count}
      </span>
      <span className="kern-sr-only">{t('nav.openReferrals', { count })}</span>
    </>
  );
}
