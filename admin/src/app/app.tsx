import { lazy, Suspense } from 'react';
import { AuthProvider, useAuth } from '../features/auth/auth-session';
import { I18nProvider, useI18n } from '../features/i18n/i18n';
import { LiveSessionsProvider } from '../features/inbox/live-sessions';
import { AppShell } from '../features/shell/app-shell';

const LoginPage = lazy(() => import('../features/auth/login-page'));

function Screens() {
  const { t } = useI18n();
  const { session } = useAuth();
  if (!session) {
    return (
      <Suspense fallback={<p className="empty centered">{t('app.loading')}</p>}>
        <LoginPage />
      </Suspense>
    );
  }
  return (
    <LiveSessionsProvider key={session.token}>
      <AppShell />
    </LiveSessionsProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <Screens />
      </AuthProvider>
    </I18nProvider>
  );
}
