import { Client } from 'pg';
import { graphql } from '../../../test/gql';
import { loginAdmin, registerCustomer, type Actor } from '../../../test/support/actors';
import { CreateAdmin, Login } from '../../../test/support/operations';
import {
  createTestDatabase,
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
