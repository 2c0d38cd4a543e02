import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import type { WebhookDeliveryStatus, WebhooksSectionListQuery } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { FormField, FormOutcome } from '../shell/form-field';

const ListWebhooksQuery = graphql(`
  query WebhooksSectionList {
    webhooks {
      id
      name
      url
      query
      active
      secret
      deliveries(first: 20) {
        totalCount
        edges {
          node {
            id
            event
            status
            attempts
            lastStatusCode
            lastError
            nextAttemptAt
            createdAt
          }
        }
      }
    }
  }
`);

const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      id
    }
  }
`);

const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      name
      url
      query
      active
    }
  }
`);

const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const RedeliverMutation = graphql(`
  mutation RedeliverWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      id
      status
      attempts
      nextAttemptAt
    }
  }
`);

type ListedWebhook = WebhooksSectionListQuery['webhooks'][number];
type Fields = { name: string; url: string; query: string };

const DEFAULT_QUERY = 'subscription {\n  messageAdded {\n    id\n    sessionId\n    sender\n    senderName\n    text\n    internal\n    createdAt\n  }\n}';
/** The log follows deliveries as their attempts are made. */
const LOG_REFRESH_MS = 3000;
const statusLabel = (status: WebhookDeliveryStatus): MessageKey => `webhooks.status.${status}`;

/** Receivers of signed events: made, changed and removed here, each with its secret and its delivery log. */
export function WebhooksSection() {
  const { t } = useI18n();
  const { data, loading } = useQuery(ListWebhooksQuery, { fetchPolicy: 'cache-and-network', pollInterval: LOG_REFRESH_MS });
  const webhooks = data?.webhooks ?? [];
  return (
    <section className="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('webhooks.title')}</h2>
      <p className="muted">{t('webhooks.intro')}</p>
      {loading && !data && <p>{t('app.loading')}</p>}
      {data && webhooks.length === 0 && <p className="muted">{t('webhooks.none')}</p>}
      {webhooks.map((webhook) => (
        <WebhookCard key={webhook.id} webhook={webhook} />
      ))}
      <div className="webhook-create">
        <h3>{t('webhooks.create')}</h3>
        <WebhookForm initial={{ name: '', url: '', query: DEFAULT_QUERY }} submitLabel={t('webhooks.submit')} />
      </div>
    </section>
  );
}

function WebhookCard({ webhook }: { webhook: ListedWebhook }) {
  const { t } = useI18n();
  const secretId = useId();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [update, updating] = useMutation(UpdateWebhookMutation, { refetchQueries: [ListWebhooksQuery], awaitRefetchQueries: true });
  const [remove, removing] = useMutation(DeleteWebhookMutation, { refetchQueries: [ListWebhooksQuery], awaitRefetchQueries: true });
  return (
    <article className="webhook" data-webhook={webhook.name} aria-labelledby={`${secretId}-name`}>
      <h3 id={`${secretId}-name`}>
        {webhook.name} <span className="muted">{webhook.active ? t('webhooks.active') : t('webhooks.inactive')}</span>
      </h3>
      <p>
        <code>{webhook.url}</code>
      </p>
      <div className="field">
        <label htmlFor={secretId}>{t('webhooks.secret')}</label>
        <input id={secretId} readOnly value={webhook.secret} onFocus={(e) => e.target.select()} spellCheck={false} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setEditing((open) => !open)} aria-expanded={editing}>
          {t('webhooks.edit')}
          <span className="visually-hidden"> {webhook.name}</span>
        </button>
        <button
          type="button"
          className="button"
          disabled={updating.loading}
          onClick={() => void update({ variables: { id: webhook.id, input: { active: !webhook.active } } })}
        >
          {webhook.active ? t('webhooks.deactivate') : t('webhooks.activate')}
          <span className="visually-hidden"> {webhook.name}</span>
        </button>
        <button type="button" className="button danger" onClick={() => setDeleting(true)}>
          {t('webhooks.delete')}
          <span className="visually-hidden"> {webhook.name}</span>
        </button>
      </div>
      {editing && (
        <WebhookForm
          webhookId={webhook.id}
          initial={{ name: webhook.name, url: webhook.url, query: webhook.query }}
          submitLabel={t('webhooks.save')}
          onDone={() => setEditing(false)}
        />
      )}
      <DeliveryLog webhook={webhook} />
      <ConfirmDialog
        open={deleting}
        title={t('webhooks.deleteTitle', { name: webhook.name })}
        confirmLabel={t('webhooks.deleteConfirm')}
        busy={removing.loading}
        onConfirm={() => remove({ variables: { id: webhook.id } })}
        onClose={() => setDeleting(false)}
      >
        <p>{t('webhooks.deleteBody')}</p>
      </ConfirmDialog>
    </article>
  );
}

