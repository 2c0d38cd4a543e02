import type { Client } from 'graphql-ws';
import { Pool } from 'pg';
import { now, sleep, TimeoutError, withTimeout } from '../infra/time';
import { summarize, type Summary } from '../stats/summary';
import { graphql as postGraphql, SEEDED_ADMIN, socketUrl } from '../targets/api-target';
import { connectGraphqlSocket } from '../targets/graphql-socket';

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token admin { id } } }';
const CREATE_AGENT = 'mutation CreateAdmin($input: CreateAdminInput!) { createAdmin(input: $input) { id } }';
const SET_LIMIT = 'mutation SetLimit($id: ID!, $limit: Int) { updateAdmin(id: $id, input: { maxConcurrentChats: $limit }) { id } }';
const SET_ROUTING = 'mutation SetRouting($mode: RoutingMode!) { updateSettings(input: { routingMode: $mode }) { routingMode } }';
const SET_STATUS = 'mutation SetMyStatus($status: AgentStatus!) { setMyStatus(status: $status) { id } }';
const REGISTER = 'mutation RegisterCustomer($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token } }';
const START = 'mutation StartChatSession($input: StartChatSessionInput) { startChatSession(input: $input) { id } }';
const CLOSE = 'mutation CloseChatSession($id: ID!) { closeChatSession(id: $id) { id } }';
/** The inbox of a supervisor: every chat's updates, with nothing that reads the database per event. */
const ADMINS = 'query Admins { admins { id online } }';
const INBOX = 'subscription Inbox { chatSessionUpdated { id status } }';
const AGENT_PASSWORD = 'bench-agent-password-1';

export interface RoutingSettings {
  agents: number;
  limit: number;
  /** Chats waiting beyond every slot, for the refill figure. */
  backlog: number;
  /** Closes, one at a time, each timed until the next chat is assigned. */
  closes: number;
  /** Chat starts in flight at once, spread over both instances. */
  concurrency: number;
  maxMs: number;
}

export interface RoutingResult {
  agents: number;
  instances: number;
  slots: number;
  /** Chats started at once in AUTO mode, each assigned on arrival. */
  chats: number;
  /** From the first start sent to the last assignment announced, for `chats` chats. */
  assignSeconds: number;
  assignedPerSecond: number;
  /** The same number of chats started the same way in MANUAL mode (nothing routed), per second. */
  manualStartedPerSecond: number;
  /** A close sent by the agent → the next waiting chat announced as assigned (ms). */
  refill: Summary;
  /** Announced assignments beyond one per chat (must be 0). */
  duplicateAssignments: number;
}

interface Agent {
  id: string;
  token: string;
}

/**
 * AUTO routing with `agents` agents whose consoles are spread over two instances: first the rate
 * at which arriving chats are assigned (as many as there are slots, started `concurrency` at a
 * time; the same arrivals in MANUAL mode first, for what starting a chat costs without routing),
 * then, with a backlog waiting, the time from an agent closing a chat to the next chat being
 * assigned. Chats left open by earlier scenarios are closed first: they would join the queue.
 */
export async function measureRouting(bases: [string, string], databaseUrl: string, settings: RoutingSettings): Promise<RoutingResult> {
  const deadline = now() + settings.maxMs;
  const left = (what: string) => {
    const ms = deadline - now();
    if (ms <= 0) throw new TimeoutError(`routing: out of time before ${what}`);
    return ms;
  };
  const urls = bases.map((base) => `${base}/graphql`) as [string, string];
  const sockets: Client[] = [];
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await pool.query("update chat_session set status = 'CLOSED', closed_at = now() where status <> 'CLOSED'");
    const admin = (await graphql<{ login: { token: string } }>(urls[0], LOGIN, SEEDED_ADMIN)).login.token;
    await graphql(urls[0], SET_ROUTING, { mode: 'MANUAL' }, admin);
    // Its inbox socket makes the admin an online agent too: AWAY keeps it out of the routing.
    await graphql(urls[0], SET_STATUS, { status: 'AWAY' }, admin);
    const agents = await createAgents(urls[0], admin, settings);
    for (const [n, agent] of agents.entries()) sockets.push(await connectGraphqlSocket(socketUrl(bases[n % 2]!), agent.token));
    await waitForConsoles(urls[0], admin, agents, left('the consoles were online'));

    const inbox = new AssignmentLog();
    const inboxSocket = await connectGraphqlSocket(socketUrl(bases[1]), admin);
    sockets.push(inboxSocket);
    inboxSocket.subscribe<{ chatSessionUpdated: { id: string; status: string } }>(
      { query: INBOX },
      { next: (result) => result.data && inbox.record(result.data.chatSessionUpdated), error: () => {}, complete: () => {} },
    );
    const slots = settings.agents * settings.limit;
    const visitors = await registerVisitors(urls, 2 * slots + settings.backlog, settings.concurrency);
    const startChats = (tokens: string[], text: string) =>
      inParallel(tokens, settings.concurrency, (token, n) =>
        graphql<{ startChatSession: { id: string } }>(urls[n % 2]!, START, { input: { message: `${text} ${n}` } }, token).then(
          (response) => response.startChatSession.id,
        ),
      );

    // The same arrivals in MANUAL mode, where nothing is routed: what starting a chat costs alone.
    const manualStartedAt = now();
    await startChats(visitors.slice(0, slots), 'Manual');
    const manualSeconds = (now() - manualStartedAt) / 1000;
    await pool.query("update chat_session set status = 'CLOSED', closed_at = now() where status <> 'CLOSED'");

    await graphql(urls[0], SET_ROUTING, { mode: 'AUTO' }, admin);

    const startedAt = now();
    const sessionIds = await startChats(visitors.slice(slots, 2 * slots), 'Halo');
    await withTimeout(inbox.untilAssigned(sessionIds), left('every chat was assigned'), 'routing: assignments');
    const assignSeconds = (inbox.lastAssignedAt(sessionIds) - startedAt) / 1000;

    await startChats(visitors.slice(2 * slots), 'Menunggu');
    const refill: number[] = [];
    const open = await assignedChats(pool);
    for (let n = 0; n < Math.min(settings.closes, settings.backlog, open.length); n += 1) {
      const { id, assigned_admin_id: agentId } = open[n]!;
      const next = inbox.nextAssignment();
      const sentAt = now();
      await graphql(urls[n % 2]!, CLOSE, { id }, tokenOf(agents, agentId));
      refill.push((await withTimeout(next, Math.min(10_000, left('a freed slot was filled')), 'routing: refill')) - sentAt);
    }
    return {
      agents: settings.agents,
      instances: 2,
      slots,
      chats: sessionIds.length,
      assignSeconds: Math.round(assignSeconds * 1000) / 1000,
      assignedPerSecond: Math.round(sessionIds.length / assignSeconds),
      manualStartedPerSecond: Math.round(slots / manualSeconds),
      refill: summarize(refill),
      duplicateAssignments: inbox.duplicates,
    };
  } finally {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await pool.end();
  }
}

