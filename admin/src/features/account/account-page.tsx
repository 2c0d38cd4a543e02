import { useMe } from '../auth/auth-session';
import { useI18n } from '../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';

/** The signed-in agent's own account: who they are, and their password. */
export default function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('account.title')}</h1>
      <div className="account-layout">
        <section className="card" aria-labelledby="account-me-title">
          <h2 id="account-me-title">{t('account.profile')}</h2>
          <dl className="account-facts">
            <dt>{t('agents.name')}</dt>
            <dd>{me.name}</dd>
            <dt>{t('agents.email')}</dt>
            <dd>{me.email}</dd>
          </dl>
        </section>
        <ChangePasswordForm />
      </div>
    </main>
  );
}