function DeliveryLog({ webhook }: { webhook: ListedWebhook }) {
  const { t, formatDateTime } = useI18n();
  const [redeliver] = useMutation(RedeliverMutation, { refetchQueries: [ListWebhooksQuery] });
  const [failure, setFailure] = useState<string | null>(null);
  const deliveries = webhook.deliveries.edges.map((edge) => edge.node);
  const resend = async (id: string) => {
    setFailure(null);
    try {
      await redeliver({ variables: { id } });
    } catch (error) {
      setFailure(describeError(error, t));
    }
  };
  return (
    <div className="webhook-deliveries">
      <h4>{t('webhooks.deliveries')}</h4>
      {deliveries.length === 0 ? (
        <p className="muted">{t('webhooks.noDeliveries')}</p>
      ) : (
        <div className="table-scroll">
          <table className="agents-table">
            <caption className="visually-hidden">{t('webhooks.deliveriesOf', { name: webhook.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.sentAt')}</th>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.lastStatusCode')}</th>
                <th scope="col">{t('webhooks.nextAttempt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('agents.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} data-delivery={delivery.id} data-status={delivery.status}>
                  <td>
                    <time dateTime={delivery.createdAt}>{formatDateTime(delivery.createdAt)}</time>
                  </td>
                  <td>
                    <code>{delivery.event}</code>
                  </td>
                  <td data-delivery-status="" title={delivery.lastError ?? undefined}>
                    {t(statusLabel(delivery.status))}
                  </td>
                  <td data-attempts="">{delivery.attempts}</td>
                  <td data-last-status="">{delivery.lastStatusCode ?? '—'}</td>
                  <td>{delivery.nextAttemptAt ? <time dateTime={delivery.nextAttemptAt}>{formatDateTime(delivery.nextAttemptAt)}</time> : '—'}</td>
                  <td>
                    <button type="button" className="button" onClick={() => void resend(delivery.id)}>
                      {t('webhooks.redeliver')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormOutcome error={failure} />
    </div>
  );
}

/** Creates a webhook, or changes one (`webhookId`): the API checks the URL and the document, and says what is wrong. */
function WebhookForm({ webhookId, initial, submitLabel, onDone }: { webhookId?: string; initial: Fields; submitLabel: string; onDone?(): void }) {
  const { t } = useI18n();
  const formId = useId();
  const [fields, setFields] = useState<Fields>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const options = { refetchQueries: [ListWebhooksQuery], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateWebhookMutation, options);
  const [update, updating] = useMutation(UpdateWebhookMutation, options);
  const set = (field: keyof Fields) => (value: string) => setFields((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setNotice(null);
    const input = { name: fields.name.trim(), url: fields.url.trim(), query: fields.query };
    const missing: Partial<Record<keyof Fields, string>> = {};
    if (!input.name) missing.name = t('webhooks.error.name');
    if (!input.url) missing.url = t('webhooks.error.url');
    if (!input.query.trim()) missing.query = t('webhooks.error.query');
    setErrors(missing);
    const first = (Object.keys(missing) as (keyof Fields)[])[0];
    if (first) return document.getElementById(`${formId}-${first}`)?.focus();
    try {
      if (webhookId) await update({ variables: { id: webhookId, input } });
      else await create({ variables: { input } });
      if (!webhookId) setFields(initial);
      setNotice(webhookId ? t('webhooks.saved') : t('webhooks.created', { name: input.name }));
      onDone?.();
    } catch (failure) {
      const [problem] = apiErrors(failure);
      const field = problem?.field as keyof Fields | undefined;
      if (problem?.code === 'BAD_USER_INPUT' && field && field in fields) setErrors({ [field]: problem.message });
      else setFormError(describeError(failure, t));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="webhook-form">
      <FormField
        id={`${formId}-name`}
        label={t('webhooks.name')}
        error={errors.name}
        autoComplete="off"
        maxLength={80}
        value={fields.name}
        onChange={(e) => set('name')(e.target.value)}
      />
      <FormField
        id={`${formId}-url`}
        label={t('webhooks.url')}
        error={errors.url}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://crm.example/hooks/livechat"
        value={fields.url}
        onChange={(e) => set('url')(e.target.value)}
      />
      <div className="field">
        <label htmlFor={`${formId}-query`}>{t('webhooks.query')}</label>
        <textarea
          id={`${formId}-query`}
          rows={8}
          spellCheck={false}
          value={fields.query}
          aria-invalid={Boolean(errors.query)}
          aria-describedby={`${formId}-query-hint${errors.query ? ` ${formId}-query-error` : ''}`}
          onChange={(e) => set('query')(e.target.value)}
        />
        <p className="muted" id={`${formId}-query-hint`}>
          {t('webhooks.queryHint')}
        </p>
        {errors.query && (
          <p className="field-error" id={`${formId}-query-error`}>
            {errors.query}
          </p>
        )}
      </div>
      <FormOutcome error={formError} notice={notice} />
      <div className="dialog-actions">
        <button type="submit" className="button primary" disabled={creating.loading || updating.loading}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