/** When each chat was first announced ACTIVE, and who waits for the next one. */
class AssignmentLog {
  private readonly assignedAt = new Map<string, number>();
  private waiters: ((at: number) => void)[] = [];
  private checks: (() => void)[] = [];
  duplicates = 0;

  record(session: { id: string; status: string }) {
    if (session.status !== 'ACTIVE') return;
    if (this.assignedAt.has(session.id)) {
      this.duplicates += 1;
      return;
    }
    const at = now();
    this.assignedAt.set(session.id, at);
    for (const waiter of this.waiters.splice(0)) waiter(at);
    for (const check of this.checks) check();
  }

  nextAssignment(): Promise<number> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  untilAssigned(ids: string[]): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!ids.every((id) => this.assignedAt.has(id))) return;
        this.checks = this.checks.filter((other) => other !== check);
        resolve();
      };
      this.checks.push(check);
      check();
    });
  }

  lastAssignedAt(ids: string[]): number {
    return Math.max(...ids.map((id) => this.assignedAt.get(id)!));
  }
}

async function createAgents(url: string, admin: string, settings: RoutingSettings): Promise<Agent[]> {
  return inParallel(Array.from({ length: settings.agents }, (_, n) => n), 4, async (n) => {
    const email = `bench-agent-${n}-${Date.now().toString(36)}@example.com`;
    const { createAdmin } = await graphql<{ createAdmin: { id: string } }>(
      url,
      CREATE_AGENT,
      { input: { email, name: `Bench agent ${n}`, password: AGENT_PASSWORD, role: 'AGENT' } },
      admin,
    );
    await graphql(url, SET_LIMIT, { id: createAdmin.id, limit: settings.limit }, admin);
    const { login } = await graphql<{ login: { token: string } }>(url, LOGIN, { email, password: AGENT_PASSWORD });
    return { id: createAdmin.id, token: login.token };
  });
}

/** Presence lives in Redis: an agent counts as connected once the API says it is `online`. */
async function waitForConsoles(url: string, admin: string, agents: Agent[], timeoutMs: number): Promise<void> {
  const ids = new Set(agents.map((agent) => agent.id));
  const online = async () => {
    const { admins } = await graphql<{ admins: { id: string; online: boolean }[] }>(url, ADMINS, {}, admin);
    return admins.filter((entry) => ids.has(entry.id) && entry.online).length === ids.size;
  };
  const deadline = now() + timeoutMs;
  while (!(await online())) {
    if (now() > deadline) throw new TimeoutError('routing: the agents’ consoles did not come online');
    await sleep(50);
  }
}

function tokenOf(agents: Agent[], id: string): string {
  const agent = agents.find((candidate) => candidate.id === id);
  if (!agent) throw new Error(`no bench agent ${id}`);
  return agent.token;
}

async function assignedChats(pool: Pool): Promise<{ id: string; assigned_admin_id: string }[]> {
  const { rows } = await pool.query<{ id: string; assigned_admin_id: string }>(
    "select id, assigned_admin_id from chat_session where status = 'ACTIVE' order by first_assigned_at, id",
  );
  return rows;
}

async function registerVisitors(urls: [string, string], count: number, concurrency: number): Promise<string[]> {
  return inParallel(Array.from({ length: count }, (_, n) => n), concurrency, async (n) => {
    const { registerCustomer } = await graphql<{ registerCustomer: { token: string } }>(urls[n % 2]!, REGISTER, {
      input: { name: `Bench antrean ${n}` },
    });
    return registerCustomer.token;
  });
}

/** Runs `work` over the items, at most `concurrency` at once; the results in the items' order. */
export async function inParallel<T, R>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!, index);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/**
 * A keep-alive connection the server closed as idle may be reset just as a request reuses it;
 * nothing reached the server then, so the request is sent again once.
 */
async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  try {
    return await postGraphql<T>(url, query, variables, token);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
    return postGraphql<T>(url, query, variables, token);
  }
}
