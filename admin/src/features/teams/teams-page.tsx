import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ListTeamsQuery as ListTeamsData } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { CatalogPage, DeleteEntryDialog } from '../shell/catalog-page';
import { TeamForm } from './team-form';

export const ListTeamsQuery = graphql(`
  query ListTeams {
    teams {
      id
      name
      showInWidget
      members {
        id
        name
      }
    }
  }
`);

const DeleteTeamMutation = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

export type ListedTeam = ListTeamsData['teams'][number];

/** ADMIN: the desk's teams, each with its own queue; those shown in the widget are its topics. */
export default function TeamsPage() {
  const { t } = useI18n();
  const { data, loading } = useQuery(ListTeamsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <CatalogPage
      id="teams"
      texts={{ title: t('teams.title'), list: t('teams.list'), none: t('teams.none'), create: t('teams.create') }}
      entries={data?.teams}
      loading={loading}
      columns={[
        { header: t('teams.name'), cell: (team) => team.name },
        { header: t('teams.inWidget'), cell: (team) => (team.showInWidget ? t('teams.yes') : t('teams.no')) },
        { header: t('teams.members'), cell: (team) => team.members.map((member) => member.name).join(', ') || '—', data: 'data-members' },
      ]}
      nameOf={(team) => team.name}
      rowData={(team) => ({ 'data-team-name': team.name })}
      deleteNamed={(team) => t('teams.deleteNamed', { name: team.name })}
      editTitle={(team) => t('teams.editTitle', { name: team.name })}
      form={(team, onDone) => <TeamForm team={team} onDone={onDone} />}
      deleteDialog={(team, onClose) => (
        // Deleting a team moves its waiting chats to the queue without a team.
        <DeleteEntryDialog
          entryId={team?.id ?? null}
          title={team ? t('teams.deleteTitle', { name: team.name }) : ''}
          mutation={DeleteTeamMutation}
          refetch={ListTeamsQuery}
          onClose={onClose}
        >
          <p>{t('teams.deleteBody')}</p>
        </DeleteEntryDialog>
      )}
    />
  );
}
