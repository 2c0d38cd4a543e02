import { RegisterCustomer } from '../support/operations';
import { errorCode, graphqlRequest, useTestApp, type GraphQLResponse } from '../support/test-app';
import { multipartRequest } from '../support/upload';
import { expectNothingStored } from './hostile';

const CONSOLE = 'https://console.example';
// Free-form documents from anonymous callers, which production refuses by default (trusted documents: their own test).
const handle = useTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://chat.example', GRAPHQL_INTROSPECTION: 'false', CORS_ORIGIN: CONSOLE, SEED_ADMIN: 'false', TRUSTED_DOCUMENTS: 'off' });
const url = () => handle.app.httpUrl;

const register = (alias: string) => `${alias}: registerCustomer(input: { name: "Banjir" }) { token }`;
const json = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

describe('query limits on a mutation store nothing', () => {
  const fragmentChain = (depth: number) =>
    `mutation { ...M${depth} } fragment M0 on Mutation { registerCustomer(input: { name: "Dalam" }) { customer { id } } } ${Array.from(
      { length: depth },
      (_, n) => `fragment M${n + 1} on Mutation { ...M${n} }`,
    ).join(' ')}`;
  const fragmentBomb = `mutation { ...B3 } fragment B0 on Mutation { registerCustomer(input: { name: "Bom" }) { token } } ${[1, 2, 3]
    .map((n) => `fragment B${n} on Mutation { ${Array.from({ length: 12 }, () => `...B${n - 1}`).join(' ')} }`)
    .join(' ')}`;

  it.each([
    ['16 aliased registerCustomer calls', `mutation { ${Array.from({ length: 16 }, (_, n) => register(`r${n}`)).join(' ')} }`],
    ['21 directives', `mutation { registerCustomer(input: { name: "D" }) { ${Array.from({ length: 21 }, (_, n) => `t${n}: token @include(if: true)`).join(' ')} } }`],
    ['over 2,000 tokens', `mutation { registerCustomer(input: { name: "T" }) { ${'token '.repeat(2100)} } }`],
    ['depth over 8 through nested fragments', fragmentChain(8)],
    ['a fragment bomb over the cost limit', fragmentBomb],
  ])('%s: QUERY_TOO_COMPLEX', async (_name, query) => {
    await expectNothingStored(handle.app, async () => {
      const response = await graphqlRequest(url(), query);
      expect(response.errors?.map((error) => error.extensions?.code)).toContain('QUERY_TOO_COMPLEX');
      expect(response.data ?? null).toBeNull();
    });
  });
});

describe('request shapes that are refused', () => {
  it('a batch (an array body) of mutations: refused, nothing stored', async () => {
    await expectNothingStored(handle.app, async () => {
      const response = await fetch(url(), {
        method: 'POST',
        headers: json,
        body: JSON.stringify(Array.from({ length: 3 }, () => ({ query: String(RegisterCustomer), variables: { input: { name: 'Batch' } } }))),
      });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json().catch(() => ({})))).not.toContain('token');
    });
  });

  it('a body over 100 KB: 413 BAD_USER_INPUT, nothing stored', async () => {
    await expectNothingStored(handle.app, async () => {
      const response = await fetch(url(), {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ query: String(RegisterCustomer), variables: { input: { name: 'Besar', phone: '1'.repeat(120_000) } } }),
      });
      expect(response.status).toBe(413);
      expect(((await response.json()) as GraphQLResponse<unknown>).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('introspection while GRAPHQL_INTROSPECTION=false: GRAPHQL_VALIDATION_FAILED, no schema', async () => {
    const response = await graphqlRequest(url(), '{ __schema { queryType { name } types { name } } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toContain('ChatSession');
  });

  it('introspection hidden in a fragment: GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await graphqlRequest(url(), '{ ...F } fragment F on Query { __type(name: "Admin") { fields { name } } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toContain('passwordHash');
  });

  it.each([
    ['a misspelt query field', '{ widgetConfg { widgetTitle } }'],
    ['a misspelt mutation', 'mutation { registerCustomr(input: { name: "x" }) { token } }'],
    ['a misspelt argument', 'mutation { registerCustomer(inpt: { name: "x" }) { token } }'],
  ])('%s in production: GRAPHQL_VALIDATION_FAILED without "Did you mean"', async (_name, query) => {
    await expectNothingStored(handle.app, async () => {
      const response = await graphqlRequest(url(), query);
      expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|registerCustomer\b.*\?/);
    });
  });
});

describe('CSRF: simple requests a foreign page could make are refused', () => {
  const mutation = 'mutation { registerCustomer(input: { name: "CSRF" }) { token } }';

  it.each([
    ['a GET carrying a mutation', () => fetch(`${url()}?query=${encodeURIComponent(mutation)}`, { headers: { 'apollo-require-preflight': 'true' } })],
    ['a text/plain POST', () => fetch(url(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: mutation }) })],
    ['a form-encoded POST', () => fetch(url(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(mutation)}` })],
    ['a multipart POST without apollo-require-preflight', () => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: mutation }));
      form.append('map', '{}');
      return fetch(url(), { method: 'POST', body: form });
    }],
  ])('%s: 4xx, nothing stored', async (_name, attack) => {
    await expectNothingStored(handle.app, async () => {
      const response = await attack();
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toContain('"token"');
    });
  });

  it('a multipart POST with the header but a map that is not JSON: BAD_USER_INPUT, nothing stored', async () => {
    await expectNothingStored(handle.app, async () => {
      const response = await multipartRequest(url(), RegisterCustomer, { input: { name: 'Peta' } }, 'variables.input.name', null, { rawMap: '{"0": [' });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });
  });
});

describe('broken multipart requests are answered at once with 400 BAD_USER_INPUT', () => {
  const operations = JSON.stringify({ query: 'mutation { registerCustomer(input: { name: "Potong" }) { token } }' });
  const part = (name: string, value: string) => `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}`;

  // Without a boundary graphql-upload never answered; a body cut short was a 500.
  it.each([
    ['no boundary at all', 'multipart/form-data', `${part('operations', operations)}\r\n--x--\r\n`],
    ['an empty boundary', 'multipart/form-data; boundary=', `${part('operations', operations)}\r\n--x--\r\n`],
    ['a body cut inside operations', 'multipart/form-data; boundary=x', part('operations', operations.slice(0, 30))],
    ['a body cut inside map', 'multipart/form-data; boundary=x', `${part('operations', operations)}\r\n${part('map', '{"0"')}`],
  ])('%s', async (_name, contentType, body) => {
    await expectNothingStored(handle.app, async () => {
      const response = await fetch(url(), {
        method: 'POST',
        headers: { 'content-type': contentType, 'apollo-require-preflight': 'true' },
        body,
        signal: AbortSignal.timeout(5000), // a request that is never answered fails here, not at the suite's end
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as GraphQLResponse<unknown>).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

describe('CORS', () => {
  it.each([
    ['a foreign origin', 'https://evil.example'],
    ['the opaque origin null', 'null'],
    ['a look-alike of the allowed origin', 'https://console.example.evil.example'],
  ])('a preflight from %s gets no Access-Control-Allow-Origin', async (_name, origin) => {
    const response = await fetch(url(), {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a preflight from the allowed origin is answered for it alone', async () => {
    const response = await fetch(url(), {
      method: 'OPTIONS',
      headers: { origin: CONSOLE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('GET /graphql in a browser, in production', () => {
  it("serves no landing page, so no script from Apollo's CDN runs on this origin", async () => {
    const response = await fetch(url(), { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(body).not.toMatch(/<script|apollographql\.com|cdn\./i);
  });
});
