import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../shell/language-switch';
import type { MessageKey } from '../i18n/messages';
import { useAuth, type SignOutNotice } from './auth-session';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!, $otp: String) {
    login(email: $email, password: $password, otp: $otp) {
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

/**
 * Email and password, then, for an agent with two-factor sign-in (the API answers OTP_REQUIRED),
 * a second step on the same page that asks for the authenticator's code or a recovery code.
 */
export default function LoginPage() {
  const { t } = useI18n();
  const { signIn, notice } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginMutation);
  const errorId = useId();
  const askingCode = otp !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('login.missingFields'));
      return;
    }
    if (askingCode && !otp.trim()) {
      setError(t('login.codeMissing'));
      return;
    }
    setError(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password, otp: askingCode ? otp.trim() : null } });
      if (data) signIn({ token: data.login.token, admin: data.login.admin });
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'UNAUTHENTICATED' && first.reason === 'OTP_REQUIRED') {
        // The first answer is the second step's start; a later one, a wrong or spent code.
        if (askingCode) setError(t('login.codeWrong'));
        setOtp('');
      } else if (first?.code === 'UNAUTHENTICATED') {
        setOtp(null);
        setError(t('login.wrongCredentials'));
      } else if (first?.code === 'FORBIDDEN' && first.reason === 'DISABLED') setError(t('login.disabled'));
      else setError(describeError(failure, t));
    }
  }

  const back = () => {
    setOtp(null);
    setError(null);
  };

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
        {askingCode ? (
          <>
            <h2 className="login-step">{t('login.codeTitle')}</h2>
            <p className="muted">{t('login.codeHint')}</p>
            <label className="field">
              <span>{t('login.code')}</span>
              <input
                name="otp"
                autoComplete="one-time-code"
                spellCheck={false}
                autoCapitalize="off"
                value={otp}
                onChange={(e) => setOtp(e.target.value)}
                aria-invalid={Boolean(error)}
                autoFocus
              />
            </label>
            <button type="submit" className="button primary wide" disabled={loading}>
              {loading ? t('login.verifying') : t('login.verify')}
            </button>
            <button type="button" className="button wide login-back" onClick={back}>
              {t('login.back')}
            </button>
          </>
        ) : (
          <>
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
          </>
        )}
        <LanguageSwitch />
      </form>
    </main>
  );
}
