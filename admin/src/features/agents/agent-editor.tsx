import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrors, describeError } from '../../app/errors';
import { graphql } from '../../gql';
import type { AdminRole, UpdateAdminInput } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { CheckboxList } from '../shell/checkbox-list';
import { Dialog } from '../shell/dialog';
import { FormField, FormOutcome } from '../shell/form-field';
import type { ListedAgent } from './agents-page';

const UpdateAdminMutation = graphql(`
  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
      name
      role
      disabled
      maxConcurrentChats
      activeChatCount
      status
      online
      teams {
        id
        name
      }
    }
  }
`);

const ListTeamChoicesQuery = graphql(`
  query ListTeamChoices {
    teams {
      id
      name
    }
  }
`);

const ROLES: AdminRole[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
const MAX_LIMIT = 100;

interface Values {
  name: string;
  role: AdminRole;
  /** Empty: the desk's default limit. */
  limit: string;
  disabled: boolean;
  teamIds: string[];
}

type Field = 'name' | 'limit';

const valuesOf = (agent: ListedAgent): Values => ({
  name: agent.name,
  role: agent.role,
  limit: agent.maxConcurrentChats == null ? '' : String(agent.maxConcurrentChats),
  disabled: agent.disabled,
  teamIds: agent.teams.map((team) => team.id),
});

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Only what changed is sent: an unchanged role must not reconnect the agent's consoles. */
function changes(agent: ListedAgent, values: Values): UpdateAdminInput {
  const before = valuesOf(agent);
  const input: UpdateAdminInput = {};
  if (values.name.trim() !== before.name) input.name = values.name.trim();
  if (values.role !== before.role) input.role = values.role;
  if (values.limit.trim() !== before.limit) input.maxConcurrentChats = values.limit.trim() ? Number(values.limit) : null;
  if (values.disabled !== before.disabled) input.disabled = values.disabled;
  if (!sameMembers(values.teamIds, before.teamIds)) input.teamIds = values.teamIds;
  return input;
}

/** Edits one agent: name, role, chat limit, and whether the account may sign in. */
export function AgentEditor({ agent, onClose }: { agent: ListedAgent | null; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog open={Boolean(agent)} title={agent ? t('agents.editTitle', { name: agent.name }) : ''} onClose={onClose}>
      {agent && <EditorForm key={agent.id} agent={agent} onDone={onClose} />}
    </Dialog>
  );
}

function EditorForm({ agent, onDone }: { agent: ListedAgent; onDone(): void }) {
  const { t } = useI18n();
  const formId = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(agent));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateAdminMutation);
  const teams = useQuery(ListTeamChoicesQuery, { fetchPolicy: 'cache-and-network' }).data?.teams ?? [];

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = t('agents.error.name');
    const limit = values.limit.trim();
    if (limit && !(Number.isInteger(Number(limit)) && Number(limit) >= 1 && Number(limit) <= MAX_LIMIT)) {
      found.limit = t('agents.error.limit', { max: MAX_LIMIT });
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    const input = changes(agent, values);
    if (Object.keys(input).length === 0) return onDone();
    try {
      await update({ variables: { id: agent.id, input } });
      onDone();
    } catch (failure) {
      const [error] = apiErrors(failure);
      if (error?.code === 'BAD_USER_INPUT' && error.field === 'name') setErrors({ name: error.message });
      else if (error?.code === 'BAD_USER_INPUT' && error.field === 'maxConcurrentChats') setErrors({ limit: error.message });
      else setFormError(describeError(failure, t));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="agent-editor">
      <FormField
        id={`${formId}-name`}
        label={t('agents.name')}
        error={errors.name}
        name="name"
        autoComplete="off"
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
      />
      <div className="field">
        <label htmlFor={`${formId}-role`}>{t('agents.role')}</label>
        <select
          id={`${formId}-role`}
          value={values.role}
          onChange={(e) => setValues({ ...values, role: e.target.value as AdminRole })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <FormField
        id={`${formId}-limit`}
        label={t('agents.limit')}
        error={errors.limit}
        name="limit"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_LIMIT}
        placeholder={t('agents.defaultLimit')}
        value={values.limit}
        onChange={(e) => setValues({ ...values, limit: e.target.value })}
      />
      <p className="field-hint">
        {t('agents.limitHint')}
      </p>
      <CheckboxList
        legend={t('nav.teams')}
        options={teams.map((team) => ({ id: team.id, label: team.name }))}
        selected={values.teamIds}
        onChange={(teamIds) => setValues({ ...values, teamIds })}
        empty={t('agents.noTeams')}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={values.disabled}
          onChange={(e) => setValues({ ...values, disabled: e.target.checked })}
        />
        <span>{t('agents.disable')}</span>
      </label>
      {values.disabled && !agent.disabled && <p className="field-hint">{t('agents.disableHint')}</p>}
      <FormOutcome error={formError} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('conversation.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={loading}>
          {t('agents.save')}
        </button>
      </div>
    </form>
  );
}
