import { Client } from 'pg';
import { graphql } from '../../../test/gql';
import { loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { eventsDuring, provedLive, waitForValue } from '../../../test/support/live';
import { AssignChatSession, CloseChatSession, CreateAdmin, Login } from '../../../test/support/operations';
import {
  connectSocket,
  createTestDatabase,
  subscribe,
  errorCode,
  graphqlRequest,
  startTestApp,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type TestApp,
  type TestDatabase,
} from '../../../test/support/test-app';

const ListAdmins = graphql(`
  query ListAdmins {
    admins {
      id
      email
      name
      online
    }
  }
`);

let db: TestDatabase;
let app: TestApp;
let pg: Client;
let admin: Actor;
let customer: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startTestApp(db.url, { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() });
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  admin = await loginAdmin(app.httpUrl);
  customer = await registerCustomer(app.httpUrl, 'Budi Santoso');
});

afterAll(async () => {
  await pg?.end();
  await app?.close();
  await db?.drop();
});

async function storedAdmins(): Promise<{ email: string; name: string }[]> {
  const { rows } = await pg.query('select email, name from admin order by email');
  return rows;
}

const createAdmin = (input: { email: string; name: string; password: string }, token?: string) =>
  graphqlRequest(app.httpUrl, CreateAdmin, { input }, token);

