import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import type { ApiKeysSectionListQuery, ApiScope } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { CheckboxList } from '../shell/checkbox-list';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { FormField, FormOutcome } from '../shell/form-field';

const ListApiKeysQuery = graphql(`
  query ApiKeysSectionList {
    apiKeys {
      id
      name
      scopes
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

type ListedKey = ApiKeysSectionListQuery['apiKeys'][number];

const SCOPES: ApiScope[] = ['READ_CHATS', 'WRITE_MESSAGES', 'MANAGE_CUSTOMERS', 'READ_REPORTS'];
const scopeLabel = (scope: ApiScope): MessageKey => `apiKeys.scope.${scope}`;
const MAX_NAME = 100;

/** The keys third parties call the API with: made here (the secret shown once), listed, revoked. */
export function ApiKeysSection() {
  const { t, formatDateTime } = useI18n();
  const { data, loading } = useQuery(ListApiKeysQuery, { fetchPolicy: 'cache-and-network' });
  const [revoking, setRevoking] = useState<ListedKey | null>(null);
  const [revoke, revoked] = useMutation(RevokeApiKeyMutation, { refetchQueries: [ListApiKeysQuery], awaitRefetchQueries: true });
  const keys = data?.apiKeys ?? [];
  return (
    <section className="card" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{t('apiKeys.title')}</h2>
      <p className="muted">{t('apiKeys.intro')}</p>
      {loading && !data && <p>{t('app.loading')}</p>}
      {data && keys.length === 0 && <p className="muted">{t('apiKeys.none')}</p>}
      {keys.length > 0 && (
        <div className="table-scroll">
          <table className="agents-table">
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.name')}</th>
                <th scope="col">{t('apiKeys.prefix')}</th>
                <th scope="col">{t('apiKeys.scopes')}</th>
                <th scope="col">{t('apiKeys.created')}</th>
                <th scope="col">{t('apiKeys.lastUsed')}</th>
                <th scope="col">{t('apiKeys.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('agents.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} data-api-key={key.name}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.prefix}</code>
                  </td>
                  <td>{key.scopes.length ? key.scopes.map((scope) => t(scopeLabel(scope))).join(', ') : t('apiKeys.noScopes')}</td>
                  <td>
                    <time dateTime={key.createdAt}>{formatDateTime(key.createdAt)}</time>
                  </td>
                  <td data-last-used="">
                    {key.lastUsedAt ? <time dateTime={key.lastUsedAt}>{formatDateTime(key.lastUsedAt)}</time> : t('apiKeys.neverUsed')}
                  </td>
                  <td data-status="">
                    {key.revokedAt ? t('apiKeys.revokedAt', { at: formatDateTime(key.revokedAt) }) : t('apiKeys.active')}
                  </td>
                  <td>
                    {!key.revokedAt && (
                      <button type="button" className="button danger" onClick={() => setRevoking(key)}>
                        {t('apiKeys.revoke')}
                        <span className="visually-hidden"> {key.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateApiKeyForm />
      <ConfirmDialog
        open={Boolean(revoking)}
        title={revoking ? t('apiKeys.revokeTitle', { name: revoking.name }) : ''}
        confirmLabel={t('apiKeys.revokeConfirm')}
        busy={revoked.loading}
        onConfirm={() => (revoking ? revoke({ variables: { id: revoking.id } }) : Promise.resolve())}
        onClose={() => setRevoking(null)}
      >
        <p>{t('apiKeys.revokeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function CreateApiKeyForm() {
  const { t } = useI18n();
  const formId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [create, creating] = useMutation(CreateApiKeyMutation, { refetchQueries: [ListApiKeysQuery], awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const trimmed = name.trim();
    const problem = !trimmed ? t('apiKeys.error.name') : [...trimmed].length > MAX_NAME ? t('apiKeys.error.nameLength', { max: MAX_NAME }) : null;
    setNameError(problem);
    if (problem) return document.getElementById(`${formId}-name`)?.focus();
    try {
      const result = await create({ variables: { input: { name: trimmed, scopes: scopes as ApiScope[] } } });
      const made = result.data?.createApiKey;
      if (!made) return;
      setCreated({ name: made.apiKey.name, secret: made.secret });
      setName('');
      setScopes([]);
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'BAD_USER_INPUT' && first.field === 'name') setNameError(first.message);
      else setFormError(describeError(failure, t));
    }
  }

  return (
    <div className="api-key-create">
      <h3>{t('apiKeys.create')}</h3>
      {created && <CreatedSecret {...created} onDone={() => setCreated(null)} />}
      <form onSubmit={submit} noValidate>
        <FormField
          id={`${formId}-name`}
          label={t('apiKeys.name')}
          error={nameError ?? undefined}
          name="name"
          autoComplete="off"
          maxLength={MAX_NAME}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <CheckboxList
          legend={t('apiKeys.scopes')}
          options={SCOPES.map((scope) => ({ id: scope, label: t(scopeLabel(scope)) }))}
          selected={scopes}
          onChange={setScopes}
        />
        <FormOutcome error={formError} />
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={creating.loading}>
            {t('apiKeys.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The secret, this once: the API keeps only its hash. */
function CreatedSecret({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
  const { t } = useI18n();
  const fieldId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(t('apiKeys.copied'));
    } catch {
      (document.getElementById(fieldId) as HTMLInputElement | null)?.select();
      setCopied(t('apiKeys.copyByHand'));
    }
  };
  return (
    <div className="notice api-key-secret" role="status">
      <p>
        <strong>{t('apiKeys.createdTitle', { name })}</strong> {t('apiKeys.createdBody')}
      </p>
      <div className="field">
        <label htmlFor={fieldId}>{t('apiKeys.secret')}</label>
        <input id={fieldId} readOnly value={secret} onFocus={(e) => e.target.select()} spellCheck={false} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('apiKeys.copy')}
        </button>
        <button type="button" className="button primary" onClick={onDone}>
          {t('apiKeys.done')}
        </button>
      </div>
      {copied && <p className="muted">{copied}</p>}
    </div>
  );
}
