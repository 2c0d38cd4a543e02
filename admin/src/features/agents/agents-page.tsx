import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useAuth } from '../auth/auth-session';
import { useI18n } from '../i18n/i18n';
import { graphql } from '../../gql';
import { CreateAgentForm } from './create-agent-form';
import { OnlineDot } from './online-dot';

export const ListAgentsQuery = graphql(`
  query ListAgents {
    admins {
      id
      name
      email
      online
    }
  }
`);

export default function AgentsPage() {
  const { t } = useI18n();
  const { monitor } = useAuth();
  const { data, loading, refetch } = useQuery(ListAgentsQuery, { fetchPolicy: 'cache-and-network' });
  // Presence changes missed while the socket was down.
  useEffect(() => monitor.onReconnect(() => void refetch()), [monitor, refetch]);
  const agents = data?.admins ?? [];
  const online = agents.filter((agent) => agent.online).length;
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('agents.title')}</h1>
      <div className="agents-layout">
        <section className="card" aria-labelledby="agents-list-title">
          <h2 id="agents-list-title">
            {t('agents.list')} <span className="muted">({t('agents.online', { count: online })})</span>
          </h2>
          {loading && !data && <p>{t('app.loading')}</p>}
          <table className="agents-table">
            <thead>
              <tr>
                <th scope="col">{t('agents.status')}</th>
                <th scope="col">{t('agents.name')}</th>
                <th scope="col">{t('agents.email')}</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((agent) => (
                <tr key={agent.id} data-agent-email={agent.email}>
                  <td>
                    <OnlineDot online={agent.online} />{' '}
                    <span className="agent-state">
                      {agent.online ? t('conversation.online') : t('conversation.offline')}
                    </span>
                  </td>
                  <td>{agent.name}</td>
                  <td>{agent.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <CreateAgentForm />
      </div>
    </main>
  );
}
