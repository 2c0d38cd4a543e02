import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { StatusDot } from '../agents/online-dot';
import { useI18n } from '../i18n/i18n';

const ListTransferTargetsQuery = graphql(`
  query ListTransferTargets {
    admins {
      id
      name
      email
      online
      status
      disabled
    }
    teams {
      id
      name
    }
  }
`);

export type TransferTarget = { adminId: string } | { teamId: string };

/** As the API allows: the note is stored as the transferring agent's internal note. */
export const MAX_TRANSFER_NOTE_LENGTH = 1000;

/**
 * An agent (available ones first; the one handling the chat is not offered), or a team, whose
 * queue the chat joins unassigned, keeping its place; with an optional note for whoever gets it,
 * which only agents see.
 */
export function TransferPicker(props: {
  currentAdminId?: string;
  currentTeamId?: string;
  onPick(target: TransferTarget, note: string | null): void | Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const noteId = useId();
  const [note, setNote] = useState('');
  const pick = (target: TransferTarget) => void props.onPick(target, note.trim() || null);
  const { data, loading } = useQuery(ListTransferTargetsQuery, { fetchPolicy: 'cache-and-network' });
  const rank = { ONLINE: 0, AWAY: 1, OFFLINE: 2 } as const;
  const agents = (data?.admins ?? [])
    .filter((admin) => admin.id !== props.currentAdminId && !admin.disabled)
    .sort((a, b) => rank[a.status] - rank[b.status] || a.name.localeCompare(b.name));
  const teams = (data?.teams ?? []).filter((team) => team.id !== props.currentTeamId);
  return (
    <div className="transfer-picker">
      {loading && !data && <p>{t('app.loading')}</p>}
      <label htmlFor={noteId} className="transfer-note-label">
        {t('transfer.note')}
      </label>
      <textarea
        id={noteId}
        className="transfer-note"
        value={note}
        maxLength={MAX_TRANSFER_NOTE_LENGTH}
        rows={2}
        placeholder={t('transfer.notePlaceholder')}
        onChange={(event) => setNote(event.target.value)}
      />
      <h3 id="transfer-agents">{t('conversation.transferToAgent')}</h3>
      <ul className="agent-choices" aria-labelledby="transfer-agents">
        {agents.map((agent) => (
          <li key={agent.id}>
            <button
              type="button"
              className="agent-choice"
              data-agent-id={agent.id}
              onClick={() => pick({ adminId: agent.id })}
            >
              <StatusDot status={agent.status} decorative />
              <span className="agent-name">{agent.name}</span>
              <span className="agent-meta">
                {t(`agentStatus.${agent.status}`)} · {agent.email}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {teams.length > 0 && (
        <>
          <h3 id="transfer-teams">{t('conversation.transferToTeam')}</h3>
          <ul className="agent-choices" aria-labelledby="transfer-teams">
            {teams.map((team) => (
              <li key={team.id}>
                <button
                  type="button"
                  className="agent-choice"
                  data-team-id={team.id}
                  onClick={() => pick({ teamId: team.id })}
                >
                  <span className="agent-name">{team.name}</span>
                  <span className="agent-meta">{t('conversation.teamQueue')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t('conversation.cancel')}
        </button>
      </div>
    </div>
  );
}
