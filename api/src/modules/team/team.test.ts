import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, type Actor, type StaffRole } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { errorCode, graphqlRequest, useTestApp } from '../../../test/support/test-app';

const ListTeams = graphql(`
  query ListTeams {
    teams {
      id
      name
      showInWidget
      createdAt
      members {
        id
        name
      }
    }
  }
`);

const CreateTeam = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      showInWidget
      members {
        id
      }
    }
  }
`);

const UpdateTeam = graphql(`
  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
      showInWidget
      members {
        id
      }
    }
  }
`);

const DeleteTeam = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

const UpdateAgent = graphql(`
  mutation UpdateAgent($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
      name
      role
      teams {
        id
        name
      }
    }
  }
`);

const ListAgentTeams = graphql(`
  query ListAgentTeams {
    admins {
      id
      teams {
        name
      }
    }
  }
`);

const GetSettings = graphql(`
  query GetSettings {
    settings {
      routingMode
      defaultMaxConcurrentChats
    }
  }
`);

const UpdateSettings = graphql(`
  mutation UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      routingMode
      defaultMaxConcurrentChats
    }
  }
`);

const GetTopics = graphql(`
  query GetTopics {
    widgetConfig {
      topics {
        teamId
        name
      }
    }
  }
`);

const api = useTestApp();
const url = () => api.app.httpUrl;

let admin: Actor;
let supervisor: Actor;
let agent: Actor;
let colleague: Actor;
const staff: Record<StaffRole, () => Actor> = { ADMIN: () => admin, SUPERVISOR: () => supervisor, AGENT: () => agent };

beforeAll(async () => {
  admin = await loginAdmin(url());
  supervisor = await createAgent(url(), admin, 'supervisor@example.com', 'Sari Supervisor', 'SUPERVISOR');
  agent = await createAgent(url(), admin, 'agen@example.com', 'Agus Agen', 'AGENT');
  colleague = await createAgent(url(), admin, 'rekan@example.com', 'Rina Rekan', 'AGENT');
});

async function count(sql: string, values: unknown[] = []): Promise<number> {
  const [row] = await queryRows<{ count: string }>(api.db.url, sql, values);
  return Number(row!.count);
}

let teamNumber = 0;
async function createTeam(input: { name?: string; showInWidget?: boolean; memberIds?: string[] } = {}) {
  teamNumber += 1;
  const response = await graphqlRequest(url(), CreateTeam, { input: { name: `Tim ${teamNumber}`, ...input } }, admin.token);
  if (!response.data) throw new Error(`createTeam failed: ${JSON.stringify(response.errors)}`);
  return response.data.createTeam;
}

describe('teams', () => {
  it('are created by an ADMIN with their members, and listed by name to every role', async () => {
    const team = await createTeam({ name: 'Perizinan Usaha', showInWidget: true, memberIds: [agent.id, colleague.id, agent.id] });

    expect(team).toMatchObject({ name: 'Perizinan Usaha', showInWidget: true });
    expect(team.members.map((member) => member.id).sort()).toEqual([agent.id, colleague.id].sort());
    for (const role of ['ADMIN', 'SUPERVISOR', 'AGENT'] as const) {
      const listed = await graphqlRequest(url(), ListTeams, {}, staff[role]().token);
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.teams.find((listedTeam) => listedTeam.id === team.id)?.members.map((member) => member.name)).toEqual([
        'Agus Agen',
        'Rina Rekan',
      ]);
    }
  });

  it.each(['SUPERVISOR', 'AGENT'] as const)('are refused to a %s for create, update and delete, and nothing changes', async (role) => {
    const team = await createTeam();
    const before = await count('select count(*) from team');
    const token = staff[role]().token;

    const created = await graphqlRequest(url(), CreateTeam, { input: { name: `Tim ${role}` } }, token);
    const updated = await graphqlRequest(url(), UpdateTeam, { id: team.id, input: { name: 'Diganti' } }, token);
    const deleted = await graphqlRequest(url(), DeleteTeam, { id: team.id }, token);

    expect([errorCode(created), errorCode(updated), errorCode(deleted)]).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await count('select count(*) from team')).toBe(before);
    expect(await count('select count(*) from team where id = $1 and name = $2', [team.id, team.name])).toBe(1);
  });

  it('are refused to a visitor and to an anonymous caller', async () => {
    const customer = await registerCustomer(url());

    expect(errorCode(await graphqlRequest(url(), ListTeams, {}, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), ListTeams, {}))).toBe('UNAUTHENTICATED');
  });

  it('refuses a name that differs from another only in case, on create and on rename, and stores nothing', async () => {
    const taken = await createTeam({ name: 'Pajak Daerah' });
    const other = await createTeam({ name: 'Bea Cukai' });
    const before = await count('select count(*) from team');

    const created = await graphqlRequest(url(), CreateTeam, { input: { name: '  pajak   DAERAH ' } }, admin.token);
    const renamed = await graphqlRequest(url(), UpdateTeam, { id: other.id, input: { name: 'PAJAK DAERAH' } }, admin.token);

    for (const response of [created, renamed]) {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe('name');
    }
    expect(await count('select count(*) from team')).toBe(before);
    expect(await count('select count(*) from team where id = $1 and name = $2', [other.id, 'Bea Cukai'])).toBe(1);
    // Renaming a team to its own name in another case is no clash with itself.
    const recased = await graphqlRequest(url(), UpdateTeam, { id: taken.id, input: { name: 'PAJAK DAERAH' } }, admin.token);
    expect(recased.data?.updateTeam.name).toBe('PAJAK DAERAH');
  });

  it.each([
    ['empty', '   '],
    ['longer than 60 characters', 'x'.repeat(61)],
  ])('refuses a name that is %s', async (_case, name) => {
    const before = await count('select count(*) from team');

    const response = await graphqlRequest(url(), CreateTeam, { input: { name } }, admin.token);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('name');
    expect(await count('select count(*) from team')).toBe(before);
  });

  it('refuses unknown or malformed member ids with field memberIds, and stores no team and no member', async () => {
    const team = await createTeam({ memberIds: [agent.id] });
    const teamsBefore = await count('select count(*) from team');
    const membersBefore = await count('select count(*) from team_member');

    const unknown = '4f1c7a52-8a5e-4a55-9d3c-2a4f6c1b9e10';
    const created = await graphqlRequest(url(), CreateTeam, { input: { name: 'Tim Hantu', memberIds: [agent.id, unknown] } }, admin.token);
    const updated = await graphqlRequest(url(), UpdateTeam, { id: team.id, input: { memberIds: [colleague.id, 'bukan-id'] } }, admin.token);

    for (const response of [created, updated]) {
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe('memberIds');
    }
    expect(await count('select count(*) from team')).toBe(teamsBefore);
    expect(await count('select count(*) from team_member')).toBe(membersBefore);
    expect(await count('select count(*) from team_member where team_id = $1 and admin_id = $2', [team.id, agent.id])).toBe(1);
  });

  it('are updated field by field: members are replaced, omitted fields stay', async () => {
    const team = await createTeam({ name: 'Lingkungan', showInWidget: true, memberIds: [agent.id] });

    const updated = await graphqlRequest(url(), UpdateTeam, { id: team.id, input: { memberIds: [colleague.id] } }, admin.token);

    expect(updated.data?.updateTeam).toMatchObject({ name: 'Lingkungan', showInWidget: true, members: [{ id: colleague.id }] });
    const hidden = await graphqlRequest(url(), UpdateTeam, { id: team.id, input: { showInWidget: false } }, admin.token);
    expect(hidden.data?.updateTeam).toMatchObject({ name: 'Lingkungan', showInWidget: false, members: [{ id: colleague.id }] });
  });

  it('answer NOT_FOUND for an unknown team', async () => {
    const id = '4f1c7a52-8a5e-4a55-9d3c-2a4f6c1b9e10';

    expect(errorCode(await graphqlRequest(url(), UpdateTeam, { id, input: { name: 'X' } }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url(), DeleteTeam, { id }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url(), DeleteTeam, { id: 'bukan-id' }, admin.token))).toBe('NOT_FOUND');
  });

  it('are deleted with their memberships, and the agents stay', async () => {
    const team = await createTeam({ memberIds: [agent.id, colleague.id] });

    const deleted = await graphqlRequest(url(), DeleteTeam, { id: team.id }, admin.token);

    expect(deleted.data?.deleteTeam).toBe(true);
    expect(await count('select count(*) from team where id = $1', [team.id])).toBe(0);
    expect(await count('select count(*) from team_member where team_id = $1', [team.id])).toBe(0);
    expect(await count('select count(*) from admin where id in ($1, $2)', [agent.id, colleague.id])).toBe(2);
  });
});

describe("an agent's teams", () => {
  it('are set by an ADMIN with updateAdmin(teamIds) and read as Admin.teams, by name', async () => {
    const newcomer = await createAgent(url(), admin, 'baru@example.com', 'Budi Baru', 'AGENT');
    const zebra = await createTeam({ name: 'Zona Ekonomi' });
    const alpha = await createTeam({ name: 'Akta Notaris' });

    const updated = await graphqlRequest(url(), UpdateAgent, { id: newcomer.id, input: { teamIds: [zebra.id, alpha.id] } }, admin.token);

    expect(updated.data?.updateAdmin.teams.map((team) => team.name)).toEqual(['Akta Notaris', 'Zona Ekonomi']);
    const cleared = await graphqlRequest(url(), UpdateAgent, { id: newcomer.id, input: { teamIds: [alpha.id] } }, admin.token);
    expect(cleared.data?.updateAdmin.teams.map((team) => team.name)).toEqual(['Akta Notaris']);
    const listed = await graphqlRequest(url(), ListAgentTeams, {}, agent.token);
    expect(listed.data?.admins.find((listedAgent) => listedAgent.id === newcomer.id)?.teams).toEqual([{ name: 'Akta Notaris' }]);
  });

  it('refuse an unknown team id with field teamIds and keep the agent as it was', async () => {
    const team = await createTeam({ memberIds: [colleague.id] });

    const response = await graphqlRequest(
      url(),
      UpdateAgent,
      { id: colleague.id, input: { name: 'Nama Lain', teamIds: ['4f1c7a52-8a5e-4a55-9d3c-2a4f6c1b9e10'] } },
      admin.token,
    );

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('teamIds');
    expect(await count('select count(*) from team_member where team_id = $1 and admin_id = $2', [team.id, colleague.id])).toBe(1);
    expect(await count("select count(*) from admin where id = $1 and name = 'Rina Rekan'", [colleague.id])).toBe(1);
  });
});

describe('updateAdmin by an agent', () => {
  it('lets an AGENT rename itself', async () => {
    const response = await graphqlRequest(url(), UpdateAgent, { id: agent.id, input: { name: 'Agus Baru' } }, agent.token);

    expect(response.errors).toBeUndefined();
    expect(response.data?.updateAdmin).toMatchObject({ id: agent.id, name: 'Agus Baru', role: 'AGENT' });
    await graphqlRequest(url(), UpdateAgent, { id: agent.id, input: { name: 'Agus Agen' } }, agent.token);
  });

  it.each([
    ['rename a colleague', () => ({ id: colleague.id, input: { name: 'Bukan Rina' } })],
    ['change its own role', () => ({ id: agent.id, input: { role: 'ADMIN' as const } })],
    ['rename itself and change its own limit', () => ({ id: agent.id, input: { name: 'Agus', maxConcurrentChats: 50 } })],
    ['change its own teams', () => ({ id: agent.id, input: { teamIds: [] } })],
  ])('refuses an AGENT to %s, and changes nothing', async (_case, variables) => {
    const response = await graphqlRequest(url(), UpdateAgent, variables(), agent.token);

    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await count("select count(*) from admin where id = $1 and name = 'Agus Agen' and role = 'AGENT' and max_concurrent_chats is null", [agent.id])).toBe(1);
    expect(await count("select count(*) from admin where id = $1 and name = 'Rina Rekan'", [colleague.id])).toBe(1);
  });

  it('lets a SUPERVISOR rename itself but not another', async () => {
    const own = await graphqlRequest(url(), UpdateAgent, { id: supervisor.id, input: { name: 'Sari S.' } }, supervisor.token);
    const other = await graphqlRequest(url(), UpdateAgent, { id: agent.id, input: { name: 'Agus X' } }, supervisor.token);

    expect(own.data?.updateAdmin.name).toBe('Sari S.');
    expect(errorCode(other)).toBe('FORBIDDEN');
  });
});

describe('settings', () => {
  it('start as MANUAL with a default limit of 5, and every staff role reads them', async () => {
    for (const role of ['ADMIN', 'SUPERVISOR', 'AGENT'] as const) {
      const response = await graphqlRequest(url(), GetSettings, {}, staff[role]().token);
      expect(response.data?.settings).toEqual({ routingMode: 'MANUAL', defaultMaxConcurrentChats: 5 });
    }
    const customer = await registerCustomer(url());
    expect(errorCode(await graphqlRequest(url(), GetSettings, {}, customer.token))).toBe('FORBIDDEN');
  });

  it('are changed by an ADMIN only, field by field', async () => {
    const bySupervisor = await graphqlRequest(url(), UpdateSettings, { input: { routingMode: 'AUTO' } }, supervisor.token);
    const byAgent = await graphqlRequest(url(), UpdateSettings, { input: { defaultMaxConcurrentChats: 9 } }, agent.token);
    expect([errorCode(bySupervisor), errorCode(byAgent)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await count("select count(*) from settings where routing_mode = 'MANUAL' and default_max_concurrent_chats = 5")).toBe(1);

    const limit = await graphqlRequest(url(), UpdateSettings, { input: { defaultMaxConcurrentChats: 8 } }, admin.token);
    expect(limit.data?.updateSettings).toEqual({ routingMode: 'MANUAL', defaultMaxConcurrentChats: 8 });
    const mode = await graphqlRequest(url(), UpdateSettings, { input: { routingMode: 'AUTO' } }, admin.token);
    expect(mode.data?.updateSettings).toEqual({ routingMode: 'AUTO', defaultMaxConcurrentChats: 8 });

    await graphqlRequest(url(), UpdateSettings, { input: { routingMode: 'MANUAL', defaultMaxConcurrentChats: 5 } }, admin.token);
  });

  it.each([0, 101])('refuse a default limit of %i with its field, and keep the old one', async (limit) => {
    const response = await graphqlRequest(url(), UpdateSettings, { input: { defaultMaxConcurrentChats: limit, routingMode: 'AUTO' } }, admin.token);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('defaultMaxConcurrentChats');
    expect(await count("select count(*) from settings where routing_mode = 'MANUAL' and default_max_concurrent_chats = 5")).toBe(1);
  });
});

describe('widgetConfig.topics', () => {
  it('lists the teams shown in the widget by name, to anyone', async () => {
    const shown = await createTeam({ name: 'Zakat dan Wakaf', showInWidget: true });
    const alsoShown = await createTeam({ name: 'Air Bersih', showInWidget: true });
    const hidden = await createTeam({ name: 'Internal Saja', showInWidget: false });

    const response = await graphqlRequest(url(), GetTopics, {});

    const topics = response.data!.widgetConfig.topics;
    expect(topics.map((topic) => topic.teamId)).toEqual(expect.arrayContaining([shown.id, alsoShown.id]));
    expect(topics.map((topic) => topic.teamId)).not.toContain(hidden.id);
    const ids = topics.map((topic) => topic.teamId);
    expect(ids.indexOf(alsoShown.id)).toBeLessThan(ids.indexOf(shown.id));
    expect(topics.find((topic) => topic.teamId === alsoShown.id)?.name).toBe('Air Bersih');
  });
});