describe('admins', () => {
  it('lists the agents, none online while no console is connected', async () => {
    const response = await graphqlRequest(app.httpUrl, ListAdmins, {}, admin.token);

    expect(response.errors).toBeUndefined();
    expect(response.data?.admins).toEqual([{ id: admin.id, email: 'admin@example.com', name: 'Admin', online: false }]);
  });

  it.each([
    ['a customer', () => customer.token, 'FORBIDDEN'],
    ['an anonymous caller', () => undefined, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_label, token, code) => {
    const response = await graphqlRequest(app.httpUrl, ListAdmins, {}, token());

    expect(errorCode(response)).toBe(code);
    expect(response.data?.admins).toBeUndefined();
  });
});

describe('createAdmin', () => {
  it('adds an agent, lower-casing the email, who can then sign in', async () => {
    const response = await createAdmin({ email: '  Siti.Rahma@Example.COM ', name: 'Siti Rahma', password: 'rahasia8' }, admin.token);

    expect(response.errors).toBeUndefined();
    const created = response.data!.createAdmin;
    expect(created).toEqual({ id: expect.any(String), email: 'siti.rahma@example.com', name: 'Siti Rahma', online: false });
    const login = await graphqlRequest(app.httpUrl, Login, { email: 'siti.rahma@example.com', password: 'rahasia8' });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.admin).toEqual({ id: created.id, email: 'siti.rahma@example.com', name: 'Siti Rahma' });
    const agent = await loginAdmin(app.httpUrl, 'SITI.RAHMA@example.com', 'rahasia8');
    const list = await graphqlRequest(app.httpUrl, ListAdmins, {}, agent.token);
    expect(list.data?.admins.map((a) => a.email)).toEqual(['admin@example.com', 'siti.rahma@example.com']);
  });

  it('never stores or returns the password', async () => {
    const { rows } = await pg.query('select password_hash from admin where email = $1', ['siti.rahma@example.com']);

    expect(rows).toHaveLength(1);
    expect(rows[0].password_hash).not.toContain('rahasia8');
    expect(rows[0].password_hash).toMatch(/^\$argon2/);
  });

  it.each([
    ['a customer', () => customer.token, 'FORBIDDEN'],
    ['an anonymous caller', () => undefined, 'UNAUTHENTICATED'],
  ])('refuses %s and stores nothing', async (_label, token, code) => {
    const before = await storedAdmins();

    const response = await createAdmin({ email: 'penyusup@example.com', name: 'Penyusup', password: 'sandi-agen-123' }, token());

    expect(errorCode(response)).toBe(code);
    expect(response.data?.createAdmin).toBeUndefined();
    expect(await storedAdmins()).toEqual(before);
    expect(errorCode(await graphqlRequest(app.httpUrl, Login, { email: 'penyusup@example.com', password: 'sandi-agen-123' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it.each([
    ['an email already taken', { email: 'admin@example.com', name: 'Kembar', password: 'sandi-agen-123' }, 'email'],
    ['an email taken in other letter case', { email: 'ADMIN@Example.com', name: 'Kembar', password: 'sandi-agen-123' }, 'email'],
    ['an email without a domain', { email: 'agen.baru@', name: 'Agen Baru', password: 'sandi-agen-123' }, 'email'],
    ['an email with spaces inside', { email: 'agen baru@example.com', name: 'Agen Baru', password: 'sandi-agen-123' }, 'email'],
    ['a password of 7 characters', { email: 'agen.baru@example.com', name: 'Agen Baru', password: '1234567' }, 'password'],
    // Passwords from breach lists were accepted (OWASP ASVS 6.2.4).
    ['one of the 10,000 most common passwords', { email: 'agen.baru@example.com', name: 'Agen Baru', password: '12345678' }, 'password'],
    ['a common password in other letter case', { email: 'agen.baru@example.com', name: 'Agen Baru', password: 'PassWord1' }, 'password'],
    ['a blank name', { email: 'agen.baru@example.com', name: '   ', password: 'sandi-agen-123' }, 'name'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, input, field) => {
    const before = await storedAdmins();

    const response = await createAdmin(input, admin.token);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(response.data?.createAdmin).toBeUndefined();
    expect(await storedAdmins()).toEqual(before);
  });

  it('accepts a password of exactly 8 characters', async () => {
    const response = await createAdmin({ email: 'delapan@example.com', name: 'Agen Delapan', password: 'rahasia8' }, admin.token);

    expect(response.errors).toBeUndefined();
    await expect(loginAdmin(app.httpUrl, 'delapan@example.com', 'rahasia8')).resolves.toMatchObject({ id: response.data?.createAdmin.id });
  });

  it('lets exactly one of two simultaneous creations with the same email through', async () => {
    const input = { email: 'balapan@example.com', name: 'Agen Balapan', password: 'sandi-agen-123' };

    const responses = await Promise.all([createAdmin(input, admin.token), createAdmin(input, admin.token)]);

    expect(responses.map(errorCode).sort()).toEqual(['BAD_USER_INPUT', undefined]);
    expect((await storedAdmins()).filter((row) => row.email === 'balapan@example.com')).toHaveLength(1);
  });
});

const UpdateAdmin = graphql(`
  mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
      name
      role
      maxConcurrentChats
      disabled
    }
  }
`);

const SetMyStatus = graphql(`
  mutation SetMyStatus($status: AgentStatus!) {
    setMyStatus(status: $status) {
      id
      status
    }
  }
`);

const ListAgentLoad = graphql(`
  query ListAgentLoad {
    admins {
      id
      role
      status
      activeChatCount
    }
  }
`);

const OnAgentStatus = graphql(`
  subscription OnAgentStatus {
    adminPresenceChanged {
      online
      status
      admin {
        id
        status
      }
    }
  }
`);

const storedAdmin = async (id: string) =>
  (await pg.query('select name, role, max_concurrent_chats, disabled, status from admin where id = $1', [id])).rows[0];

describe('roles', () => {
  it('gives a new agent the AGENT role unless another is asked for, and the seeded admin is ADMIN', async () => {
    const plain = await createAdmin({ email: 'agen.biasa@example.com', name: 'Agen Biasa', password: 'sandi-agen-123' }, admin.token);
    const lead = await graphqlRequest(
      app.httpUrl,
      CreateAdmin,
      { input: { email: 'ketua@example.com', name: 'Ketua Tim', password: 'sandi-agen-123', role: 'SUPERVISOR' } },
      admin.token,
    );

    expect((await storedAdmin(plain.data!.createAdmin.id)).role).toBe('AGENT');
    expect((await storedAdmin(lead.data!.createAdmin.id)).role).toBe('SUPERVISOR');
    expect((await storedAdmin(admin.id)).role).toBe('ADMIN');
  });
});

describe('updateAdmin', () => {
  let agentId: string;
  beforeAll(async () => {
    const created = await createAdmin({ email: 'diubah@example.com', name: 'Agen Lama', password: 'sandi-agen-123' }, admin.token);
    agentId = created.data!.createAdmin.id;
  });
  const update = (id: string, input: Record<string, unknown>, token = admin.token) => graphqlRequest(app.httpUrl, UpdateAdmin, { id, input }, token);

  it('edits the name, role and limit, leaving out what is omitted, and null sets the limit back to the default', async () => {
    const edited = await update(agentId, { name: 'Agen Baru', role: 'SUPERVISOR', maxConcurrentChats: 4 });
    const renamed = await update(agentId, { name: 'Agen Baru Lagi' });
    const reset = await update(agentId, { maxConcurrentChats: null });

    expect(edited.data?.updateAdmin).toEqual({ id: agentId, name: 'Agen Baru', role: 'SUPERVISOR', maxConcurrentChats: 4, disabled: false });
    expect(renamed.data?.updateAdmin).toMatchObject({ role: 'SUPERVISOR', maxConcurrentChats: 4 });
    expect(reset.data?.updateAdmin).toMatchObject({ name: 'Agen Baru Lagi', role: 'SUPERVISOR', maxConcurrentChats: null });
    expect(await storedAdmin(agentId)).toEqual({ name: 'Agen Baru Lagi', role: 'SUPERVISOR', max_concurrent_chats: null, disabled: false, status: 'ONLINE' });
  });

  it.each([
    ['a limit of 0', { maxConcurrentChats: 0 }, 'maxConcurrentChats'],
    ['a limit of 101', { maxConcurrentChats: 101 }, 'maxConcurrentChats'],
    ['a blank name', { name: '  ' }, 'name'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, input, field) => {
    const before = await storedAdmin(agentId);

    const response = await update(agentId, input);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(await storedAdmin(agentId)).toEqual(before);
  });

  it('answers NOT_FOUND for an agent that does not exist', async () => {
    expect(errorCode(await update('6a000000-0000-4000-8000-0000000000ff', { name: 'Siapa' }))).toBe('NOT_FOUND');
    expect(errorCode(await update('bukan-uuid', { name: 'Siapa' }))).toBe('NOT_FOUND');
  });

  it.each([
    ['demote', { role: 'SUPERVISOR' }],
    ['disable', { disabled: true }],
  ])('will not let the last ADMIN %s itself, and lets it once another ADMIN exists', async (_label, input) => {
    const others = await pg.query(`select id from admin where role = 'ADMIN' and id <> $1`, [admin.id]);
    for (const { id } of others.rows) await update(id, { role: 'AGENT' });

    const refused = await update(admin.id, input);

    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await storedAdmin(admin.id)).toMatchObject({ role: 'ADMIN', disabled: false });
    await update(agentId, { role: 'ADMIN', disabled: false });
    const other = await loginAdmin(app.httpUrl, 'diubah@example.com', 'sandi-agen-123');
    expect(errorCode(await update(admin.id, input, other.token))).toBeUndefined();
    await update(admin.id, { role: 'ADMIN', disabled: false }, other.token);
    // Disabled, its tokens stopped; enabled again, it signs in afresh.
    admin = await loginAdmin(app.httpUrl);
    await update(agentId, { role: 'AGENT' });
  });
});

describe('availability', () => {
  it('is OFFLINE without a console, then what the agent chose, announced to the other agents', async () => {
    const other = await loginAdmin(app.httpUrl, 'diubah@example.com', 'sandi-agen-123');
    const statusOf = async () => (await graphqlRequest(app.httpUrl, ListAgentLoad, {}, admin.token)).data!.admins.find((a) => a.id === other.id)!.status;
    expect(await statusOf()).toBe('OFFLINE');
    const watcher = connectSocket(app.wsUrl, admin.token);
    const agentConsole = connectSocket(app.wsUrl, other.token);
    const events = subscribe(watcher, OnAgentStatus, {});
    await agentConsole.connected;
    await waitForValue(statusOf, 'ONLINE');

    await provedLive(events, async () => {
      await graphqlRequest(app.httpUrl, SetMyStatus, { status: 'AWAY' }, other.token);
      await graphqlRequest(app.httpUrl, SetMyStatus, { status: 'ONLINE' }, other.token);
      return (event) => event.adminPresenceChanged.admin.id === other.id && event.adminPresenceChanged.status === 'ONLINE';
    });
    const away = await eventsDuring(
      events,
      async () => {
        await graphqlRequest(app.httpUrl, SetMyStatus, { status: 'ONLINE' }, admin.token);
        await graphqlRequest(app.httpUrl, SetMyStatus, { status: 'AWAY' }, admin.token);
        return (event) => event.adminPresenceChanged.admin.id === admin.id;
      },
      () => graphqlRequest(app.httpUrl, SetMyStatus, { status: 'AWAY' }, other.token),
    );

    expect(away.map((event) => event.adminPresenceChanged)).toEqual([{ online: true, status: 'AWAY', admin: { id: other.id, status: 'AWAY' } }]);
    expect(await statusOf()).toBe('AWAY');
    expect((await storedAdmin(other.id)).status).toBe('AWAY');
    await agentConsole.dispose();
    await waitForValue(statusOf, 'OFFLINE');
    await watcher.dispose();
    await graphqlRequest(app.httpUrl, SetMyStatus, { status: 'ONLINE' }, admin.token);
  });

  it('refuses OFFLINE as a choice with BAD_USER_INPUT', async () => {
    const response = await graphqlRequest(app.httpUrl, SetMyStatus, { status: 'OFFLINE' }, admin.token);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect((await storedAdmin(admin.id)).status).toBe('ONLINE');
  });

  it("counts each agent's ACTIVE chats", async () => {
    const other = await loginAdmin(app.httpUrl, 'diubah@example.com', 'sandi-agen-123');
    const chats = await Promise.all(['Satu', 'Dua', 'Tiga'].map(async (name) => startSession(app.httpUrl, await registerCustomer(app.httpUrl, name), 'Halo')));
    for (const id of chats) await graphqlRequest(app.httpUrl, AssignChatSession, { id, adminId: other.id }, admin.token);
    await graphqlRequest(app.httpUrl, CloseChatSession, { id: chats[0]! }, admin.token);

    const listed = await graphqlRequest(app.httpUrl, ListAgentLoad, {}, admin.token);

    expect(listed.data!.admins.find((a) => a.id === other.id)?.activeChatCount).toBe(2);
    expect(listed.data!.admins.find((a) => a.id === admin.id)?.activeChatCount).toBe(0);
  });
});
