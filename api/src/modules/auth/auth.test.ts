import { SignJWT } from 'jose';
import { createAgent, loginAdmin, registerCustomer, startSession } from '../../../test/support/actors';
import {
  ChangePassword,
  GetWidgetConfig,
  ListChatSessions,
  Login,
  Logout,
  Me,
  OnChatSessionUpdated,
  OnMessageAdded,
  SendMessage,
} from '../../../test/support/operations';
import {
  connectSocket,
  errorCode,
  graphqlRequest,
  settle,
  subscribe,
  TEST_JWT_SECRET,
  useTestApp,
} from '../../../test/support/test-app';

const handle = useTestApp();
const url = () => handle.app.httpUrl;

describe('login', () => {
  it('gives the seeded admin a token that works', async () => {
    const response = await graphqlRequest(url(), Login, { email: 'ADMIN@example.com ', password: 'password123' });
    expect(response.data?.login.admin.email).toBe('admin@example.com');
    const me = await graphqlRequest(url(), Me, {}, response.data!.login.token);
    expect(me.data?.me.email).toBe('admin@example.com');
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrongPassword = await graphqlRequest(url(), Login, { email: 'admin@example.com', password: 'nope-nope' });
    const unknownEmail = await graphqlRequest(url(), Login, { email: 'ghost@example.com', password: 'nope-nope' });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors).toEqual(unknownEmail.errors);
    expect(wrongPassword.status).toBe(unknownEmail.status);
    expect(wrongPassword.data).toBeNull();
  });
});

describe('tokens', () => {
  it('refuses anonymous callers outside login, registerCustomer and widgetConfig', async () => {
    expect(errorCode(await graphqlRequest(url(), Me, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url(), ListChatSessions, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url(), Logout, {}))).toBe('UNAUTHENTICATED');
    expect((await graphqlRequest(url(), GetWidgetConfig, {})).data?.widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
  });

  it('refuses a customer token where an admin is needed', async () => {
    const customer = await registerCustomer(url());
    expect(errorCode(await graphqlRequest(url(), Me, {}, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), ListChatSessions, {}, customer.token))).toBe('FORBIDDEN');
  });

  it.each([
    ['garbage', async () => 'not-a-jwt'],
    ['a wrong signature', sign({ role: 'ADMIN' }, 'another-secret-another-secret-another')],
    ['alg none', unsignedToken({ role: 'ADMIN' })],
    ['an expired token', sign({ role: 'ADMIN' }, TEST_JWT_SECRET, -60)],
    ['an unknown role', sign({ role: 'ROOT' }, TEST_JWT_SECRET)],
  ])('rejects %s with UNAUTHENTICATED instead of treating it as anonymous', async (_name, makeToken: (subject: string) => Promise<string>) => {
    const admin = await loginAdmin(url());
    const token = await makeToken(admin.id);
    const response = await graphqlRequest(url(), GetWidgetConfig, {}, token);
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });
});

describe('logout', () => {
  it('revokes the token at once', async () => {
    const admin = await loginAdmin(url());
    expect((await graphqlRequest(url(), Logout, {}, admin.token)).data?.logout).toBe(true);
    expect(errorCode(await graphqlRequest(url(), Me, {}, admin.token))).toBe('UNAUTHENTICATED');
  });

  it('leaves the same admin\'s other tokens working', async () => {
    const first = await loginAdmin(url());
    const second = await loginAdmin(url());
    await graphqlRequest(url(), Logout, {}, first.token);
    expect((await graphqlRequest(url(), Me, {}, second.token)).data?.me.id).toBe(second.id);
  });

  it('closes an open socket that the token authorized with 4401', async () => {
    const admin = await loginAdmin(url());
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const messages = subscribe(socket, OnMessageAdded, { sessionId });
    await settle();
    await graphqlRequest(url(), Logout, {}, admin.token);
    expect((await socket.closed).code).toBe(4401);
    await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'after logout' } }, customer.token);
    await settle();
    expect(messages.events).toEqual([]);
  });
});

