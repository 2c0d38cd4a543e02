import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { waitForValue } from '../../../test/support/live';
import { ChangePassword, CloseChatSession, GetChatSession, ListChatSessions, Login, Logout, SendMessage } from '../../../test/support/operations';
import { AssignOrMove, createTeam, dataOf, SetAgent, setRouting, startQueuedChat, TakeNext, Unassign } from '../../../test/support/queue';
import { freePort, spawnApi, waitUntilReady } from '../../../test/support/api-process';
import { connectSocket, errorCode, graphqlRequest, TEST_JWT_SECRET, TEST_REDIS_URL, uniqueRedisPrefix, useTestApp } from '../../../test/support/test-app';
import { graphql } from '../../../test/gql';
import { Team } from '../team/team.entity';
import { AuditTrail } from './audit-trail';

const AuditLog = graphql(`
  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          at
          action
          targetType
          targetId
          ip
          details
          actor {
            kind
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const AuditActions = graphql(`
  query AuditActionList {
    auditActions
  }
`);

const AuditUpdateSettings = graphql(`
  mutation AuditUpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      routingMode
    }
  }
`);

const AuditUpdateTeam = graphql(`
  mutation AuditUpdateTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
    }
  }
`);

const AuditDeleteTeam = graphql(`
  mutation AuditDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

const AuditCreateAdmin = graphql(`
  mutation AuditCreateAdmin($input: CreateAdminInput!) {
    createAdmin(input: $input) {
      id
    }
  }
`);

const AuditUpdateCustomer = graphql(`
  mutation AuditUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      id
    }
  }
`);

const AuditBlock = graphql(`
  mutation AuditBlockCustomer($id: ID!, $reason: String) {
    blockCustomer(id: $id, reason: $reason) {
      id
    }
  }
`);

const AuditUnblock = graphql(`
  mutation AuditUnblockCustomer($id: ID!) {
    unblockCustomer(id: $id) {
      id
    }
  }
`);

const redis = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() };
const handle = useTestApp(redis);
const url = () => handle.app.httpUrl;

