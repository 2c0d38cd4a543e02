import { createAgent, loginAdmin, registerCustomer, startSession } from '../support/actors';
import { multipartRequest } from '../support/upload';
import { OnChatSessionUpdated, OnMessageAdded, SendMessage } from '../support/operations';
import { eventsDuring, messageMarker, metricValue, provedLive, waitForValue } from '../support/live';
import { connectSocket, graphqlRequest, subscribe, useTestApp } from '../support/test-app';
import { closeCode, expectNothingStored, rawGraphqlSocket, tableCounts, tryUpgrade, waitUntil } from './hostile';

const CONSOLE = 'https://console.example';
const DESK = 'https://desk.example';

describe('upgrade checks', () => {
  const handle = useTestApp({
    CORS_ORIGIN: `${CONSOLE},https://shop.example`,
    PUBLIC_URL: `${DESK}/`,
    WS_CONNECTION_INIT_TIMEOUT_MS: '300',
  });

  it.each([
    ['a foreign origin', 'https://evil.example'],
    ['a look-alike origin', 'https://console.example.evil.example'],
    ['the opaque origin of a sandboxed frame', 'null'],
    ['an allowed host over another scheme', 'http://console.example'],
  ])('refuses %s with 403 before a socket opens', async (_name, origin) => {
    const outcome = await tryUpgrade(handle.app.wsUrl, { origin });
    expect(outcome).toMatchObject({ opened: false, status: 403 });
  });

  // The console served beside the API (deploy/nginx.conf) is same-origin and not in CORS_ORIGIN.
  it('opens for an allowed origin, for the API\'s own (PUBLIC_URL), and for a client that sends no Origin (not a browser)', async () => {
    for (const origin of [CONSOLE, DESK, undefined]) {
      const outcome = await tryUpgrade(handle.app.wsUrl, { origin });
      expect(outcome.opened).toBe(true);
      if (outcome.opened) outcome.socket.terminate();
    }
  });

  it('answers 404 to an upgrade on another path', async () => {
    const outcome = await tryUpgrade(handle.app.wsUrl.replace('/graphql', '/files/x'));
    expect(outcome).toMatchObject({ opened: false, status: 404 });
  });

  it('closes a socket that never sends connection_init with 4408', async () => {
    const outcome = await tryUpgrade(handle.app.wsUrl);
    if (!outcome.opened) throw new Error('expected the upgrade to succeed');
    const started = Date.now();
    expect(await closeCode(outcome.socket)).toBe(4408);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('closes a socket that sends a frame over 64 KB with 1009, and runs nothing in it', async () => {
    const customer = await registerCustomer(handle.app.httpUrl);
    const sessionId = await startSession(handle.app.httpUrl, customer);
    const raw = await rawGraphqlSocket(handle.app.wsUrl, customer.token);
    // The server logs the oversized frame through its logger, not on the console.
    const consoleError = jest.spyOn(console, 'error');
    const openBefore = await metricValue(handle.app.deps.metrics.openSockets);
    await expectNothingStored(handle.app, async () => {
      raw.send({
        id: '1',
        type: 'subscribe',
        payload: { query: String(SendMessage), variables: { input: { sessionId, text: 'x'.repeat(70 * 1024) } } },
      });
      expect(await raw.closed).toBe(1009);
      // The server has let go of the socket: whatever it would have run, it ran.
      expect(await waitForValue(() => metricValue(handle.app.deps.metrics.openSockets), openBefore - 1)).toBe(openBefore - 1);
    });
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('keeps a socket whose frames stay under 64 KB', async () => {
    const raw = await rawGraphqlSocket(handle.app.wsUrl);
    raw.send({ type: 'ping', payload: { padding: 'x'.repeat(60 * 1024) } });
    await waitUntil(() => raw.messages.some((message) => message.type === 'pong'));
    raw.close();
  });
});

describe('open sockets per client address', () => {
  const handle = useTestApp({ WS_MAX_SOCKETS_PER_IP: '3' });

  it('refuses the socket over the cap with 429 and Retry-After, and takes one again once a socket closes', async () => {
    const open = [];
    for (let n = 0; n < 3; n += 1) {
      const outcome = await tryUpgrade(handle.app.wsUrl);
      expect(outcome.opened).toBe(true);
      if (outcome.opened) open.push(outcome.socket);
    }
    const refused = await tryUpgrade(handle.app.wsUrl);
    expect(refused).toMatchObject({ opened: false, status: 429 });
    if (!refused.opened) expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A refused handshake does not use up the quota.
    expect(await tryUpgrade(handle.app.wsUrl)).toMatchObject({ opened: false, status: 429 });
    const closing = closeCode(open[0]);
    open[0].close();
    await closing;
    // The server counts the socket closed once its TCP connection ends too.
    let again = await tryUpgrade(handle.app.wsUrl);
    for (const deadline = Date.now() + 5000; !again.opened && Date.now() < deadline; ) again = await tryUpgrade(handle.app.wsUrl);
    expect(again.opened).toBe(true);
    for (const socket of [...open.slice(1), ...(again.opened ? [again.socket] : [])]) socket.terminate();
  });

  it('lets any origin in when CORS_ORIGIN is *', async () => {
    const outcome = await tryUpgrade(handle.app.wsUrl, { origin: 'https://anywhere.example' });
    expect(outcome.opened).toBe(true);
    if (outcome.opened) outcome.socket.terminate();
  });
});

describe('operations per socket', () => {
  const handle = useTestApp();

  it('refuses the 51st operation on one socket with BAD_USER_INPUT, keeps the 50, and takes another once one completes', async () => {
    const admin = await loginAdmin(handle.app.httpUrl);
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const listening = () => metricValue(handle.app.deps.metrics.activeSubscriptions);
    const before = await listening();
    const held = Array.from({ length: 50 }, () => subscribe(socket, OnChatSessionUpdated, { id: null }));
    expect(await waitForValue(listening, before + 50)).toBe(before + 50);
    const refused = subscribe(socket, OnChatSessionUpdated, { id: null });
    await refused.completed;
    expect(refused.errors.flat()[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors.flat()[0]?.extensions?.limit).toBe(50);

    const customer = await registerCustomer(handle.app.httpUrl);
    await startSession(handle.app.httpUrl, customer, 'Halo');
    await Promise.all(held.map((subscription) => subscription.waitFor(1)));
    expect(refused.events).toEqual([]);

    held[0].stop();
    expect(await waitForValue(listening, before + 49)).toBe(before + 49);
    const replacement = subscribe(socket, OnChatSessionUpdated, { id: null });
    await startSession(handle.app.httpUrl, await registerCustomer(handle.app.httpUrl), 'Halo');
    await replacement.waitFor(1);
    expect(replacement.errors).toEqual([]);
    await socket.dispose();
  });
});

describe('query limits over the socket', () => {
  const handle = useTestApp({ GRAPHQL_INTROSPECTION: 'false' });
  const aliasedSends = (count: number) =>
    `mutation ($input: SendMessageInput!) { ${Array.from({ length: count }, (_, n) => `m${n}: sendMessage(input: $input) { id }`).join(' ')} }`;
  const fragmentBomb = `{ ...F3 } fragment F0 on Query { widgetConfig { widgetTitle } } ${[1, 2, 3]
    .map((n) => `fragment F${n} on Query { ${Array.from({ length: 12 }, () => `...F${n - 1}`).join(' ')} }`)
    .join(' ')}`;

  it.each([
    ['16 aliases of sendMessage', aliasedSends(16)],
    ['21 directives', `{ widgetConfig { ${Array.from({ length: 21 }, (_, n) => `t${n}: widgetTitle @include(if: true)`).join(' ')} } }`],
    ['over 2,000 tokens', `{ widgetConfig { ${'widgetTitle '.repeat(2100)} } }`],
    ['depth over 8 through nested fragments', `{ ...D3 } fragment D0 on Query { chatSessions { edges { node { messages { edges { node { file { url } } } } } } } } fragment D1 on Query { ...D0 } fragment D2 on Query { ...D1 } fragment D3 on Query { ...D2 }`],
    ['a fragment bomb over the cost limit', fragmentBomb],
  ])('refuses %s with QUERY_TOO_COMPLEX and runs nothing', async (_name, query) => {
    const customer = await registerCustomer(handle.app.httpUrl);
    const sessionId = await startSession(handle.app.httpUrl, customer);
    const socket = connectSocket(handle.app.wsUrl, customer.token);
    await expectNothingStored(handle.app, async () => {
      const operation = subscribe(socket, query, { input: { sessionId, text: 'flood' } });
      await operation.completed;
      const codes = operation.errors.flat().map((error) => error?.extensions?.code);
      expect(codes).toContain('QUERY_TOO_COMPLEX');
      expect(codes.every((code) => code === 'QUERY_TOO_COMPLEX' || code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
      expect(operation.events).toEqual([]);
    });
    await socket.dispose();
  });

  it('accepts 15 aliases, the limit, over the socket', async () => {
    const socket = connectSocket(handle.app.wsUrl);
    const query = `{ ${Array.from({ length: 15 }, (_, n) => `w${n}: widgetConfig { widgetTitle }`).join(' ')} }`;
    const operation = subscribe(socket, query, {});
    await operation.waitFor(1);
    expect(operation.errors).toEqual([]);
    await socket.dispose();
  });

  it.each([
    ['introspection while GRAPHQL_INTROSPECTION=false', '{ __schema { types { name } } }'],
    ['an unknown field, without suggestions', '{ widgetConfg { widgetTitle } }'],
    ['a broken document', '{ widgetConfig { '],
  ])('refuses %s with GRAPHQL_VALIDATION_FAILED, not an internal error', async (_name, query) => {
    const socket = connectSocket(handle.app.wsUrl);
    const operation = subscribe(socket, query, {});
    await operation.completed;
    const error = operation.errors.flat()[0];
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).not.toMatch(/Did you mean/);
    expect(operation.events).toEqual([]);
    await socket.dispose();
  });

  it('still runs a subscription that passes the limits', async () => {
    const customer = await registerCustomer(handle.app.httpUrl);
    const sessionId = await startSession(handle.app.httpUrl, customer);
    const socket = connectSocket(handle.app.wsUrl, customer.token);
    const messages = subscribe(socket, OnMessageAdded, { sessionId });
    const marker = messageMarker(handle.app.httpUrl, sessionId, customer.token);
    await provedLive(messages, marker);
    const during = await eventsDuring(messages, marker, () =>
      graphqlRequest(handle.app.httpUrl, SendMessage, { input: { sessionId, text: 'halo' } }, customer.token),
    );
    expect(during.map((event) => event.messageAdded.text)).toEqual(['halo']);
    expect((await tableCounts(handle.app)).message).toBeGreaterThan(0);
    await socket.dispose();
  });
});

describe('a malformed authorization in connection_init', () => {
  const handle = useTestApp();

  const init = async (payload: object) => {
    const outcome = await tryUpgrade(handle.app.wsUrl);
    if (!outcome.opened) throw new Error('expected the upgrade to succeed');
    const messages: { type: string }[] = [];
    const acknowledged = new Promise<'acknowledged'>((resolve) =>
      outcome.socket.on('message', (data) => {
        messages.push(JSON.parse(String(data)));
        if (messages.at(-1)?.type === 'connection_ack') resolve('acknowledged');
      }),
    );
    const closed = Promise.race([closeCode(outcome.socket), acknowledged]);
    outcome.socket.send(JSON.stringify({ type: 'connection_init', payload }));
    return { socket: outcome.socket, messages, closed };
  };

  it.each([
    ['another scheme', () => 'Token x'],
    ['Bearer without a token', () => 'Bearer'],
    ['an empty string', () => ''],
    ['a valid header inside an array', (token: string) => [`Bearer ${token}`]],
    ['a number', () => 42],
  ])('closes %s with 4401 instead of acknowledging an anonymous socket', async (_name, authorization) => {
    const customer = await registerCustomer(handle.app.httpUrl);
    const { messages, closed } = await init({ authorization: authorization(customer.token) });
    expect(await closed).toBe(4401);
    expect(messages).toEqual([]);
  });

  it('acknowledges a socket without authorization as anonymous, and one with a good token', async () => {
    const customer = await registerCustomer(handle.app.httpUrl);
    for (const payload of [{}, { authorization: null }, { authorization: `Bearer ${customer.token}` }]) {
      const { socket, messages } = await init(payload);
      await waitUntil(() => messages.some((message) => message.type === 'connection_ack'));
      socket.terminate();
    }
  });
});

describe('signed file links in subscription results', () => {
  const handle = useTestApp();
  const FollowFiles = 'subscription FollowFiles { chatSessionUpdated { id lastMessage { file { url } } } }';
  const SendFile = 'mutation SendFile($input: SendFileMessageInput!) { sendFileMessage(input: $input) { id } }';
  type FileEvent = { chatSessionUpdated: { id: string; lastMessage: { file: { url: string } | null } | null } };

  it("gives each agent a link signed for itself in chatSessionUpdated { lastMessage { file { url } } } (every agent got the first one's)", async () => {
    const first = await loginAdmin(handle.app.httpUrl);
    const second = await createAgent(handle.app.httpUrl, first, 'agen-berkas@example.id');
    const sockets = [first, second].map((agent) => connectSocket(handle.app.wsUrl, agent.token));
    const subscriptions = sockets.map((socket) => subscribe<FileEvent, object>(socket, FollowFiles, {}));
    const customer = await registerCustomer(handle.app.httpUrl);
    const sessionId = await startSession(handle.app.httpUrl, customer, 'halo');
    const withFile = (subscription: (typeof subscriptions)[number]) =>
      subscription.events.find((event) => event.chatSessionUpdated.id === sessionId && event.chatSessionUpdated.lastMessage?.file);
    // Both are live once the session's first event reached them; then the file is sent.
    await waitUntil(() => subscriptions.every((subscription) => subscription.events.some((event) => event.chatSessionUpdated.id === sessionId)));
    const sent = await multipartRequest(handle.app.httpUrl, SendFile, { input: { sessionId, file: null } }, 'variables.input.file', {
      content: Buffer.from('Nomor izin usaha: 1234567890\n'),
      filename: 'izin.txt',
      type: 'text/plain',
    }, { token: customer.token });
    expect(sent.errors).toBeUndefined();
    await waitUntil(() => subscriptions.every((subscription) => withFile(subscription)));
    const readers = subscriptions.map((subscription) => new URL(withFile(subscription)!.chatSessionUpdated.lastMessage!.file!.url).searchParams.get('r'));
    expect(readers).toEqual([`ADMIN:${first.id}`, `ADMIN:${second.id}`]);
    await Promise.all(sockets.map((socket) => socket.dispose()));
  });
});
