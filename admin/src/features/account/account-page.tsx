import { useI18n } from '../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';
import { TwoFactorSection } from './two-factor-section';

/** The signed-in agent's own account: its name, its password, and two-step verification. */
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
        <TwoFactorSection />
      </div>
    </main>
  );
}
