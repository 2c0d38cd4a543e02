import { createHash } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { createAgent, loginAdmin, registerCustomer, type Actor, type StaffRole } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { errorCode, graphqlRequest, useTestApp, type GraphQLResponse } from '../../../test/support/test-app';

const LOCKOUT_AFTER = 5;
// The password throttle is set out of the way: these tests are about the code throttle.
const handle = useTestApp(
  { TWO_FACTOR_LOCKOUT_AFTER: String(LOCKOUT_AFTER), LOGIN_LOCKOUT_AFTER: '1000', LOGIN_RATE_LIMIT: '1000' },
  { rateLimits: true },
);
const url = () => handle.app.httpUrl;
const sql = <Row extends Record<string, unknown>>(text: string, values: unknown[] = []) => queryRows<Row>(handle.db.url, text, values);

const PASSWORD = 'agent-password-1';
const BeginSetup = 'mutation BeginTwoFactorSetup { beginTwoFactorSetup { secret otpauthUrl } }';
const Enable = 'mutation EnableTwoFactor($code: String!) { enableTwoFactor(code: $code) }';
const Disable = 'mutation DisableTwoFactor($code: String!) { disableTwoFactor(code: $code) }';
const LoginWithOtp =
  'mutation Login($email: String!, $password: String!, $otp: String) { login(email: $email, password: $password, otp: $otp) { token admin { id } } }';
const MyTwoFactor = 'query MyTwoFactor { me { twoFactorEnabled } }';
const AgentsTwoFactor = 'query AgentsTwoFactor { admins { id twoFactorEnabled } }';

type Setup = { beginTwoFactorSetup: { secret: string; otpauthUrl: string } };
type Login = { login: { token: string; admin: { id: string } } };

const STEP_MS = 30_000;
/** The code of the step `offsetSteps` from now, as an authenticator app with that clock shows it. */
const codeAt = (secret: string, offsetSteps: number, now = Date.now()) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: now + offsetSteps * STEP_MS });

/**
 * Waits until the current step has a few seconds left, so that the server checks the codes in the
 * same step as the test made them: otherwise a code of "now - 30 s" could cross the window's edge.
 */
async function freshStep(): Promise<number> {
  while (TOTP.remaining({ period: 30 }) < 8_000) await new Promise((resolve) => setTimeout(resolve, 200));
  return Date.now();
}

let agents = 0;
async function newAgent(role: StaffRole = 'AGENT'): Promise<Actor & { email: string }> {
  const email = `dua-langkah-${++agents}@example.com`;
  return { ...(await createAgent(url(), await loginAdmin(url()), email, `Agen ${agents}`, role)), email };
}

const beginSetup = async (agent: Actor) => {
  const response = await graphqlRequest<Setup, unknown>(url(), BeginSetup, {}, agent.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.beginTwoFactorSetup;
};
const enable = (agent: Actor, code: string) => graphqlRequest<{ enableTwoFactor: string[] }, unknown>(url(), Enable, { code }, agent.token);
const disable = (agent: Actor, code: string) => graphqlRequest<{ disableTwoFactor: boolean }, unknown>(url(), Disable, { code }, agent.token);
const login = (email: string, otp?: string | null) => graphqlRequest<Login, unknown>(url(), LoginWithOtp, { email, password: PASSWORD, otp });

/** An agent with 2FA on: its secret and recovery codes. */
async function agentWithTwoFactor(role: StaffRole = 'AGENT') {
  const agent = await newAgent(role);
  const { secret } = await beginSetup(agent);
  const now = await freshStep();
  const enabled = await enable(agent, codeAt(secret, -1, now));
  if (!enabled.data) throw new Error(JSON.stringify(enabled.errors));
  return { ...agent, secret, recoveryCodes: enabled.data.enableTwoFactor };
}

const reasonOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.reason;
const auditEvents = (targetId: string) =>
  sql<{ action: string; actor_kind: string; actor_id: string | null; details: Record<string, unknown> | null }>(
    `select action, actor_kind, actor_id, details from audit_event where target_id = $1 and (action like 'auth.two_factor_%' or action = 'auth.recovery_code_used') order by at, action`,
    [targetId],
  );

describe('beginTwoFactorSetup', () => {
  it('gives a base32 secret and its otpauth URL, kept encrypted as pending; a second call replaces it', async () => {
    const agent = await newAgent();
    const first = await beginSetup(agent);
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(first.otpauthUrl);
    expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe(`otpauth://totp/Livechat OSS:${agent.email}`);
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: 'Livechat OSS', secret: first.secret, algorithm: 'SHA1', digits: '6', period: '30' });

    const [stored] = await sql<{ secret: string | null; pending_secret: string }>(
      'select secret, pending_secret from admin_two_factor where admin_id = $1',
      [agent.id],
    );
    expect(stored.secret).toBeNull();
    expect(stored.pending_secret).toMatch(/^v1:/);
    expect(stored.pending_secret).not.toContain(first.secret);
    expect(Buffer.from(stored.pending_secret.slice(3), 'base64url').toString('latin1')).not.toContain(first.secret);

    const second = await beginSetup(agent);
    expect(second.secret).not.toBe(first.secret);
    const stale = await enable(agent, codeAt(first.secret, 0, await freshStep()));
    expect(errorCode(stale)).toBe('BAD_USER_INPUT');
    expect(reasonOf(stale)).toBe('OTP_INVALID');
    expect((await graphqlRequest(url(), MyTwoFactor, {}, agent.token)).data).toEqual({ me: { twoFactorEnabled: false } });
  });

  it('is for agents only', async () => {
    expect(errorCode(await graphqlRequest(url(), BeginSetup, {}))).toBe('UNAUTHENTICATED');
    const customer = await registerCustomer(url());
    expect(errorCode(await graphqlRequest(url(), BeginSetup, {}, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), Enable, { code: '123456' }, customer.token))).toBe('FORBIDDEN');
  });
});

