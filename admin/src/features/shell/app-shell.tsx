import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useAdminPresence } from '../agents/admin-presence';
import { useAuth, useMe } from '../auth/auth-session';
import { ConnectionBanner } from '../connection/connection-banner';
import { useI18n } from '../i18n/i18n';
import { useQueueCounts } from '../inbox/queue-counts';
import { MenuIcon } from './icons';
import { LanguageSwitch } from './language-switch';
import { routeHref, useRoute } from './router';

const InboxPage = lazy(() => import('../inbox/inbox-page'));
const DashboardPage = lazy(() => import('../dashboard/dashboard-page'));
const AgentsPage = lazy(() => import('../agents/agents-page'));
const AccountPage = lazy(() => import('../account/account-page'));

export function AppShell() {
  const { t } = useI18n();
  const { logout } = useAuth();
  const me = useMe();
  const route = useRoute();
  const counts = useQueueCounts();
  useAdminPresence();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  // A link followed from the menu (or anywhere) closes it.
  const here = routeHref(route);
  useEffect(() => setMenuOpen(false), [here]);

  const links = [
    { page: 'inbox' as const, href: routeHref({ page: 'inbox', queue: 'waiting' }), label: t('nav.inbox'), badge: counts.waiting },
    { page: 'dashboard' as const, href: routeHref({ page: 'dashboard' }), label: t('nav.dashboard') },
    { page: 'agents' as const, href: routeHref({ page: 'agents' }), label: t('nav.agents') },
  ];

  return (
    <div className="shell">
      <a href="#main" className="skip-link" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-dot" aria-hidden="true" />
          <span>Livechat OSS</span>
          <span className="muted brand-sub">{t('app.title')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-links">
            {links.map((link) => (
              <li key={link.page}>
                <a href={link.href} aria-current={route.page === link.page ? 'page' : undefined}>
                  {link.label}
                  {link.badge ? <span className="badge">{link.badge}</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/* On a phone the end of the bar folds into this menu, so the bar keeps to one line. */}
        <button
          type="button"
          className="button ghost menu-button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          ref={menuButton}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <MenuIcon />
          <span className="visually-hidden">{t('nav.menu')}</span>
        </button>
        <div
          className={`topbar-end${menuOpen ? ' open' : ''}`}
          id={menuId}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !menuOpen) return;
            setMenuOpen(false);
            menuButton.current?.focus();
          }}
        >
          <LanguageSwitch />
          <a
            className="me"
            href={routeHref({ page: 'account' })}
            title={me.email ?? undefined}
            aria-current={route.page === 'account' ? 'page' : undefined}
          >
            {t('nav.signedInAs', { name: me.name })}
          </a>
          <button type="button" className="button" onClick={() => void logout()}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <ConnectionBanner />
      <div className="content">
        <Suspense fallback={<p className="empty centered">{t('app.loading')}</p>}>
          {route.page === 'inbox' && (
            <main id="main" tabIndex={-1} className="inbox-main">
              <InboxPage queue={route.queue} sessionId={route.sessionId} />
            </main>
          )}
          {route.page === 'dashboard' && <DashboardPage />}
          {route.page === 'agents' && <AgentsPage />}
          {route.page === 'account' && <AccountPage />}
        </Suspense>
      </div>
    </div>
  );
}
