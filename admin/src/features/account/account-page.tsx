import { useI18n } from '../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';

/** The signed-in agent's own account: its name, and its password. */
export default function AccountPage() {
  const { t } = useI18n();
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('account.title')}</h1>
      <div className="account-layout">
        <section className="card" aria-labelledby="account-me-title">
          <h2 id="account-me-title">{t('account.profile')}</h2>
          <ProfileForm />
        </section>
        <ChangePasswordForm />
      </div>
    </main>
  );
}