describe('enableTwoFactor', () => {
  it('refuses a wrong code and stores nothing', async () => {
    const agent = await newAgent();
    const { secret } = await beginSetup(agent);
    const now = await freshStep();
    const right = codeAt(secret, 0, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    for (const code of [wrong, 'abcdef', '']) {
      const refused = await enable(agent, code);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.field).toBe('code');
    }
    expect(await sql('select enabled_at, secret from admin_two_factor where admin_id = $1', [agent.id])).toEqual([{ enabled_at: null, secret: null }]);
    expect(await sql('select 1 from admin_recovery_code where admin_id = $1', [agent.id])).toEqual([]);
    expect(await auditEvents(agent.id)).toEqual([]);
    expect((await login(agent.email)).data?.login.token).toBeTruthy(); // still one step

    // The same agent, the right code: the refusals above could have stored something.
    expect((await enable(agent, right)).data?.enableTwoFactor).toHaveLength(10);
  });

  it('refuses before any setup, and while 2FA is on', async () => {
    const agent = await newAgent();
    const early = await enable(agent, '123456');
    expect(reasonOf(early)).toBe('TWO_FACTOR_NOT_STARTED');
    const on = await agentWithTwoFactor();
    const again = await graphqlRequest(url(), BeginSetup, {}, on.token);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(reasonOf(again)).toBe('TWO_FACTOR_ENABLED');
    expect(reasonOf(await enable(on, codeAt(on.secret, 1)))).toBe('TWO_FACTOR_ENABLED');
  });

  it('turns 2FA on with 10 recovery codes, stored only as hashes, the secret encrypted, and audited', async () => {
    const agent = await agentWithTwoFactor();
    expect(new Set(agent.recoveryCodes).size).toBe(10);
    for (const code of agent.recoveryCodes) expect(code).toMatch(/^[2-9a-z]{4}-[2-9a-z]{4}-[2-9a-z]{4}-[2-9a-z]{4}$/);

    const hashes = await sql<{ code_hash: string; used_at: Date | null }>(
      'select code_hash, used_at from admin_recovery_code where admin_id = $1 order by code_hash',
      [agent.id],
    );
    const sha256 = (code: string) => createHash('sha256').update(code.replace(/-/g, '')).digest('hex');
    expect(hashes).toEqual(agent.recoveryCodes.map((code) => ({ code_hash: sha256(code), used_at: null })).sort((a, b) => a.code_hash.localeCompare(b.code_hash)));
    const [stored] = await sql<Record<string, unknown>>('select * from admin_two_factor where admin_id = $1', [agent.id]);
    expect(stored.pending_secret).toBeNull();
    expect(stored.secret).toMatch(/^v1:/);
    const everything = JSON.stringify(await sql('select * from admin_two_factor')) + JSON.stringify(await sql('select * from admin_recovery_code'));
    expect(everything).not.toContain(agent.secret);
    for (const code of agent.recoveryCodes) expect(everything).not.toContain(code.replace(/-/g, ''));

    expect(await auditEvents(agent.id)).toEqual([{ action: 'auth.two_factor_enable', actor_kind: 'AGENT', actor_id: agent.id, details: null }]);
    expect((await graphqlRequest(url(), MyTwoFactor, {}, agent.token)).data).toEqual({ me: { twoFactorEnabled: true } });
  });
});

