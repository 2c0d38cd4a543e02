import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { OnlineDot } from '../agents/online-dot';
import { useI18n } from '../i18n/i18n';

const ListAgentsForTransferQuery = graphql(`
  query ListAgentsForTransfer {
    admins {
      id
      name
      email
      online
    }
  }
`);

/** Every agent with their online state; the one already handling the chat is not offered. */
export function TransferPicker(props: {
  currentAdminId?: string;
  onPick(adminId: string): void | Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const { data, loading } = useQuery(ListAgentsForTransferQuery, { fetchPolicy: 'cache-and-network' });
  const agents = (data?.admins ?? []).filter((admin) => admin.id !== props.currentAdminId);
  // Online agents first, then by name, so the likely choice is at the top.
  agents.sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name));
  return (
    <div className="transfer-picker">
      {loading && !data && <p>{t('app.loading')}</p>}
      <ul className="agent-choices">
        {agents.map((agent) => (
          <li key={agent.id}>
            <button
              type="button"
              className="agent-choice"
              data-agent-id={agent.id}
              onClick={() => void props.onPick(agent.id)}
            >
              <OnlineDot online={agent.online} decorative />
              <span className="agent-name">{agent.name}</span>
              <span className="agent-meta">
                {agent.online ? t('conversation.online') : t('conversation.offline')} · {agent.email}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t('conversation.cancel')}
        </button>
      </div>
    </div>
  );
}