interface Row extends Record<string, unknown> {
  actor_kind: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

/** What is stored, oldest first, whatever the API answers. */
const stored = (action: string, targetId?: string) =>
  queryRows<Row>(
    handle.db.url,
    `select actor_kind, actor_id, action, target_type, target_id, ip, details from audit_event
      where action = $1 and ($2::text is null or target_id = $2) order by at, id`,
    [action, targetId ?? null],
  );

let admin: Actor;
beforeAll(async () => {
  admin = await loginAdmin(url());
});

describe('sign-in, sign-out and password', () => {
  it('records a sign-in by the agent, and a failed one by nobody with the email tried and why', async () => {
    const agent = await createAgent(url(), admin, 'masuk@example.com', 'Agen Masuk', 'AGENT');
    expect(await stored('auth.sign_in', agent.id)).toEqual([
      expect.objectContaining({ actor_kind: 'AGENT', actor_id: agent.id, target_type: 'AGENT', ip: expect.stringContaining('127.0.0.1') }),
    ]);

    expect(errorCode(await graphqlRequest(url(), Login, { email: 'MASUK@example.com', password: 'salah-sandi-1' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url(), Login, { email: 'tak-dikenal@example.com', password: 'salah-sandi-1' }))).toBe('UNAUTHENTICATED');
    const failed = await stored('auth.sign_in_failed');
    expect(failed).toEqual([
      expect.objectContaining({ actor_kind: 'ANONYMOUS', actor_id: null, details: { email: 'masuk@example.com', reason: 'WRONG_CREDENTIALS' } }),
      expect.objectContaining({ actor_kind: 'ANONYMOUS', actor_id: null, details: { email: 'tak-dikenal@example.com', reason: 'WRONG_CREDENTIALS' } }),
    ]);

    dataOf(await graphqlRequest(url(), SetAgent, { id: agent.id, input: { disabled: true } }, admin.token));
    expect(errorCode(await graphqlRequest(url(), Login, { email: 'masuk@example.com', password: 'agent-password-1' }))).toBe('FORBIDDEN');
    expect((await stored('auth.sign_in_failed')).at(-1)?.details).toEqual({ email: 'masuk@example.com', reason: 'DISABLED' });
    expect(await stored('auth.sign_in', agent.id)).toHaveLength(1);
  });

  it('records a sign-out, and a password change but not a refused one', async () => {
    const agent = await createAgent(url(), admin, 'sandi@example.com', 'Agen Sandi', 'AGENT');
    const refused = await graphqlRequest(url(), ChangePassword, { currentPassword: 'bukan-sandiku', newPassword: 'sandi-baru-123' }, agent.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const changed = await graphqlRequest(url(), ChangePassword, { currentPassword: 'agent-password-1', newPassword: 'sandi-baru-123' }, agent.token);
    expect(changed.data?.changePassword).toBe(true);
    // The refusal came first: only the change left an event.
    expect(await stored('auth.password_change', agent.id)).toEqual([expect.objectContaining({ actor_kind: 'AGENT', actor_id: agent.id })]);

    expect(dataOf(await graphqlRequest(url(), Logout, {}, agent.token)).logout).toBe(true);
    expect(await stored('auth.sign_out', agent.id)).toEqual([expect.objectContaining({ actor_kind: 'AGENT', actor_id: agent.id, target_type: 'AGENT' })]);
  });
});

describe('agents, teams and settings', () => {
  it('records an agent created, updated, given another role, disabled and enabled; a refused change records nothing', async () => {
    const createdBefore = (await stored('agent.create')).length;
    const refused = await graphqlRequest(url(), AuditCreateAdmin, { input: { email: 'admin@example.com', name: 'Dua', password: 'agent-password-1' } }, admin.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const id = dataOf(
      await graphqlRequest(url(), AuditCreateAdmin, { input: { email: 'baru@example.com', name: 'Agen Baru', password: 'agent-password-1', role: 'AGENT' } }, admin.token),
    ).createAdmin.id;
    // The refusal came first: one more event, the creation's.
    expect(await stored('agent.create')).toHaveLength(createdBefore + 1);
    expect(await stored('agent.create', id)).toEqual([
      expect.objectContaining({ actor_kind: 'AGENT', actor_id: admin.id, target_type: 'AGENT', details: { role: 'AGENT' } }),
    ]);

    dataOf(await graphqlRequest(url(), SetAgent, { id, input: { name: 'Agen Lama', maxConcurrentChats: 4 } }, admin.token));
    dataOf(await graphqlRequest(url(), SetAgent, { id, input: { role: 'SUPERVISOR' } }, admin.token));
    dataOf(await graphqlRequest(url(), SetAgent, { id, input: { disabled: true } }, admin.token));
    dataOf(await graphqlRequest(url(), SetAgent, { id, input: { disabled: false } }, admin.token));
    // The last active ADMIN may not demote itself: refused, nothing recorded.
    expect(errorCode(await graphqlRequest(url(), SetAgent, { id: admin.id, input: { role: 'AGENT' } }, admin.token))).toBe('BAD_USER_INPUT');

    expect((await stored('agent.update', id)).map((row) => row.details)).toEqual([{ fields: ['name', 'maxConcurrentChats'] }]);
    expect((await stored('agent.role_change', id)).map((row) => row.details)).toEqual([{ from: 'AGENT', to: 'SUPERVISOR' }]);
    expect(await stored('agent.role_change', admin.id)).toEqual([]);
    expect(await stored('agent.disable', id)).toHaveLength(1);
    expect(await stored('agent.enable', id)).toHaveLength(1);
  });

  it('records teams created, updated (which fields, which members) and deleted', async () => {
    const member = await createAgent(url(), admin, 'anggota@example.com', 'Anggota', 'AGENT');
    const teamId = await createTeam(url(), admin, 'Perizinan');
    expect(errorCode(await graphqlRequest(url(), AuditUpdateTeam, { id: teamId, input: { name: '' } }, admin.token))).toBe('BAD_USER_INPUT');
    dataOf(await graphqlRequest(url(), AuditUpdateTeam, { id: teamId, input: { name: 'Perizinan Usaha', memberIds: [member.id] } }, admin.token));
    dataOf(await graphqlRequest(url(), AuditDeleteTeam, { id: teamId }, admin.token));

    expect(await stored('team.create', teamId)).toEqual([
      expect.objectContaining({ actor_id: admin.id, target_type: 'TEAM', details: { name: 'Perizinan', showInWidget: true, memberIds: [] } }),
    ]);
    expect((await stored('team.update', teamId)).map((row) => row.details)).toEqual([
      { fields: ['name', 'memberIds'], addedMemberIds: [member.id], removedMemberIds: [] },
    ]);
    expect(await stored('team.delete', teamId)).toEqual([expect.objectContaining({ actor_id: admin.id, details: { name: 'Perizinan Usaha', memberIds: [member.id] } })]);
  });

  it('records which settings changed, and nothing for a refused change', async () => {
    expect(errorCode(await graphqlRequest(url(), AuditUpdateSettings, { input: { defaultMaxConcurrentChats: 0 } }, admin.token))).toBe('BAD_USER_INPUT');
    dataOf(await graphqlRequest(url(), AuditUpdateSettings, { input: { defaultMaxConcurrentChats: 7, routingMode: 'MANUAL' } }, admin.token));
    expect(await stored('settings.update')).toEqual([
      expect.objectContaining({ actor_id: admin.id, target_type: 'SETTINGS', details: { keys: ['defaultMaxConcurrentChats'] } }),
    ]);
  });
});

describe('chats', () => {
  it('records assignment, transfer to an agent and to a team, unassignment, taking the next chat, a first reply and close', async () => {
    const colleague = await createAgent(url(), admin, 'rekan@example.com', 'Rekan', 'ADMIN');
    const teamId = await createTeam(url(), admin, 'Transfer');
    const chat = await startQueuedChat(url(), null, 'Dina');

    dataOf(await graphqlRequest(url(), AssignOrMove, { id: chat.id }, admin.token));
    dataOf(await graphqlRequest(url(), AssignOrMove, { id: chat.id, adminId: colleague.id }, admin.token));
    dataOf(await graphqlRequest(url(), AssignOrMove, { id: chat.id, teamId }, colleague.token));
    dataOf(await graphqlRequest(url(), AssignOrMove, { id: chat.id, adminId: admin.id, teamId }, admin.token));
    dataOf(await graphqlRequest(url(), Unassign, { id: chat.id }, admin.token));
    expect(dataOf(await graphqlRequest(url(), TakeNext, {}, colleague.token)).takeNextChatSession?.id).toBe(chat.id);
    dataOf(await graphqlRequest(url(), CloseChatSession, { id: chat.id }, colleague.token));
    // Closing twice closes nothing more.
    dataOf(await graphqlRequest(url(), CloseChatSession, { id: chat.id }, colleague.token));

    const assigned = await stored('chat.assign', chat.id);
    expect(assigned.map((row) => [row.actor_id, row.details])).toEqual([
      [admin.id, { adminId: admin.id, teamId: null }],
      [admin.id, { adminId: admin.id, teamId }],
      [colleague.id, { adminId: colleague.id, teamId, via: 'TAKE_NEXT' }],
    ]);
    expect((await stored('chat.transfer', chat.id)).map((row) => [row.actor_id, row.details])).toEqual([
      [admin.id, { fromAdminId: admin.id, toAdminId: colleague.id, fromTeamId: null, toTeamId: null }],
      [colleague.id, { fromAdminId: colleague.id, toAdminId: null, fromTeamId: null, toTeamId: teamId }],
    ]);
    expect((await stored('chat.unassign', chat.id)).map((row) => [row.actor_id, row.details])).toEqual([[admin.id, { fromAdminId: admin.id, teamId }]]);
    expect(await stored('chat.close', chat.id)).toEqual([
      expect.objectContaining({ actor_kind: 'AGENT', actor_id: colleague.id, target_type: 'CHAT', details: { adminId: colleague.id } }),
    ]);

    const replied = await startQueuedChat(url(), null, 'Eko');
    dataOf(await graphqlRequest(url(), SendMessage, { input: { sessionId: replied.id, text: 'Saya bantu.' } }, colleague.token));
    expect((await stored('chat.assign', replied.id)).map((row) => [row.actor_id, row.details])).toEqual([
      [colleague.id, { adminId: colleague.id, teamId: null, via: 'FIRST_REPLY' }],
    ]);
    // The visitor closes its own chat.
    dataOf(await graphqlRequest(url(), CloseChatSession, { id: replied.id }, replied.customer.token));
    expect(await stored('chat.close', replied.id)).toEqual([expect.objectContaining({ actor_kind: 'CUSTOMER', actor_id: replied.customer.id })]);
  });

  it('records AUTO routing as the system', async () => {
    const agent = await createAgent(url(), admin, 'otomatis@example.com', 'Otomatis', 'AGENT');
    const socket = connectSocket(handle.app.wsUrl, agent.token);
    await socket.connected;
    await waitForValue(() => handle.app.deps.presence.isOnline(agent.id), true);
    try {
      await setRouting(url(), admin, { routingMode: 'AUTO' });
      const chat = await startQueuedChat(url(), null, 'Fajar');
      await waitForValue(async () => (await stored('chat.assign', chat.id)).length, 1);
      expect(await stored('chat.assign', chat.id)).toEqual([
        expect.objectContaining({ actor_kind: 'SYSTEM', actor_id: null, ip: null, details: { adminId: agent.id, teamId: null, via: 'ROUTING' } }),
      ]);
    } finally {
      await setRouting(url(), admin, { routingMode: 'MANUAL' });
      await socket.dispose();
    }
  });
});

describe('customers', () => {
  it('records which profile fields changed, never their values, and blocks with the chats they close', async () => {
    const visitor = await registerCustomer(url(), 'Gita Rahma', 'gita@example.com');
    const sessionId = await startSession(url(), visitor, 'Halo');
    const refused = await graphqlRequest(url(), AuditUpdateCustomer, { id: visitor.id, input: { email: 'bukan email' } }, admin.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    dataOf(
      await graphqlRequest(url(), AuditUpdateCustomer, { id: visitor.id, input: { name: 'Gita Rahmawati', phone: '+6281234567', attributes: { NIB: '1234567890123' } } }, admin.token),
    );
    const [update, ...more] = await stored('customer.update', visitor.id);
    expect(more).toEqual([]);
    expect(update).toMatchObject({ actor_id: admin.id, target_type: 'CUSTOMER', details: { fields: ['name', 'phone', 'attributes'], attributeKeys: ['NIB'] } });
    expect(JSON.stringify(update)).not.toMatch(/Rahmawati|6281234567|1234567890123/);

    dataOf(await graphqlRequest(url(), AuditBlock, { id: visitor.id, reason: 'Spam berulang dari Gita' }, admin.token));
    dataOf(await graphqlRequest(url(), AuditUnblock, { id: visitor.id }, admin.token));
    expect(await stored('customer.block', visitor.id)).toEqual([expect.objectContaining({ actor_id: admin.id, details: { withReason: true } })]);
    expect(await stored('customer.unblock', visitor.id)).toEqual([expect.objectContaining({ actor_id: admin.id })]);
    expect(await stored('chat.close', sessionId)).toEqual([expect.objectContaining({ actor_id: admin.id, details: { adminId: null, reason: 'CUSTOMER_BLOCKED' } })]);
  });
});

describe('one transaction with the change', () => {
  it('stores no event when the change it belongs to fails in the same unit of work', async () => {
    const trail = new AuditTrail({ kind: 'AGENT', id: admin.id }, '127.0.0.1');
    const em = handle.app.deps.orm.em.fork();
    em.create(Team, { name: 'Kembar', showInWidget: false, createdAt: new Date() });
    trail.record(em, { action: 'team.create', targetType: 'TEAM', targetId: 'kembar-pertama' });
    await em.flush();
    const twin = handle.app.deps.orm.em.fork();
    trail.record(twin, { action: 'team.create', targetType: 'TEAM', targetId: 'kembar-kedua' });
    twin.create(Team, { name: 'kembar', showInWidget: false, createdAt: new Date() });
    await expect(twin.flush()).rejects.toThrow(/unique/i);
    expect(await stored('team.create', 'kembar-pertama')).toHaveLength(1);
    expect(await stored('team.create', 'kembar-kedua')).toEqual([]);
  });

  it('stores no event when a plain-SQL transaction fails after the record', async () => {
    const trail = new AuditTrail({ kind: 'AGENT', id: admin.id }, '127.0.0.1');
    const duplicate = { name: 'audit_test_duplicate_team', text: `insert into team (id, name, show_in_widget, created_at) values (gen_random_uuid(), 'KEMBAR', false, now())` };
    const failed = handle.app.deps.sql.transaction(async (run) => {
      await trail.recordWith(run, { action: 'team.create', targetType: 'TEAM', targetId: 'kembar-sql' });
      await run(duplicate, []);
    });
    await expect(failed).rejects.toThrow(/unique/i);
    expect(await stored('team.create', 'kembar-sql')).toEqual([]);
    await handle.app.deps.sql.transaction((run) => trail.recordWith(run, { action: 'team.create', targetType: 'TEAM', targetId: 'kembar-sql' }));
    expect(await stored('team.create', 'kembar-sql')).toHaveLength(1);
  });
});

describe('append-only', () => {
  it.each([
    ['UPDATE', `update audit_event set action = 'auth.sign_out'`],
    ['DELETE', 'delete from audit_event'],
    ['TRUNCATE', 'truncate audit_event'],
  ])("refuses an %s through the application's own connections", async (_name, statement) => {
    const before = await queryRows<{ count: string }>(handle.db.url, 'select count(*) from audit_event');
    expect(Number(before[0]!.count)).toBeGreaterThan(0);
    await expect(handle.app.deps.orm.em.fork().execute(statement)).rejects.toThrow(/append-only/);
    await expect(handle.app.deps.sql.run({ name: `audit_test_${_name}`, text: statement }, [])).rejects.toThrow(/append-only/);
    expect(await queryRows(handle.db.url, 'select count(*) from audit_event')).toEqual(before);
  });
});

describe('reads', () => {
  it('records one read per agent, customer and hour, from chatSession(id) only, never a visitor reading its own chat', async () => {
    const reader = await createAgent(url(), admin, 'pembaca@example.com', 'Pembaca', 'ADMIN');
    const visitor = await registerCustomer(url(), 'Hadi');
    const sessionId = await startSession(url(), visitor, 'Halo');
    dataOf(await graphqlRequest(url(), ListChatSessions, {}, reader.token));
    dataOf(await graphqlRequest(url(), GetChatSession, { id: sessionId }, visitor.token));
    expect(await stored('customer.read', visitor.id)).toEqual([]);

    for (let n = 0; n < 3; n += 1) dataOf(await graphqlRequest(url(), GetChatSession, { id: sessionId }, reader.token));
    expect(await stored('customer.read', visitor.id)).toEqual([
      expect.objectContaining({ actor_kind: 'AGENT', actor_id: reader.id, target_type: 'CUSTOMER', details: { sessionId } }),
    ]);
    dataOf(await graphqlRequest(url(), GetChatSession, { id: sessionId }, admin.token));
    expect((await stored('customer.read', visitor.id)).map((row) => row.actor_id)).toEqual([reader.id, admin.id]);
  });

  it('records one read when two instances read at once', async () => {
    const other = spawnApi({ NODE_ENV: 'test', DATABASE_URL: handle.db.url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', ...redis }, await freePort());
    try {
      await waitUntilReady(other);
      const reader = await createAgent(url(), admin, 'dua-instans@example.com', 'Dua Instans', 'ADMIN');
      const visitor = await registerCustomer(url(), 'Indah');
      const sessionId = await startSession(url(), visitor, 'Halo');
      const reads = [url(), other.httpUrl, url(), other.httpUrl].map((at) => graphqlRequest(at, GetChatSession, { id: sessionId }, reader.token));
      for (const read of await Promise.all(reads)) expect(read.data?.chatSession?.id).toBe(sessionId);
      expect(await stored('customer.read', visitor.id)).toEqual([expect.objectContaining({ actor_id: reader.id })]);
    } finally {
      other.child.kill('SIGTERM');
      await other.exited;
    }
  }, 60_000);
});

describe('auditLog', () => {
  it('is for ADMIN only', async () => {
    const supervisor = await createAgent(url(), admin, 'penyelia@example.com', 'Penyelia', 'SUPERVISOR');
    const agent = await createAgent(url(), admin, 'agen-log@example.com', 'Agen Log', 'AGENT');
    const visitor = await registerCustomer(url(), 'Joko');
    expect(dataOf(await graphqlRequest(url(), AuditLog, { first: 1 }, admin.token)).auditLog.edges).toHaveLength(1);
    for (const token of [supervisor.token, agent.token, visitor.token]) {
      expect(errorCode(await graphqlRequest(url(), AuditLog, {}, token))).toBe('FORBIDDEN');
      expect(errorCode(await graphqlRequest(url(), AuditActions, {}, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphqlRequest(url(), AuditLog, {}))).toBe('UNAUTHENTICATED');
    expect(dataOf(await graphqlRequest(url(), AuditActions, {}, admin.token)).auditActions).toEqual(expect.arrayContaining(['auth.sign_in', 'chat.transfer', 'customer.read']));
  });

  it('lists newest first, filters by action, actor, target and time, and pages with a cursor', async () => {
    const pager = await createAgent(url(), admin, 'halaman@example.com', 'Halaman Lama', 'AGENT');
    const start = new Date();
    for (let n = 0; n < 3; n += 1) dataOf(await graphqlRequest(url(), SetAgent, { id: pager.id, input: { maxConcurrentChats: n + 1 } }, admin.token));
    const list = async (filter: object, first = 10, after?: string | null) =>
      dataOf(await graphqlRequest(url(), AuditLog, { filter, first, after }, admin.token)).auditLog;

    const byTarget = await list({ targetId: pager.id, action: 'agent.update' });
    expect(byTarget.totalCount).toBe(3);
    expect(byTarget.edges.map(({ node }) => node.details)).toEqual([
      { fields: ['maxConcurrentChats'] },
      { fields: ['maxConcurrentChats'] },
      { fields: ['maxConcurrentChats'] },
    ]);
    const times = byTarget.edges.map(({ node }) => Date.parse(node.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // The actor's name is read when the log is, not when the event was written.
    dataOf(await graphqlRequest(url(), SetAgent, { id: admin.id, input: { name: 'Admin Baru' } }, admin.token));
    expect(byTarget.edges[0]!.node.actor).toEqual({ kind: 'AGENT', id: admin.id, name: 'Admin' });
    expect((await list({ targetId: pager.id, action: 'agent.update' }, 1)).edges[0]!.node.actor).toEqual({ kind: 'AGENT', id: admin.id, name: 'Admin Baru' });

    const first = await list({ targetId: pager.id, action: 'agent.update' }, 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await list({ targetId: pager.id, action: 'agent.update' }, 2, first.pageInfo.endCursor);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map(({ node }) => node.id)).toEqual(byTarget.edges.map(({ node }) => node.id));

    const byActor = await list({ actorId: pager.id }, 100);
    expect(byActor.edges.map(({ node }) => node.action)).toEqual(['auth.sign_in']);
    expect((await list({ targetId: pager.id, from: start.toISOString() }, 100)).edges.map(({ node }) => node.action)).toEqual([
      'agent.update',
      'agent.update',
      'agent.update',
    ]);
    expect((await list({ targetId: pager.id, to: start.toISOString() }, 100)).edges.map(({ node }) => node.action).sort()).toEqual(['agent.create', 'auth.sign_in']);

    expect(errorCode(await graphqlRequest(url(), AuditLog, { filter: { actorId: 'bukan-id' } }, admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await graphqlRequest(url(), AuditLog, { filter: { from: start.toISOString(), to: start.toISOString() } }, admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await graphqlRequest(url(), AuditLog, { after: 'bukan-kursor' }, admin.token))).toBe('BAD_USER_INPUT');
  });
});