describe('TOTP codes', () => {
  it('accepts one step either side of now, never two, and each step once', async () => {
    const agent = await newAgent();
    const { secret } = await beginSetup(agent);
    const now = await freshStep();
    // The pending secret has no used step yet: these refusals are the window's alone.
    expect(reasonOf(await enable(agent, codeAt(secret, -2, now)))).toBe('OTP_INVALID');
    expect(reasonOf(await enable(agent, codeAt(secret, 2, now)))).toBe('OTP_INVALID');
    expect((await enable(agent, codeAt(secret, -1, now))).data?.enableTwoFactor).toHaveLength(10);

    expect((await login(agent.email, codeAt(secret, 0, now))).data?.login.token).toBeTruthy();
    expect((await login(agent.email, codeAt(secret, 1, now))).data?.login.token).toBeTruthy();
    for (const replayed of [codeAt(secret, 1, now), codeAt(secret, 0, now), codeAt(secret, -1, now)]) {
      const refused = await login(agent.email, replayed);
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      expect(reasonOf(refused)).toBe('OTP_REQUIRED');
      expect(refused.data).toBeNull();
    }
  });

  it('refuses a code of now+60 s at login as well', async () => {
    const agent = await agentWithTwoFactor();
    const refused = await login(agent.email, codeAt(agent.secret, 2, await freshStep()));
    expect(reasonOf(refused)).toBe('OTP_REQUIRED');
    expect((await login(agent.email, codeAt(agent.secret, 1))).data?.login.token).toBeTruthy();
  });

  it('signs in once when the same code is sent many times at once', async () => {
    const agent = await agentWithTwoFactor();
    const code = codeAt(agent.secret, 0);
    // No more than the throttle lets through at once, so that every one of them reaches the check.
    const responses = await Promise.all(Array.from({ length: LOCKOUT_AFTER }, () => login(agent.email, code)));
    expect(responses.filter((response) => response.data?.login.token)).toHaveLength(1);
    expect(responses.filter((response) => reasonOf(response) === 'OTP_REQUIRED')).toHaveLength(LOCKOUT_AFTER - 1);
  });
});

describe('login of an agent with 2FA', () => {
  it('without a code or with a wrong one: UNAUTHENTICATED, reason OTP_REQUIRED, no token', async () => {
    const agent = await agentWithTwoFactor();
    for (const otp of [undefined, null, '', '000000', 'bukan-kode']) {
      const refused = await login(agent.email, otp);
      expect(refused.status).toBe(401);
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      expect(reasonOf(refused)).toBe('OTP_REQUIRED');
      expect(refused.data).toBeNull();
    }
    // A wrong password is still the password's refusal, whatever the code.
    const wrongPassword = await graphqlRequest(url(), LoginWithOtp, { email: agent.email, password: 'salah-salah', otp: codeAt(agent.secret, 0) });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(reasonOf(wrongPassword)).toBeUndefined();
    expect((await login(agent.email, codeAt(agent.secret, 1))).data?.login.admin.id).toBe(agent.id);
  });

  it('takes each recovery code once, whatever its case and dashes, and audits its use', async () => {
    const agent = await agentWithTwoFactor();
    const [first, second] = agent.recoveryCodes;
    expect((await login(agent.email, first)).data?.login.token).toBeTruthy();
    expect(reasonOf(await login(agent.email, first))).toBe('OTP_REQUIRED');
    expect((await login(agent.email, ` ${second.replace(/-/g, '').toUpperCase()} `)).data?.login.token).toBeTruthy();
    expect(reasonOf(await login(agent.email, second))).toBe('OTP_REQUIRED');

    const used = await sql('select count(*)::int as used from admin_recovery_code where admin_id = $1 and used_at is not null', [agent.id]);
    expect(used).toEqual([{ used: 2 }]);
    const events = (await auditEvents(agent.id)).filter((event) => event.action === 'auth.recovery_code_used');
    expect(events).toEqual([
      { action: 'auth.recovery_code_used', actor_kind: 'AGENT', actor_id: agent.id, details: { recoveryCodesLeft: 9 } },
      { action: 'auth.recovery_code_used', actor_kind: 'AGENT', actor_id: agent.id, details: { recoveryCodesLeft: 8 } },
    ]);
  });
});

