import { gzipSync } from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { registerCustomer } from './support/actors';
import { GetWidgetConfig, RegisterCustomer } from './support/operations';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp } from './support/test-app';

// Free-form documents from anonymous callers, which production refuses by default (trusted documents: their own test).
const handle = useTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://chat.example', SEED_ADMIN: 'false', TRUSTED_DOCUMENTS: 'off' });
const url = () => handle.app.httpUrl;

it('turns an unexpected failure into INTERNAL_SERVER_ERROR with no stack trace or SQL', async () => {
  await registerCustomer(url());
  const connection = handle.app.deps.orm.em.fork().getConnection();
  await connection.execute('alter table customer rename to customer_moved');
  try {
    const response = await graphqlRequest(url(), RegisterCustomer, { input: { name: 'Budi' } });
    expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
    expect(response.errors?.[0].message).toBe('Internal server error');
    const body = JSON.stringify(response);
    expect(body).not.toMatch(/insert into|relation \\?"|customer_moved|stacktrace|\.ts:\d/i);
  } finally {
    await connection.execute('alter table customer_moved rename to customer');
  }
});

it('maps malformed and invalid documents to GRAPHQL_VALIDATION_FAILED', async () => {
  expect(errorCode(await graphqlRequest(url(), '{ widgetConfig { '))).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(errorCode(await graphqlRequest(url(), '{ widgetConfig { noSuchField } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
});

it('hides field suggestions from validation messages in production', async () => {
  const response = await graphqlRequest(url(), '{ widgetConfg { widgetTitle } }');
  expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
});

it('refuses browser simple requests (CSRF prevention)', async () => {
  const response = await fetch(url(), {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: String(GetWidgetConfig) }),
  });
  expect(response.status).toBe(400);
  const getWithoutPreflight = await fetch(`${url()}?query=${encodeURIComponent('{ widgetConfig { widgetTitle } }')}`);
  expect(getWithoutPreflight.status).toBe(400);
});

it('answers an oversized JSON body with a GraphQL-shaped BAD_USER_INPUT', async () => {
  const response = await fetch(url(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: String(GetWidgetConfig), variables: { padding: 'x'.repeat(200_000) } }),
  });
  expect(response.status).toBe(413);
  expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

it('answers a JSON body that does not parse with a GraphQL-shaped BAD_USER_INPUT', async () => {
  const response = await fetch(url(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: '{"query": "{ widgetConfig { widgetTitle } }"',
  });
  expect(response.status).toBe(400);
  expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

// Plain JSON is served without express; anything else (here a gzipped body) still goes through it.
it('answers the same operation alike whether its JSON body comes plain or gzipped', async () => {
  const body = JSON.stringify({ query: '{ widgetConfig { widgetTitle } }' });
  const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
  const plain = await fetch(url(), { method: 'POST', headers, body });
  const gzipped = await fetch(url(), {
    method: 'POST',
    headers: { ...headers, 'content-encoding': 'gzip' },
    body: gzipSync(body),
  });
  expect(plain.status).toBe(200);
  expect(gzipped.status).toBe(200);
  expect(await gzipped.json()).toEqual(await plain.json());
});

it('refuses queries over the pinned limits with QUERY_TOO_COMPLEX, and accepts the deepest real query', async () => {
  const aliases = `{ ${Array.from({ length: 16 }, (_, n) => `w${n}: widgetConfig { widgetTitle }`).join(' ')} }`;
  const fifteenAliases = `{ ${Array.from({ length: 15 }, (_, n) => `w${n}: widgetConfig { widgetTitle }`).join(' ')} }`;
  const directives = `{ widgetConfig { ${Array.from({ length: 21 }, (_, n) => `t${n}: widgetTitle @include(if: true)`).join(' ')} } }`;
  const tokens = `{ widgetConfig { ${'widgetTitle '.repeat(2100)} } }`;
  for (const query of [aliases, directives, tokens]) {
    expect(errorCode(await graphqlRequest(url(), query))).toBe('QUERY_TOO_COMPLEX');
  }
  expect((await graphqlRequest(url(), fifteenAliases)).errors).toBeUndefined();
  // Depth 8, the deepest selection the schema allows, stays within the limit.
  const deepest = '{ chatSessions { edges { node { messages { edges { node { file { url } } } } } } } }';
  expect(errorCode(await graphqlRequest(url(), deepest))).toBe('UNAUTHENTICATED');
});

const HOSTILE_STATUS_QUERY = 'query ($status: ChatSessionStatus) { chatSessions(filter: { status: $status }) { totalCount } }';

// The suggestion-stripping regex once backtracked for seconds on such a message, and /healthz waited with it.
it('answers an error that echoes a long hostile input with a bounded message, and /healthz is not held up', async () => {
  const hostile = ' Did you mean '.repeat(6000);
  const healthz = new URL('/healthz', url()).href;
  const [response, health] = await Promise.all([
    graphqlRequest(url(), HOSTILE_STATUS_QUERY, { status: hostile }),
    fetch(healthz),
  ]);
  expect(health.status).toBe(200);
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  const message = response.errors![0].message;
  expect(message).toMatch(/^Variable "\$status" got invalid value " Did you mean/);
  expect(message.length).toBeLessThanOrEqual(1001);
  expect(message).not.toMatch(/Did you mean "/);

  // The same formatter answers over the WebSocket, whose frames are capped at 64 KB.
  const socket = connectSocket(handle.app.wsUrl);
  const overSocket = subscribe(socket, HOSTILE_STATUS_QUERY, { status: ' Did you mean '.repeat(4000) });
  await overSocket.completed;
  await socket.dispose();
  const socketError = overSocket.errors[0]?.[0];
  expect(socketError?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(socketError?.message.length).toBeLessThanOrEqual(1001);
});

describe('introspection, judged by a depth limit of its own', () => {
  const standard = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  const ofTypeChain = (levels: number) => `{ __schema { types { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;

  it("answers graphql-js's standard introspection query, as explorers and codegen send it", async () => {
    const response = await graphqlRequest<{ __schema: { types: { name: string }[] } }, never>(url(), standard);
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.types.map((type) => type.name)).toContain('ChatSession');
  });

  // The depth rule skipped __schema entirely, so any chain of ofType was accepted.
  it('refuses a chain of 20 ofType with QUERY_TOO_COMPLEX over HTTP and over the WebSocket', async () => {
    expect(errorCode(await graphqlRequest(url(), ofTypeChain(20)))).toBe('QUERY_TOO_COMPLEX');

    const socket = connectSocket(handle.app.wsUrl);
    const accepted = subscribe(socket, standard, {});
    const refused = subscribe(socket, ofTypeChain(20), {});
    await Promise.all([accepted.completed, refused.completed]);
    await socket.dispose();
    expect(accepted.errors).toEqual([]);
    expect(accepted.events).toHaveLength(1);
    expect(refused.errors[0]?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
