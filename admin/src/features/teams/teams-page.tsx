import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ListTeamsQuery as ListTeamsData } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { DeleteTeamDialog } from './delete-team-dialog';
import { TeamForm } from './team-form';
import { Dialog } from '../shell/dialog';
import { EditDeleteCell } from '../shell/row-actions';

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

export type ListedTeam = ListTeamsData['teams'][number];

/** ADMIN: the desk's teams, each with its own queue; those shown in the widget are its topics. */
export default function TeamsPage() {
  const { t } = useI18n();
  const { data, loading } = useQuery(ListTeamsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<ListedTeam | null>(null);
  const [deleting, setDeleting] = useState<ListedTeam | null>(null);
  const teams = data?.teams ?? [];
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('teams.title')}</h1>
      <div className="agents-layout">
        <section className="card" aria-labelledby="teams-list-title">
          <h2 id="teams-list-title">{t('teams.list')}</h2>
          {loading && !data && <p>{t('app.loading')}</p>}
          {data && teams.length === 0 && <p className="muted">{t('teams.none')}</p>}
          {teams.length > 0 && (
            <div className="table-scroll">
              <table className="agents-table">
                <thead>
                  <tr>
                    <th scope="col">{t('teams.name')}</th>
                    <th scope="col">{t('teams.inWidget')}</th>
                    <th scope="col">{t('teams.members')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('agents.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {teams.map((team) => (
                    <tr key={team.id} data-team-name={team.name}>
                      <td>{team.name}</td>
                      <td data-in-widget={team.showInWidget}>{team.showInWidget ? t('teams.yes') : t('teams.no')}</td>
                      <td data-members>{team.members.map((member) => member.name).join(', ') || '—'}</td>
                      <EditDeleteCell
                        name={team.name}
                        deleteNamed={t('teams.deleteNamed', { name: team.name })}
                        onEdit={() => setEditing(team)}
                        onDelete={() => setDeleting(team)}
                      />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="teams-create-title">
          <h2 id="teams-create-title">{t('teams.create')}</h2>
          <TeamForm />
        </section>
      </div>
      <Dialog
        open={Boolean(editing)}
        title={editing ? t('teams.editTitle', { name: editing.name }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && <TeamForm key={editing.id} team={editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <DeleteTeamDialog team={deleting} onClose={() => setDeleting(null)} />
    </main>
  );
}
