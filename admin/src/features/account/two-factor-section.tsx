import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useMe } from '../auth/auth-session';
import { useI18n } from '../i18n/i18n';
import { FormField, FormOutcome } from '../shell/form-field';
import { useTwoFactorMessages } from './two-factor-messages';

const GetMyTwoFactorQuery = graphql(`
  query GetMyTwoFactor {
    me {
      id
      twoFactorEnabled
    }
  }
`);

const BeginTwoFactorSetupMutation = graphql(`
  mutation BeginTwoFactorSetup {
    beginTwoFactorSetup {
      secret
      otpauthUrl
    }
  }
`);

const EnableTwoFactorMutation = graphql(`
  mutation EnableTwoFactor($code: String!) {
    enableTwoFactor(code: $code)
  }
`);

const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code)
  }
`);

interface Setup {
  secret: string;
  otpauthUrl: string;
}

/**
 * "Verifikasi dua langkah": setup (a QR code and the secret as text, then a code to confirm), the
 * recovery codes shown once, and turning it off with a code.
 */
export function TwoFactorSection() {
  const { t } = useI18n();
  const m = useTwoFactorMessages();
  const titleId = useId();
  const { data, refetch } = useQuery(GetMyTwoFactorQuery, { fetchPolicy: 'cache-and-network' });
  const [setup, setSetup] = useState<Setup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [begin, beginning] = useMutation(BeginTwoFactorSetupMutation);
  const enabled = data?.me.twoFactorEnabled;

  async function start() {
    setNotice(null);
    setError(null);
    try {
      const { data: started } = await begin();
      if (started) setSetup(started.beginTwoFactorSetup);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  let body;
  if (recoveryCodes) {
    body = <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
  } else if (setup) {
    body = (
      <SetupForm
        setup={setup}
        onEnabled={(codes) => {
          setSetup(null);
          setRecoveryCodes(codes);
          void refetch();
        }}
        onCancel={() => setSetup(null)}
      />
    );
  } else if (enabled) {
    body = (
      <>
        <p>{m('on')}</p>
        <DisableForm
          onDisabled={() => {
            setNotice(m('disabled'));
            void refetch();
          }}
        />
      </>
    );
  } else if (enabled === false) {
    body = (
      <>
        <p>{m('off')}</p>
        <FormOutcome error={error} notice={notice} />
        <button type="button" className="button primary" onClick={() => void start()} disabled={beginning.loading}>
          {m('start')}
        </button>
      </>
    );
  } else {
    body = <p className="muted">{t('app.loading')}</p>;
  }

  return (
    <section className="card two-factor" aria-labelledby={titleId}>
      <h2 id={titleId}>{m('title')}</h2>
      {body}
    </section>
  );
}

/**
 * One code field's form: refuses it empty, sends it, and puts a wrong code (OTP_INVALID) under the
 * field, anything else under the form.
 */
function useCodeForm(send: (code: string) => Promise<void>, words: { missing: string; wrong: string }) {
  const { t } = useI18n();
  const fieldId = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const refuse = (message: string) => {
    setError(message);
    document.getElementById(fieldId)?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!code.trim()) return refuse(words.missing);
    setError(null);
    try {
      await send(code.trim());
    } catch (failure) {
      if (apiErrors(failure)[0]?.reason === 'OTP_INVALID') refuse(words.wrong);
      else setFormError(describeError(failure, t));
    }
  }

  return { fieldId, code, setCode, error, formError, submit };
}

function SetupForm({ setup, onEnabled, onCancel }: { setup: Setup; onEnabled(codes: string[]): void; onCancel(): void }) {
  const m = useTwoFactorMessages();
  const [enable, { loading }] = useMutation(EnableTwoFactorMutation);
  const qr = useQrCode(setup.otpauthUrl);
  const { fieldId, code, setCode, error, formError, submit } = useCodeForm(
    async (typed) => {
      const { data } = await enable({ variables: { code: typed } });
      if (data) onEnabled(data.enableTwoFactor);
    },
    { missing: m('codeMissing'), wrong: m('codeWrong') },
  );

  return (
    <form onSubmit={submit} noValidate>
      <p>{m('scan')}</p>
      <div className="two-factor-setup">
        {qr ? <img className="two-factor-qr" src={qr} alt={m('qr')} width={200} height={200} /> : <div className="two-factor-qr" aria-hidden="true" />}
        <dl className="account-facts">
          <dt>{m('secret')}</dt>
          <dd>
            <code className="two-factor-secret">
              {setup.secret.replace(/(.{4})(?!$)/g, '$1 ')}
            </code>
          </dd>
        </dl>
      </div>
      <FormField
        id={fieldId}
        label={m('code')}
        error={error ?? undefined}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <FormOutcome error={formError} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {m('cancel')}
        </button>
        <button type="submit" className="button primary" disabled={loading}>
          {m('confirm')}
        </button>
      </div>
    </form>
  );
}

/** Drawn in the browser, so the secret goes to no other endpoint; the library loads only here. */
function useQrCode(text: string): string | null {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setImage(null);
    void import('qrcode')
      .then((qrcode) => qrcode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((svg) => {
        if (current) setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      });
    return () => {
      current = false;
    };
  }, [text]);
  return image;
}

/** The API keeps only their hashes: this is the one time they can be read. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const m = useTwoFactorMessages();
  const me = useMe();
  const titleId = useId();
  const listId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const text = `${m('fileTitle', { email: me.email ?? '' })}\n\n${codes.join('\n')}\n`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(m('copied'));
    } catch {
      const selection = window.getSelection();
      const list = document.getElementById(listId);
      if (selection && list) selection.selectAllChildren(list);
      setCopied(m('copyByHand'));
    }
  };
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    link.download = 'livechat-oss-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href));
  };

  return (
    <div className="notice two-factor-recovery" role="status" aria-labelledby={titleId}>
      <h3 id={titleId}>{m('recoveryTitle')}</h3>
      <p>{m('recoveryBody')}</p>
      <ul className="two-factor-codes" id={listId} aria-labelledby={titleId}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {m('copy')}
        </button>
        <button type="button" className="button" onClick={download}>
          {m('download')}
        </button>
        <button type="button" className="button primary" onClick={onDone}>
          {m('done')}
        </button>
      </div>
      {copied && <p className="muted">{copied}</p>}
    </div>
  );
}

function DisableForm({ onDisabled }: { onDisabled(): void }) {
  const { t } = useI18n();
  const m = useTwoFactorMessages();
  const [disable, { loading }] = useMutation(DisableTwoFactorMutation);
  const { fieldId, code, setCode, error, formError, submit } = useCodeForm(
    async (typed) => {
      await disable({ variables: { code: typed } });
      setCode('');
      onDisabled();
    },
    { missing: t('login.codeMissing'), wrong: t('login.codeWrong') },
  );

  return (
    <form onSubmit={submit} noValidate>
      <FormField
        id={fieldId}
        label={m('disableCode')}
        error={error ?? undefined}
        name="code"
        autoComplete="one-time-code"
        spellCheck={false}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <FormOutcome error={formError} />
      <button type="submit" className="button danger" disabled={loading}>
        {m('disable')}
      </button>
    </form>
  );
}
