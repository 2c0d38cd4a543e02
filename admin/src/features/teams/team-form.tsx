import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { CheckboxList } from '../shell/checkbox-list';
import { FormField, FormOutcome } from '../shell/form-field';
import { ListTeamsQuery, type ListedTeam } from './teams-page';

const ListTeamCandidatesQuery = graphql(`
  query ListTeamCandidates {
    admins {
      id
      name
      disabled
    }
  }
`);

const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
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

const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
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

const MAX_NAME = 60;

/** Creates a team, or edits `team`: its name, whether visitors see it as a topic, its members. */
export function TeamForm({ team, onDone }: { team?: ListedTeam; onDone?(): void }) {
  const { t } = useI18n();
  const formId = useId();
  const [name, setName] = useState(team?.name ?? '');
  const [showInWidget, setShowInWidget] = useState(team?.showInWidget ?? false);
  const [memberIds, setMemberIds] = useState<string[]>(team?.members.map((member) => member.id) ?? []);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const candidates = useQuery(ListTeamCandidatesQuery, { fetchPolicy: 'cache-and-network' }).data?.admins ?? [];
  const options = candidates
    .filter((agent) => !agent.disabled || memberIds.includes(agent.id))
    .map((agent) => ({ id: agent.id, label: agent.name }));
  const refetch = { refetchQueries: [ListTeamsQuery], awaitRefetchQueries: true };
  const [createTeam, creating] = useMutation(CreateTeamMutation, refetch);
  const [updateTeam, updating] = useMutation(UpdateTeamMutation, refetch);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    setCreated(null);
    const trimmed = name.trim();
    const problem = !trimmed ? t('teams.error.name') : trimmed.length > MAX_NAME ? t('teams.error.nameLength', { max: MAX_NAME }) : null;
    setNameError(problem);
    if (problem) {
      document.getElementById(`${formId}-name`)?.focus();
      return;
    }
    const input = { name: trimmed, showInWidget, memberIds };
    try {
      if (team) {
        await updateTeam({ variables: { id: team.id, input } });
        onDone?.();
        return;
      }
      await createTeam({ variables: { input } });
      setName('');
      setShowInWidget(false);
      setMemberIds([]);
      setCreated(t('teams.created', { name: trimmed }));
    } catch (failure) {
      const [first] = apiErrors(failure);
      if (first?.code === 'BAD_USER_INPUT' && first.field === 'name') {
        setNameError(first.message);
        document.getElementById(`${formId}-name`)?.focus();
      } else setFormError(describeError(failure, t));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="team-form">
      <FormField
        id={`${formId}-name`}
        label={t('teams.name')}
        error={nameError ?? undefined}
        name="name"
        autoComplete="off"
        maxLength={MAX_NAME}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label className="check">
        <input type="checkbox" checked={showInWidget} onChange={(e) => setShowInWidget(e.target.checked)} />
        <span>{t('teams.showInWidget')}</span>
      </label>
      <CheckboxList
        legend={t('teams.members')}
        options={options}
        selected={memberIds}
        onChange={setMemberIds}
        empty={t('app.loading')}
      />
      <FormOutcome error={formError} notice={created} />
      <div className="dialog-actions">
        {onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t('conversation.cancel')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={creating.loading || updating.loading}>
          {team ? t('agents.save') : t('teams.submit')}
        </button>
      </div>
    </form>
  );
}
