import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { FormOutcome } from '../shell/form-field';
import { ListTeamsQuery, type ListedTeam } from './teams-page';

const DeleteTeamMutation = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

/** Deleting a team moves its waiting chats to the queue without a team; it is confirmed first. */
export function DeleteTeamDialog({ team, onClose }: { team: ListedTeam | null; onClose(): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [deleteTeam, { loading }] = useMutation(DeleteTeamMutation, {
    refetchQueries: [ListTeamsQuery],
    awaitRefetchQueries: true,
  });
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Dialog open={Boolean(team)} title={team ? t('teams.deleteTitle', { name: team.name }) : ''} onClose={close}>
      <p>{t('teams.deleteBody')}</p>
      <FormOutcome error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close} autoFocus>
          {t('conversation.cancel')}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={loading}
          onClick={async () => {
            if (!team) return;
            try {
              await deleteTeam({ variables: { id: team.id } });
              close();
            } catch (failure) {
              setError(describeError(failure, t));
            }
          }}
        >
          {t('teams.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
