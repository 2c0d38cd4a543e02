import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useAdminPresence } from '../agents/admin-presence';
import { AvailabilitySwitch } from '../agents/availability-switch';
import { useAuth } from '../auth/auth-session';
import { isAvailable, useFreshMyAccount, useMyAccount } from '../auth/my-account';
import { ConnectionBanner } from '../connection/connection-banner';
import { useI18n } from '../i18n/i18n';
import { useQueueCounts } from '../inbox/queue-counts';
import { useMentionAlert } from '../inbox/mention-alert';
import { useWaitingAlert } from '../inbox/waiting-alert';
import { ShortcutsHelp } from '../shortcuts/inbox-shortcuts';
import { mayOpen, type Page } from './access';
import { MenuIcon } from './icons';
import { LanguageSwitch } from './language-switch';
import { routeHref, useRoute } from './router';

const InboxPage = lazy(() => import('../inbox/inbox-page'));
const AuditPage = lazy(() => import('../audit/audit-page'));
const DashboardPage = lazy(() => import('../dashboard/dashboard-page'));
const AgentsPage = lazy(() => import('../agents/agents-page'));
const AccountPage = lazy(() => import('../account/account-page'));
const TeamsPage = lazy(() => import('../teams/teams-page'));
const LabelsPage = lazy(() => import('../labels/labels-page'));
const SettingsPage = lazy(() => import('../settings/settings-page'));
const CannedPage = lazy(() => import('../canned/canned-page'));
const SearchPage = lazy(() => import('../search/search-page'));
const BlockedCustomersPage = lazy(() => import('../customer/blocked-customers-page'));
const IntegrationsPage = lazy(() => import('../integrations/integrations-page'));

interface NavTarget {
  page: Page;
  href: string;
  label: string;
  badge?: number;
}

function NavLink({ link, current }: { link: NavTarget; current: boolean }) {
  return (
    <a href={link.href} aria-current={current ? 'page' : undefined}>
      {link.label}
      {link.badge ? <span className="badge">{link.badge}</span> : null}
    </a>
  );
}

export function AppShell() {
  const { t } = useI18n();
  const { logout } = useAuth();
  const me = useMyAccount();
  const route = useRoute();
  const counts = useQueueCounts();
  useFreshMyAccount();
  useAdminPresence();
  useWaitingAlert(counts.waiting, isAvailable(me));
  useMentionAlert();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  // A link followed from the menu (or anywhere) closes it.
  const here = routeHref(route);
  useEffect(() => setMenuOpen(false), [here]);

  const pages: NavTarget[] = [
    { page: 'inbox', href: routeHref({ page: 'inbox', queue: 'waiting' }), label: t('nav.inbox'), badge: counts.waiting },
    { page: 'search', href: routeHref({ page: 'search' }), label: t('nav.search') },
    { page: 'dashboard', href: routeHref({ page: 'dashboard' }), label: t('nav.dashboard') },
    { page: 'agents', href: routeHref({ page: 'agents' }), label: t('nav.agents') },
    { page: 'teams', href: routeHref({ page: 'teams' }), label: t('nav.teams') },
    { page: 'labels', href: routeHref({ page: 'labels' }), label: t('nav.labels') },
    { page: 'canned', href: routeHref({ page: 'canned' }), label: t('nav.canned') },
    { page: 'blocked', href: routeHref({ page: 'blocked' }), label: t('nav.blocked') },
    { page: 'settings', href: routeHref({ page: 'settings' }), label: t('nav.settings') },
    { page: 'integrations', href: routeHref({ page: 'integrations' }), label: t('nav.integrations') },
    { page: 'audit', href: routeHref({ page: 'audit' }), label: t('nav.audit') },
  ];
  const links = pages.filter((link) => mayOpen(me.role, link.page));

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
              <li key={link.page} className={link.page === 'inbox' ? undefined : 'nav-more'}>
                <NavLink link={link} current={route.page === link.page} />
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
          {/* On a phone, the pages other than the inbox are in this menu instead of the bar. */}
          <ul className="menu-links">
            {links
              .filter((link) => link.page !== 'inbox')
              .map((link) => (
                <li key={link.page}>
                  <NavLink link={link} current={route.page === link.page} />
                </li>
              ))}
          </ul>
          <AvailabilitySwitch />
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
      <ShortcutsHelp />
      <div className="content">
        <Suspense fallback={<p className="empty centered">{t('app.loading')}</p>}>
          {!mayOpen(me.role, route.page) ? (
            <NotForYourRole waiting={!me.role} />
          ) : route.page === 'inbox' ? (
            <main id="main" tabIndex={-1} className="inbox-main">
              <InboxPage queue={route.queue} sessionId={route.sessionId} />
            </main>
          ) : (
            <>
              {route.page === 'search' && <SearchPage initialQuery={route.query ?? ''} />}
              {route.page === 'dashboard' && <DashboardPage />}
              {route.page === 'agents' && <AgentsPage />}
              {route.page === 'teams' && <TeamsPage />}
              {route.page === 'labels' && <LabelsPage />}
              {route.page === 'settings' && <SettingsPage />}
              {route.page === 'audit' && <AuditPage />}
              {route.page === 'integrations' && <IntegrationsPage />}
              {route.page === 'canned' && <CannedPage />}
              {route.page === 'blocked' && <BlockedCustomersPage />}
              {route.page === 'account' && <AccountPage />}
            </>
          )}
        </Suspense>
      </div>
    </div>
  );
}

/** A screen this role does not work with (a bookmark, a link from a colleague), or its role still loading. */
function NotForYourRole({ waiting }: { waiting: boolean }) {
  const { t } = useI18n();
  return (
    <main className="page" id="main" tabIndex={-1}>
      {waiting ? (
        <p className="empty centered">{t('app.loading')}</p>
      ) : (
        <div className="card narrow">
          <h1>{t('access.title')}</h1>
          <p>{t('access.body')}</p>
          <a href={routeHref({ page: 'inbox', queue: 'waiting' })}>{t('access.back')}</a>
        </div>
      )}
    </main>
  );
}
