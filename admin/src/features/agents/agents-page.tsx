import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { ListAgentsQuery as ListAgentsData } from '../../gql/graphql';
import { useAuth } from '../auth/auth-session';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { useRefetchOnSessionEvents } from '../inbox/live-sessions';
import { managesDesk } from '../shell/access';
import { AgentEditor } from './agent-editor';
import { CreateAgentForm } from './create-agent-form';
import { StatusDot } from './online-dot';

export const ListAgentsQuery = graphql(`
  query ListAgents {
    admins {
      id
      name
      email
      online
      status
      role
      disabled
      maxConcurrentChats
      activeChatCount
      teams {
        id
        name
      }
    }
    settings {
      defaultMaxConcurrentChats
    }
  }
`);

export type ListedAgent = ListAgentsData['admins'][number];

const LOAD_REFRESH_DELAY_MS = 500;

/** Everyone on the desk with status and load; an ADMIN also adds and edits agents here. */
export default function AgentsPage() {
  const { t } = useI18n();
  const { monitor } = useAuth();
  const me = useMyAccount();
  const manages = managesDesk(me.role);
  const { data, loading, refetch } = useQuery(ListAgentsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<ListedAgent | null>(null);
  // Presence changes missed while the socket was down.
  useEffect(() => monitor.onReconnect(() => void refetch()), [monitor, refetch]);
  // Active chats change with every assignment and close.
  useRefetchOnSessionEvents(refetch, LOAD_REFRESH_DELAY_MS);
  const agents = data?.admins ?? [];
  const online = agents.filter((agent) => agent.status !== 'OFFLINE').length;
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('agents.title')}</h1>
      <div className={manages ? 'agents-layout' : undefined}>
        <section className="card" aria-labelledby="agents-list-title">
          <h2 id="agents-list-title">
            {t('agents.list')} <span className="muted">({t('agents.online', { count: online })})</span>
          </h2>
          {loading && !data && <p>{t('app.loading')}</p>}
          <div className="table-scroll">
            <table className="agents-table">
              <thead>
                <tr>
                  <th scope="col">{t('agents.status')}</th>
                  <th scope="col">{t('agents.name')}</th>
                  <th scope="col">{t('agents.email')}</th>
                  <th scope="col">{t('agents.role')}</th>
                  <th scope="col">{t('agents.load')}</th>
                  <th scope="col">{t('nav.teams')}</th>
                  {manages && (
                    <th scope="col">
                      <span className="visually-hidden">{t('agents.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {agents.map((agent) => (
                  <tr key={agent.id} data-agent-email={agent.email} className={agent.disabled ? 'disabled' : undefined}>
                    <td>
                      <StatusDot status={agent.status} />{' '}
                      <span className="agent-state">{t(`agentStatus.${agent.status}`)}</span>
                      {agent.disabled && <span className="tag">{t('agents.disabledTag')}</span>}
                    </td>
                    <td>{agent.name}</td>
                    <td>{agent.email}</td>
                    <td data-role={agent.role}>{t(`role.${agent.role}`)}</td>
                    <td data-load>
                      {t('agents.loadValue', {
                        active: agent.activeChatCount,
                        limit:
                          agent.maxConcurrentChats ??
                          t('agents.defaultLimitOf', { limit: data?.settings.defaultMaxConcurrentChats ?? '…' }),
                      })}
                    </td>
                    <td data-teams>{agent.teams.map((team) => team.name).join(', ') || '—'}</td>
                    {manages && (
                      <td>
                        <button
                          type="button"
                          className="button small"
                          onClick={() => setEditing(agent)}
                          aria-label={t('agents.editNamed', { name: agent.name })}
                        >
                          {t('agents.edit')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        {manages && <CreateAgentForm />}
      </div>
      {manages && <AgentEditor agent={editing} onClose={() => setEditing(null)} />}
    </main>
  );
}