describe('disableTwoFactor', () => {
  it('refuses a wrong code, then turns 2FA off with a TOTP code, deleting the secret and the codes', async () => {
    const agent = await agentWithTwoFactor();
    const refused = await disable(agent, '000000');
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(reasonOf(refused)).toBe('OTP_INVALID');
    expect(reasonOf(await login(agent.email))).toBe('OTP_REQUIRED');

    expect((await disable(agent, codeAt(agent.secret, 1))).data?.disableTwoFactor).toBe(true);
    expect((await login(agent.email)).data?.login.token).toBeTruthy();
    expect(await sql('select 1 from admin_two_factor where admin_id = $1', [agent.id])).toEqual([]);
    expect(await sql('select 1 from admin_recovery_code where admin_id = $1', [agent.id])).toEqual([]);
    expect((await auditEvents(agent.id)).map((event) => [event.action, event.actor_id, event.details])).toEqual([
      ['auth.two_factor_enable', agent.id, null],
      ['auth.two_factor_disable', agent.id, { with: 'totp' }],
    ]);
    expect(reasonOf(await disable(agent, codeAt(agent.secret, 1)))).toBe('TWO_FACTOR_NOT_ENABLED');
  });

  it('takes a recovery code too', async () => {
    const agent = await agentWithTwoFactor();
    expect((await disable(agent, agent.recoveryCodes[3])).data?.disableTwoFactor).toBe(true);
    expect((await login(agent.email)).data?.login.token).toBeTruthy();
    const actions = (await auditEvents(agent.id)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.recovery_code_used', 'auth.two_factor_disable']));
  });
});

describe('Admin.twoFactorEnabled', () => {
  it('is told to the agent itself and to ADMINs, and refused to anyone else', async () => {
    const withTwoFactor = await agentWithTwoFactor();
    const admin = await loginAdmin(url());
    const listed = await graphqlRequest<{ admins: { id: string; twoFactorEnabled: boolean }[] }, unknown>(url(), AgentsTwoFactor, {}, admin.token);
    const flags = new Map(listed.data!.admins.map((agent) => [agent.id, agent.twoFactorEnabled]));
    expect(flags.get(withTwoFactor.id)).toBe(true);
    expect(flags.get(admin.id)).toBe(false);

    const supervisor = await newAgent('SUPERVISOR');
    expect(errorCode(await graphqlRequest(url(), AgentsTwoFactor, {}, supervisor.token))).toBe('FORBIDDEN');
    expect((await graphqlRequest(url(), MyTwoFactor, {}, supervisor.token)).data).toEqual({ me: { twoFactorEnabled: false } });
  });
});

describe('wrong codes sent at once', () => {
  const codesOf = (responses: GraphQLResponse<unknown>[], checked: string) => ({
    checked: responses.filter((response) => errorCode(response) === checked).length,
    refused: responses.filter((response) => errorCode(response) === 'RATE_LIMITED').length,
  });

  it(`at login: exactly ${LOCKOUT_AFTER} are checked, the rest are RATE_LIMITED, and then the right code too`, async () => {
    const agent = await agentWithTwoFactor();
    const responses = await Promise.all(Array.from({ length: 40 }, () => login(agent.email, '000000')));
    expect(codesOf(responses, 'UNAUTHENTICATED')).toEqual({ checked: LOCKOUT_AFTER, refused: 40 - LOCKOUT_AFTER });
    const limited = responses.find((response) => errorCode(response) === 'RATE_LIMITED')!;
    expect(limited.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
    expect(errorCode(await login(agent.email, codeAt(agent.secret, 1)))).toBe('RATE_LIMITED');
    expect(errorCode(await login(agent.email, agent.recoveryCodes[0]))).toBe('RATE_LIMITED');
  });

  it(`on enableTwoFactor: exactly ${LOCKOUT_AFTER} are checked`, async () => {
    const agent = await newAgent();
    const { secret } = await beginSetup(agent);
    const responses = await Promise.all(Array.from({ length: 40 }, () => enable(agent, '000000')));
    expect(codesOf(responses, 'BAD_USER_INPUT')).toEqual({ checked: LOCKOUT_AFTER, refused: 40 - LOCKOUT_AFTER });
    expect(errorCode(await enable(agent, codeAt(secret, 0)))).toBe('RATE_LIMITED');
    expect(await sql('select enabled_at from admin_two_factor where admin_id = $1', [agent.id])).toEqual([{ enabled_at: null }]);
  });

  it(`on disableTwoFactor: exactly ${LOCKOUT_AFTER} are checked, and 2FA stays on`, async () => {
    const agent = await agentWithTwoFactor();
    const responses = await Promise.all(Array.from({ length: 40 }, () => disable(agent, 'aaaa-bbbb-cccc-dddd')));
    expect(codesOf(responses, 'BAD_USER_INPUT')).toEqual({ checked: LOCKOUT_AFTER, refused: 40 - LOCKOUT_AFTER });
    expect(errorCode(await disable(agent, agent.recoveryCodes[0]))).toBe('RATE_LIMITED');
    expect((await graphqlRequest(url(), MyTwoFactor, {}, agent.token)).data).toEqual({ me: { twoFactorEnabled: true } });
  });
});
