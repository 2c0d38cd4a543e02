import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../shell/language-switch';
import type { MessageKey } from '../i18n/messages';
import { useAuth, type SignOutNotice } from './auth-session';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      admin {
        id
        name
        email
      }
    }
  }
`);

const NOTICES: Record<SignOutNotice, MessageKey> = {
  sessionEnded: 'login.sessionEnded',
  loggedOut: 'login.loggedOut',
  disabled: 'login.disabled',
};

export default function LoginPage() {
  const { t } = useI18n();
  const { signIn, notice } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginMutation);
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('login.missingFields'));
      return;
    }
    setError(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (data) signIn({ token: data.login.token, admin: data.login.admin });
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'UNAUTHENTICATED') setError(t('login.wrongCredentials'));
      else if (first?.code === 'FORBIDDEN' && first.reason === 'DISABLED') setError(t('login.disabled'));
      else setError(describeError(failure, t));
    }
  }

  return (
    <main className="login" id="main">
      <form className="login-card" onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
        <div className="login-brand">
          <span className="brand-dot" aria-hidden="true" />
          <span>Livechat OSS</span>
        </div>
        <h1>{t('login.title')}</h1>
        {notice && !error && (
          <p className="notice" role="status">
            {t(NOTICES[notice])}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert" id={errorId}>
            {error}
          </p>
        )}
        <label className="field">
          <span>{t('login.email')}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={Boolean(error)}
            autoFocus
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={Boolean(error)}
          />
        </label>
        <button type="submit" className="button primary wide" disabled={loading}>
          {loading ? t('login.submitting') : t('login.submit')}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}
