import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loginAdmin, type Actor } from './support/actors';
import { createApiKeyFor } from './support/api-keys';
import { queryRows } from './support/database';
import {
  connectSocket,
  createTestDatabase,
  startTestApp,
  type GraphQLResponse,
  type SocketClient,
  type TestApp,
  type TestDatabase,
} from './support/test-app';
import { canonicalText, sha256 } from '../src/trusted-documents/manifest';

// TRUSTED_DOCUMENTS on three instances of one database: `customers` (production's default), `all`
// and `off`. The documents are the widget's and the console's own, from their committed manifests.

const REPOSITORY = path.resolve(__dirname, '../..');
const manifest = (client: 'widget' | 'admin') =>
  JSON.parse(readFileSync(path.join(REPOSITORY, client, 'src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;

/** A registered document by its operation's name: the hash as APQ sends it (bare hex) and its text. */
function registered(client: 'widget' | 'admin', name: string): { hash: string; text: string } {
  const entry = Object.entries(manifest(client)).find(([, text]) => new RegExp(`(query|mutation|subscription) ${name}\\b`).test(text));
  if (!entry) throw new Error(`${name} is not in the ${client} manifest`);
  return { hash: entry[0].replace(/^sha256:/, ''), text: entry[1] };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

async function post(app: TestApp, body: unknown, token?: string): Promise<GraphQLResponse<any> & { status: number }> {
  const response = await fetch(app.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<unknown>) };
}

async function get(app: TestApp, params: Record<string, unknown>): Promise<GraphQLResponse<any> & { status: number }> {
  const search = new URLSearchParams(Object.entries(params).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
  const response = await fetch(`${app.httpUrl}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<unknown>) };
}

const code = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

/** A free-form document no client registered: the widget's config with one field. */
const UNREGISTERED = 'query Mine { widgetConfig { widgetTitle } }';
const WIDGET_CONFIG = registered('widget', 'GetWidgetConfig');
const REGISTER = registered('widget', 'RegisterCustomer');
const START = registered('widget', 'StartChatSession');
const SEND = registered('widget', 'SendMessage');
const ON_MESSAGE = registered('widget', 'OnMessageAdded');

let db: TestDatabase;
let customers: TestApp;
let all: TestApp;
let off: TestApp;
let admin: Actor;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  customers = await startTestApp(db.url, { TRUSTED_DOCUMENTS: 'customers' });
  [all, off] = await Promise.all([startTestApp(db.url, { TRUSTED_DOCUMENTS: 'all' }), startTestApp(db.url, { TRUSTED_DOCUMENTS: 'off' })]);
  admin = await loginAdmin(off.httpUrl);
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await Promise.all([customers, all, off].map((app) => app?.close()));
  await db?.drop();
});

function socket(app: TestApp, token?: string): SocketClient {
  const opened = connectSocket(app.wsUrl, token);
  sockets.push(opened);
  return opened;
}

/** One operation over the socket, answered once: its result, or the errors of the `error` message. */
function overSocket(client: SocketClient, payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> }) {
  return new Promise<{ data?: any; errors?: GraphQLResponse<unknown>['errors'] }>((resolve) => {
    let result: { data?: any; errors?: GraphQLResponse<unknown>['errors'] } = {};
    client.client.subscribe(payload, {
      next: (value) => (result = value as typeof result),
      error: (errors) => resolve({ errors: errors as GraphQLResponse<unknown>['errors'] }),
      complete: () => resolve(result),
    });
  });
}

async function registerByHash(app: TestApp, name: string): Promise<string> {
  const response = await post(app, { extensions: persisted(REGISTER.hash), variables: { input: { name } } });
  expect(response.errors).toBeUndefined();
  return response.data.registerCustomer.token;
}

describe('TRUSTED_DOCUMENTS=customers', () => {
  it('refuses an anonymous caller an unregistered document, over HTTP (POST and GET), saying why', async () => {
    const refused = await post(customers, { query: UNREGISTERED });
    expect(code(refused)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(refused.status).toBe(400);
    expect(refused.errors![0].message).toMatch(/registered documents/);
    expect(refused.data).toBeUndefined();
    expect(code(await get(customers, { query: UNREGISTERED }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    // A hash no client registered is no better, with or without its text.
    const unknown = sha256(UNREGISTERED);
    expect(code(await post(customers, { extensions: persisted(unknown) }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(code(await post(customers, { query: UNREGISTERED, extensions: persisted(unknown) }))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('answers widgetConfig by hash to an anonymous caller, over POST and GET', async () => {
    const byPost = await post(customers, { extensions: persisted(WIDGET_CONFIG.hash) });
    expect(byPost.errors).toBeUndefined();
    expect(byPost.data.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
    // codegen's `sha256:` prefix is understood too.
    const byGet = await get(customers, { extensions: persisted(`sha256:${WIDGET_CONFIG.hash}`) });
    expect(byGet.errors).toBeUndefined();
    expect(byGet.data.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
  });

  it('runs the full text of a registered document, in its own layout or another one', async () => {
    const exact = await post(customers, { query: WIDGET_CONFIG.text });
    expect(exact.data?.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
    const relaidOut = WIDGET_CONFIG.text.replace('{ widgetConfig {', '{\n  widgetConfig {\n   ').replace(/ \}$/, '\n}\n');
    expect(relaidOut).not.toBe(WIDGET_CONFIG.text);
    expect(canonicalText(relaidOut)).toBe(WIDGET_CONFIG.text);
    const other = await post(customers, { query: relaidOut });
    expect(other.errors).toBeUndefined();
    expect(other.data.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
  });

  it("runs a registered document with __typename fields added, as Apollo Client sends the console's", async () => {
    const withTypenames = WIDGET_CONFIG.text.replace('{ widgetConfig {', '{ __typename widgetConfig { __typename');
    const response = await post(customers, { query: withTypenames });
    expect(response.errors).toBeUndefined();
    expect(response.data.widgetConfig.__typename).toBe('WidgetConfig');
  });

  it('answers introspection to anyone (the schema is public), but not introspection beside other fields', async () => {
    const introspection = await post(customers, { query: 'query IntrospectionQuery { __schema { queryType { name } } }' });
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    const mixed = await post(customers, { query: 'query Both { __schema { queryType { name } } widgetConfig { widgetTitle } }' });
    expect(code(mixed)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('lets a customer chat by hash over HTTP, and refuses it anything else', async () => {
    const token = await registerByHash(customers, 'Sari Hash');
    const started = await post(customers, { extensions: persisted(START.hash), variables: { input: { message: 'Halo lewat hash' }, last: 20 } }, token);
    expect(started.errors).toBeUndefined();
    const sessionId = started.data.startChatSession.id;
    const sent = await post(customers, { extensions: persisted(SEND.hash), variables: { input: { sessionId, text: 'Pesan kedua' } } }, token);
    expect(sent.data?.sendMessage.text).toBe('Pesan kedua');

    const freeForm = await post(
      customers,
      { query: 'mutation Mine($input: SendMessageInput!) { sendMessage(input: $input) { id } }', variables: { input: { sessionId, text: 'tidak boleh' } } },
      token,
    );
    expect(code(freeForm)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    // Refused before it ran: the session holds the first two messages only.
    const [{ count }] = await queryRows<{ count: string }>(db.url, 'select count(*) from message where session_id = $1', [sessionId]);
    expect(Number(count)).toBe(2);
  });

  it('runs a registered subscription and query by hash over the WebSocket, and refuses an unregistered one', async () => {
    const token = await registerByHash(customers, 'Sari Socket');
    const started = await post(customers, { extensions: persisted(START.hash), variables: { input: null, last: 20 } }, token);
    const sessionId = started.data.startChatSession.id;
    const client = socket(customers, token);
    await client.connected;

    const config = await overSocket(client, { query: '', extensions: persisted(WIDGET_CONFIG.hash) });
    expect(config.errors).toBeUndefined();
    expect(config.data.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');

    const refused = await overSocket(client, { query: UNREGISTERED });
    expect(refused.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const unknownHash = await overSocket(client, { query: '', extensions: persisted(sha256(UNREGISTERED)) });
    expect(unknownHash.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');

    // The hash alone, as the widget sends it.
    const events: any[] = [];
    const listening = new Promise<void>((resolve, reject) => {
      client.client.subscribe(
        { query: '', variables: { sessionId }, extensions: persisted(ON_MESSAGE.hash) },
        { next: (event) => (events.push(event), resolve()), error: reject, complete: () => {} },
      );
    });
    // The subscription is live once an event sent after it arrives: send until one does.
    const deadline = Date.now() + 5000;
    let sent = 0;
    while (events.length === 0 && Date.now() < deadline) {
      await post(customers, { extensions: persisted(SEND.hash), variables: { input: { sessionId, text: `lewat socket ${(sent += 1)}` } } }, token);
      await Promise.race([listening, new Promise((resolve) => setTimeout(resolve, 100))]);
    }
    expect(events[0]?.data?.messageAdded.text).toMatch(/^lewat socket/);
  });

  it('lets an agent send any document, over HTTP and the WebSocket', async () => {
    const http = await post(customers, { query: UNREGISTERED }, admin.token);
    expect(http.errors).toBeUndefined();
    expect(http.data.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
    const client = socket(customers, admin.token);
    await client.connected;
    const ws = await overSocket(client, { query: 'query AgentOwn { me { email } }' });
    expect(ws.data?.me.email).toBe('admin@example.com');
  });

  it('refuses a hash sent with another text, and runs nothing', async () => {
    const before = await queryRows<{ count: string }>(db.url, 'select count(*) from customer');
    // The widget's config hash beside the registration's text: neither may stand for the other.
    const mismatched = await post(customers, { query: REGISTER.text, variables: { input: { name: 'Penyusup' } }, extensions: persisted(WIDGET_CONFIG.hash) });
    expect(code(mismatched)).toBe('BAD_USER_INPUT');
    expect(mismatched.errors![0].extensions?.reason).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(mismatched.data).toBeUndefined();
    const after = await queryRows<{ count: string }>(db.url, 'select count(*) from customer');
    expect(after[0].count).toBe(before[0].count);
  });
});

describe('TRUSTED_DOCUMENTS=all', () => {
  it('holds agents to the registered documents too', async () => {
    expect(code(await post(all, { query: UNREGISTERED }, admin.token))).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const me = registered('admin', 'GetMyAccount');
    const byHash = await post(all, { extensions: persisted(me.hash) }, admin.token);
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.me.email).toBe('admin@example.com');
    const client = socket(all, admin.token);
    await client.connected;
    const refused = await overSocket(client, { query: 'query AgentOwn { me { email } }' });
    expect(refused.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });
});

describe('TRUSTED_DOCUMENTS=all, for an API key', () => {
  it('lets an integrator send its own documents, over HTTP and the WebSocket', async () => {
    const key = await createApiKeyFor(off.httpUrl, ['READ_CHATS'], { admin });
    const http = await post(all, { query: 'query Mine { chatSessions(first: 1) { totalCount } }' }, key.token);
    expect(http.errors).toBeUndefined();
    expect(typeof http.data.chatSessions.totalCount).toBe('number');
    const client = socket(all, key.token);
    await client.connected;
    const ws = await overSocket(client, { query: 'query Mine { chatSessions(first: 1) { totalCount } }' });
    expect(typeof ws.data?.chatSessions.totalCount).toBe('number');
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  it('runs any document from anyone, and still resolves registered hashes', async () => {
    const anonymous = await post(off, { query: UNREGISTERED });
    expect(anonymous.data?.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
    const client = socket(off);
    await client.connected;
    expect((await overSocket(client, { query: UNREGISTERED })).data?.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
    expect((await post(off, { extensions: persisted(WIDGET_CONFIG.hash) })).data?.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
  });

  it('answers an unknown hash the APQ way (PersistedQueryNotFound) and never learns one from a client', async () => {
    const hash = sha256(UNREGISTERED);
    const notFound = await post(off, { extensions: persisted(hash) });
    expect(notFound.errors?.[0].message).toBe('PersistedQueryNotFound');
    expect(notFound.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'PERSISTED_QUERY_NOT_FOUND' });
    // Sending hash and text runs it (APQ's second step) but registers nothing.
    expect((await post(off, { query: UNREGISTERED, extensions: persisted(hash) })).data?.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
    expect((await post(off, { extensions: persisted(hash) })).errors?.[0].message).toBe('PersistedQueryNotFound');
  });

  it('refuses a wrong hash and text pair even here, where the right pair runs', async () => {
    const count = async () => Number((await queryRows<{ count: string }>(db.url, "select count(*) from customer where name = 'Pasangan'"))[0].count);
    const body = { query: REGISTER.text, variables: { input: { name: 'Pasangan' } } };
    expect(code(await post(off, { ...body, extensions: persisted(WIDGET_CONFIG.hash) }))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(0);
    expect((await post(off, { ...body, extensions: persisted(REGISTER.hash) })).errors).toBeUndefined();
    expect(await count()).toBe(1);
  });
});
