import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useMe } from '../auth/auth-session';
import { useMyAccount } from '../auth/my-account';
import type { Queue } from '../inbox/session-list-cache';
import { navigate } from '../shell/router';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { TransferPicker } from './transfer-picker';

export const ConversationActionsFragment = graphql(`
  fragment ConversationActions_session on ChatSession {
    id
    status
    assignedAdmin {
      id
      name
    }
    team {
      id
      name
    }
  }
`);

const AssignChatSessionMutation = graphql(`
  mutation AssignChatSession($id: ID!, $adminId: ID, $teamId: ID, $note: String) {
    assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {
      id
      status
      assignedAdmin {
        id
        name
        online
      }
      team {
        id
        name
      }
    }
  }
`);

const CloseChatSessionMutation = graphql(`
  mutation CloseChatSession($id: ID!) {
    closeChatSession(id: $id) {
      id
      status
      closedAt
    }
  }
`);

/** Ambil (take), Alihkan (transfer) and Tutup (close, confirmed first). */
export function ConversationActions(props: { session: FragmentType<typeof ConversationActionsFragment>; queue: Queue }) {
  const { t } = useI18n();
  const me = useMe();
  const { role } = useMyAccount();
  const client = useApolloClient();
  const session = getFragmentData(ConversationActionsFragment, props.session);
  const [assign, assigning] = useMutation(AssignChatSessionMutation);
  const [close, closing] = useMutation(CloseChatSessionMutation);
  const [confirming, setConfirming] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (session.status === 'CLOSED') return null;

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(describeError(failure, t));
      return false;
    }
  };

  const assignTo = (target: Partial<{ adminId: string; teamId: string }> = {}, note: string | null = null) =>
    run(() => assign({ variables: { id: session.id, adminId: target.adminId ?? null, teamId: target.teamId ?? null, note } }));

  // A chat handed to someone else or to another team's queue may leave this agent's sight, and
  // then no live event tells the lists: read them again. An AGENT is done with it here.
  const handedOn = async () => {
    if (role === 'AGENT') navigate({ page: 'inbox', queue: props.queue });
    await client.refetchQueries({ include: ['ListChatSessions', 'GetQueueCounts'] });
  };

  return (
    <div className="conversation-actions">
      {session.assignedAdmin?.id !== me.id && (
        <button type="button" className="button primary" disabled={assigning.loading} onClick={() => void assignTo()}>
          {t('conversation.take')}
        </button>
      )}
      <button type="button" className="button" onClick={() => setTransferring(true)}>
        {t('conversation.transfer')}
      </button>
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        {t('conversation.close')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <Dialog open={transferring} title={t('conversation.transferTitle')} onClose={() => setTransferring(false)}>
        {transferring && (
          <TransferPicker
            currentAdminId={session.assignedAdmin?.id}
            currentTeamId={session.team?.id}
            onPick={async (target, note) => {
              if (!(await assignTo(target, note))) return;
              setTransferring(false);
              await handedOn();
            }}
            onCancel={() => setTransferring(false)}
          />
        )}
      </Dialog>
      <Dialog open={confirming} title={t('conversation.closeConfirmTitle')} onClose={() => setConfirming(false)}>
        <p>{t('conversation.closeConfirmBody')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
            {t('conversation.cancel')}
          </button>
          <button
            type="button"
            className="button danger"
            disabled={closing.loading}
            onClick={async () => {
              setConfirming(false);
              await run(() => close({ variables: { id: session.id } }));
            }}
          >
            {t('conversation.closeConfirm')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
