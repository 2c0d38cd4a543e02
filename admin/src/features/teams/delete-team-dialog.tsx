import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { ListTeamsQuery, type ListedTeam } from './teams-page';

const DeleteTeamMutation = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

/** Deleting a team moves its waiting chats to the queue without a team; it is confirmed first. */
export function DeleteTeamDialog({ team, onClose }: { team: ListedTeam | null; onClose(): void }) {
  const { t } = useI18n();
  const [deleteTeam, { loading }] = useMutation(DeleteTeamMutation, {
    refetchQueries: [ListTeamsQuery],
    awaitRefetchQueries: true,
  });
  return (
    <ConfirmDialog
      open={Boolean(team)}
      title={team ? t('teams.deleteTitle', { name: team.name }) : ''}
      confirmLabel={t('teams.deleteConfirm')}
      busy={loading}
      onConfirm={() => (team ? deleteTeam({ variables: { id: team.id } }) : Promise.resolve())}
      onClose={onClose}
    >
      <p>{t('teams.deleteBody')}</p>
    </ConfirmDialog>
  );
}
