import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { AuditLogFilter } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { isMessageKey } from '../i18n/messages';
import { FormField } from '../shell/form-field';

const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          targetType
          targetId
          ip
          details
          actor {
            kind
            id
            name
          }
        }
      }
    }
  }
`);

const AuditFilterChoicesQuery = graphql(`
  query AuditFilterChoices {
    auditActions
    admins {
      id
      name
    }
  }
`);

const PAGE_SIZE = 50;

interface FilterForm {
  action: string;
  actorId: string;
  targetId: string;
  from: string;
  to: string;
}

const NO_FILTER: FilterForm = { action: '', actorId: '', targetId: '', from: '', to: '' };

/** A date input's day, from its start in the viewer's time zone; `to` takes the whole day. */
function toFilter(form: FilterForm): AuditLogFilter {
  const dayStart = (day: string, plusDays = 0) => {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(year!, month! - 1, date! + plusDays).toISOString();
  };
  return {
    ...(form.action ? { action: form.action } : {}),
    ...(form.actorId ? { actorId: form.actorId } : {}),
    ...(form.targetId.trim() ? { targetId: form.targetId.trim() } : {}),
    ...(form.from ? { from: dayStart(form.from) } : {}),
    ...(form.to ? { to: dayStart(form.to, 1) } : {}),
  };
}

/** ADMIN: who did what and when, newest first, with filters and paging. */
export default function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const formId = useId();
  const [form, setForm] = useState<FilterForm>(NO_FILTER);
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const choices = useQuery(AuditFilterChoicesQuery).data;
  const { data, loading, error, fetchMore } = useQuery(AuditLogQuery, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const log = data?.auditLog;
  const rows = log?.edges.map((edge) => edge.node) ?? [];
  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const actorOf = (actor: (typeof rows)[number]['actor']) => actor.name ?? label(`audit.actor.${actor.kind}`, actor.kind);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(toFilter(form));
  };

  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <section className="card" aria-labelledby={`${formId}-filters`}>
        <h2 id={`${formId}-filters`}>{t('audit.filters')}</h2>
        <form className="audit-filters" onSubmit={apply} noValidate>
          <div className="field">
            <label htmlFor={`${formId}-action`}>{t('audit.action')}</label>
            <select id={`${formId}-action`} value={form.action} onChange={(e) => setForm({ ...form, action: e.target.value })}>
              <option value="">{t('audit.anyAction')}</option>
              {choices?.auditActions.map((action) => (
                <option key={action} value={action}>
                  {label(`audit.action.${action}`, action)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-actor`}>{t('audit.actor')}</label>
            <select id={`${formId}-actor`} value={form.actorId} onChange={(e) => setForm({ ...form, actorId: e.target.value })}>
              <option value="">{t('audit.anyActor')}</option>
              {choices?.admins.map((admin) => (
                <option key={admin.id} value={admin.id}>
                  {admin.name}
                </option>
              ))}
            </select>
          </div>
          <FormField
            id={`${formId}-target`}
            label={t('audit.targetId')}
            value={form.targetId}
            autoComplete="off"
            onChange={(e) => setForm({ ...form, targetId: e.target.value })}
          />
          <FormField id={`${formId}-from`} label={t('audit.from')} type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          <FormField id={`${formId}-to`} label={t('audit.to')} type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
          <div className="audit-filter-actions">
            <button type="submit" className="button primary">
              {t('audit.apply')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setForm(NO_FILTER);
                setFilter({});
              }}
            >
              {t('audit.reset')}
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby={`${formId}-events`}>
        <h2 id={`${formId}-events`}>{t('audit.events', { count: log?.totalCount ?? 0 })}</h2>
        {error && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        {rows.length === 0 ? (
          <p className="empty">{loading ? t('app.loading') : t('audit.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="agents-table audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.target')}</th>
                  <th scope="col">{t('audit.ip')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((event) => (
                  <tr key={event.id} data-action={event.action}>
                    <td>
                      <time dateTime={event.at}>{formatDateTime(event.at, 'datetime')}</time>
                    </td>
                    <td>{actorOf(event.actor)}</td>
                    <td>{label(`audit.action.${event.action}`, event.action)}</td>
                    <td>
                      {event.targetType && label(`audit.target.${event.targetType}`, event.targetType)}
                      {event.targetId && <code className="audit-id">{event.targetId}</code>}
                    </td>
                    <td>{event.ip ?? '—'}</td>
                    <td>{Object.keys(event.details).length > 0 && <code className="audit-details">{JSON.stringify(event.details)}</code>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {log?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void fetchMore({
                variables: { after: log.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  auditLog: { ...fetchMoreResult.auditLog, edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges] },
                }),
              })
            }
          >
            {t('audit.more')}
          </button>
        )}
      </section>
    </main>
  );
}