describe('changePassword', () => {
  const change = (token: string, currentPassword: string, newPassword: string) =>
    graphqlRequest(url(), ChangePassword, { currentPassword, newPassword }, token);
  const login = (email: string, password: string) => graphqlRequest(url(), Login, { email, password });

  it("signs the agent's other tokens out, closing their sockets, and keeps the caller's", async () => {
    const caller = await createAgent(url(), await loginAdmin(url()), 'ganti-sandi@example.com');
    const other = await loginAdmin(url(), 'ganti-sandi@example.com', 'agent-password-1');
    const otherSocket = connectSocket(handle.app.wsUrl, other.token);
    const callerSocket = connectSocket(handle.app.wsUrl, caller.token);
    subscribe(otherSocket, OnChatSessionUpdated, {});
    const callerUpdates = subscribe(callerSocket, OnChatSessionUpdated, {});
    await settle();

    expect((await change(caller.token, 'agent-password-1', 'sandi-baru-123')).data?.changePassword).toBe(true);

    expect((await otherSocket.closed).code).toBe(4401);
    const refused = await graphqlRequest(url(), Me, {}, other.token);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect((await graphqlRequest(url(), Me, {}, caller.token)).data?.me.id).toBe(caller.id);
    const customer = await registerCustomer(url());
    await startSession(url(), customer, 'Halo');
    await callerUpdates.waitFor(1); // the caller's socket is still open and live
    await callerSocket.dispose();

    expect(errorCode(await login('ganti-sandi@example.com', 'agent-password-1'))).toBe('UNAUTHENTICATED');
    const fresh = await login('ganti-sandi@example.com', 'sandi-baru-123');
    expect((await graphqlRequest(url(), Me, {}, fresh.data!.login.token)).data?.me.id).toBe(caller.id);
  });

  it('refuses a wrong current password or a too short new one, and changes nothing', async () => {
    const caller = await createAgent(url(), await loginAdmin(url()), 'salah-sandi@example.com');
    const other = await loginAdmin(url(), 'salah-sandi@example.com', 'agent-password-1');

    const wrongCurrent = await change(caller.token, 'not-my-password', 'sandi-baru-123');
    expect(errorCode(wrongCurrent)).toBe('BAD_USER_INPUT');
    expect(wrongCurrent.errors?.[0].extensions?.field).toBe('currentPassword');
    const tooShort = await change(caller.token, 'agent-password-1', 'pendek');
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    expect(tooShort.errors?.[0].extensions?.field).toBe('newPassword');
    expect(tooShort.errors?.[0].extensions?.reason).toBe('PASSWORD_LENGTH');

    expect((await graphqlRequest(url(), Me, {}, other.token)).data?.me.id).toBe(caller.id);
    expect((await login('salah-sandi@example.com', 'agent-password-1')).data?.login.token).toBeTruthy();
    expect(errorCode(await login('salah-sandi@example.com', 'sandi-baru-123'))).toBe('UNAUTHENTICATED');
  });

  // Passwords from breach lists were accepted (OWASP ASVS 6.2.4).
  it.each(['12345678', 'password1', 'Qwertyuiop'])('refuses %j, one of the 10,000 most common passwords, and changes nothing', async (common) => {
    const caller = await createAgent(url(), await loginAdmin(url()), `umum-${common.toLowerCase()}@example.com`);
    const refused = await change(caller.token, 'agent-password-1', common);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe('newPassword');
    expect(refused.errors?.[0].message).toMatch(/common/);
    expect(refused.errors?.[0].extensions?.reason).toBe('PASSWORD_COMMON');
    expect(errorCode(await login(`umum-${common.toLowerCase()}@example.com`, common))).toBe('UNAUTHENTICATED');
  });

  it('is for agents only', async () => {
    const customer = await registerCustomer(url());
    expect(errorCode(await change(customer.token, 'whatever-1', 'whatever-2'))).toBe('FORBIDDEN');
  });
});

describe('websocket authentication', () => {
  it('closes the socket with 4401 on a bad token in connection_init', async () => {
    const socket = connectSocket(handle.app.wsUrl, 'not-a-valid-token');
    expect((await socket.closed).code).toBe(4401);
  });

  it('closes the socket with 4401 on a revoked token', async () => {
    const admin = await loginAdmin(url());
    await graphqlRequest(url(), Logout, {}, admin.token);
    const socket = connectSocket(handle.app.wsUrl, admin.token);
    expect((await socket.closed).code).toBe(4401);
  });

  it('lets an anonymous socket do only what anonymous HTTP may', async () => {
    const customer = await registerCustomer(url());
    const sessionId = await startSession(url(), customer);
    const socket = connectSocket(handle.app.wsUrl);
    const refused = subscribe(socket, OnMessageAdded, { sessionId });
    await refused.completed;
    expect(refused.errors.flat()[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const config = subscribe(socket, GetWidgetConfig, {});
    await config.waitFor(1);
    expect(config.events[0].widgetConfig.widgetTitle).toBe('Bantuan OSS Perizinan');
    await socket.dispose();
  });
});

function sign(claims: Record<string, unknown>, secret: string, expiresInSeconds = 3600) {
  const now = Math.floor(Date.now() / 1000);
  return async (subject: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setJti(`jti-${Math.random()}`)
      .setIssuer('livechat-oss')
      .setIssuedAt(now - 7200)
      .setExpirationTime(now + expiresInSeconds)
      .sign(new TextEncoder().encode(secret));
}

function unsignedToken(claims: Record<string, unknown>) {
  return async (subject: string) => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...claims, sub: subject, jti: 'none-jti', iss: 'livechat-oss', iat: now, exp: now + 3600 };
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
  };
}
