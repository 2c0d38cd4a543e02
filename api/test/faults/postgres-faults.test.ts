import type { OnMessageAddedSubscription } from '../gql/graphql';
import { loginAdmin, registerCustomer, startSession, type Actor } from '../support/actors';
import { freePort, spawnApi, waitUntilReady, type ApiProcess } from '../support/api-process';
import { GetChatSession, Login, OnMessageAdded, RegisterCustomer, StartChatSession } from '../support/operations';
import {
  connectSocket,
  graphqlRequest,
  settle,
  subscribe,
  type GraphQLResponse,
  type SocketClient,
  type Subscription,
} from '../support/test-app';
import { acknowledgedId, catchUp, faultApiEnv, readiness, send, STORED_MESSAGES_SQL, type StoredMessage } from './chat-client';
import { startThrowawayPostgres, killApi, waitFor, type ThrowawayPostgres } from './throwaway-services';

// One API process on a throwaway PostgreSQL cluster, which is stopped (fast: every session is
// ended, as in a restart or failover) and started again under it. The API is never restarted.
let postgres: ThrowawayPostgres | undefined;
let api: ApiProcess | undefined;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  api = spawnApi(faultApiEnv(postgres.url), await freePort());
  await waitUntilReady(api);
}, 60_000);

// A test that failed mid-outage must not leave the next one without its database.
beforeEach(async () => {
  await postgres!.start();
  await waitFor(async () => (await readiness(api!.port)).status === 200, 20_000, 'the API to be ready');
  await removeSlowDowns();
});

afterAll(async () => {
  if (process.env.FAULT_LOG_LEVEL) console.log(api?.output());
  await Promise.all(sockets.map((socket) => socket.dispose().catch(() => {})));
  await killApi(api);
  await postgres?.destroy();
});

async function stopPostgres(): Promise<{ stopped: number; problems: string[] }> {
  const stopped = Date.now();
  await postgres!.stop('fast');
  const state = await waitFor(
    async () => {
      const current = await readiness(api!.port);
      return current.status === 503 ? current : false;
    },
    10_000,
    '/readyz to report the PostgreSQL outage',
  );
  return { stopped, problems: state.problems };
}

async function startPostgres(): Promise<{ started: number; readyAfterMs: number }> {
  await postgres!.start();
  const started = Date.now();
  await waitFor(async () => (await readiness(api!.port)).status === 200, 20_000, '/readyz to recover after PostgreSQL restarts');
  return { started, readyAfterMs: Date.now() - started };
}

interface Conversation {
  url: string;
  admin: Actor;
  customer: Actor;
  sessionId: string;
}

async function newConversation(name: string): Promise<Conversation> {
  const url = api!.httpUrl;
  const admin = await loginAdmin(url);
  const customer = await registerCustomer(url, name);
  const sessionId = await startSession(url, customer);
  return { url, admin, customer, sessionId };
}

function watch(actor: Actor, sessionId: string): Subscription<OnMessageAddedSubscription> {
  const socket = connectSocket(api!.httpUrl.replace('http', 'ws'), actor.token);
  sockets.push(socket);
  return subscribe(socket, OnMessageAdded, { sessionId });
}

const storedMessages = (sessionId: string) => postgres!.query<StoredMessage>(STORED_MESSAGES_SQL, [sessionId]);

const sessionRow = async (sessionId: string) =>
  (
    await postgres!.query<{ status: string; assigned_admin_id: string | null; last_message_at: Date | null }>(
      'select status::text as status, assigned_admin_id, last_message_at from chat_session where id = $1',
      [sessionId],
    )
  )[0];

interface Answer {
  operation: string;
  status: number;
  hasData: boolean;
  errors: GraphQLResponse<unknown>['errors'];
}

/** Every kind of request a client makes, sent while PostgreSQL is down. */
async function requestsDuringOutage(conversation: Conversation, other: Actor): Promise<Answer[]> {
  const { url, admin, customer, sessionId } = conversation;
  const answer = async (operation: string, request: Promise<GraphQLResponse<Record<string, unknown>> & { status: number }>) => {
    const response = await request;
    const hasData = Boolean(response.data && Object.values(response.data).some((value) => value != null));
    return { operation, status: response.status, hasData, errors: response.errors };
  };
  const sendAs = (operation: string, who: Actor, clientMessageId: string) =>
    send(url, who.token, sessionId, `saat PostgreSQL mati: ${operation}`, clientMessageId).then((sent) => ({
      operation,
      status: sent.result.outcome === 'lost' ? 0 : sent.result.status,
      hasData: sent.result.outcome === 'acknowledged',
      errors: sent.result.outcome === 'refused' ? sent.result.errors : undefined,
    }));
  return [
    await sendAs('sendMessage as the customer', customer, 'outage-customer'),
    await sendAs('sendMessage as the agent', admin, 'outage-agent'),
    await answer('registerCustomer', graphqlRequest(url, RegisterCustomer, { input: { name: 'Saat Mati' } })),
    await answer('startChatSession', graphqlRequest(url, StartChatSession, { input: { message: 'halo' } }, other.token)),
    await answer('login', graphqlRequest(url, Login, { email: 'admin@example.com', password: 'password123' })),
    await answer('chatSession', graphqlRequest(url, GetChatSession, { id: sessionId }, customer.token)),
  ];
}

it('answers every request during the outage with a retriable INTERNAL_SERVER_ERROR and HTTP 503', async () => {
  const conversation = await newConversation('Rina Retry');
  const other = await registerCustomer(conversation.url, 'Joko Lain');
  await stopPostgres();
  const answers = await requestsDuringOutage(conversation, other);
  await startPostgres();
  console.log(
    'answers during the PostgreSQL outage:\n' +
      answers.map((a) => `  ${a.operation}: HTTP ${a.status} ${JSON.stringify(a.errors)}`).join('\n'),
  );

  for (const answer of answers) {
    expect({ operation: answer.operation, hasData: answer.hasData, errors: answer.errors?.length ?? 0 }).toEqual({
      operation: answer.operation,
      hasData: false,
      errors: 1,
    });
    expect({ operation: answer.operation, status: answer.status, extensions: answer.errors?.[0]?.extensions }).toEqual({
      operation: answer.operation,
      status: 503,
      extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', retryable: true }),
    });
    // No SQL or driver detail reaches the client.
    expect(answer.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|select|insert|terminating|knex/i);
  }
}, 60_000);

it('writes nothing during the outage, reports it on /readyz, and serves again from the same process once PostgreSQL is back', async () => {
  const conversation = await newConversation('Sinta Pool');
  const { url, admin, customer, sessionId } = conversation;
  const other = await registerCustomer(url, 'Bayu Lain');
  const [agentSees, customerSees] = [watch(admin, sessionId), watch(customer, sessionId)];
  await settle();
  const first = await send(url, customer.token, sessionId, 'sebelum', 'before-0');
  expect(first.result.outcome).toBe('acknowledged');
  await Promise.all([agentSees.waitFor(1), customerSees.waitFor(1)]);
  const sessionBefore = await sessionRow(sessionId);
  const [{ customers: customersBefore, sessions: sessionsBefore }] = await postgres!.query<{ customers: string; sessions: string }>(
    'select (select count(*) from customer)::text as customers, (select count(*) from chat_session)::text as sessions',
  );

  const outage = await stopPostgres();
  expect(outage.problems).toContain('postgres');
  const answers = await requestsDuringOutage(conversation, other);
  // Long enough for the pool to fail to reconnect a few times.
  await settle(Math.max(0, 3000 - (Date.now() - outage.stopped)));
  expect((await readiness(api!.port)).problems).toContain('postgres');
  // The process itself is alive; only readiness is down.
  expect((await fetch(`http://127.0.0.1:${api!.port}/healthz`)).status).toBe(200);
  const { started, readyAfterMs } = await startPostgres();
  const outageMs = started - outage.stopped;

  // The same process serves again: the pool replaced its dead connections by itself.
  const firstServed = await waitFor(
    async () => {
      const sent = await send(url, customer.token, sessionId, 'setelah pulih', 'after-0');
      return sent.result.outcome === 'acknowledged' ? sent : false;
    },
    10_000,
    'a send to succeed after PostgreSQL is back',
    200,
  );
  const servedAfterMs = Date.now() - started;
  // A retry of a refused send, with its clientMessageId, is stored exactly once.
  const retried = await send(url, customer.token, sessionId, 'saat PostgreSQL mati: sendMessage as the customer', 'outage-customer');
  const retriedAgain = await send(url, customer.token, sessionId, 'saat PostgreSQL mati: sendMessage as the customer', 'outage-customer');
  await Promise.all([agentSees.waitFor(3), customerSees.waitFor(3)]);
  await settle();

  const stored = await storedMessages(sessionId);
  const [{ customers, sessions }] = await postgres!.query<{ customers: string; sessions: string }>(
    'select (select count(*) from customer)::text as customers, (select count(*) from chat_session)::text as sessions',
  );
  console.log(
    `PostgreSQL outage ${outageMs} ms; /readyz 200 ${readyAfterMs} ms and first send served ${servedAfterMs} ms after it ` +
      `came back; during the outage: ${answers.map((a) => `${a.operation} HTTP ${a.status} ${a.errors?.[0]?.extensions?.code}`).join(', ')}`,
  );

  expect(answers.filter((a) => a.hasData || !a.errors?.length)).toEqual([]);
  // Nothing from the outage was written: no message, no customer, no session, no session update.
  expect(stored.map((row) => row.client_message_id)).toEqual(['before-0', 'after-0', 'outage-customer']);
  expect({ customers, sessions }).toEqual({ customers: customersBefore, sessions: sessionsBefore });
  expect((await sessionRow(sessionId)).status).toBe(sessionBefore.status);
  expect(acknowledgedId(retriedAgain)).toBe(acknowledgedId(retried));
  expect(stored.map((row) => row.id)).toEqual([first, firstServed, retried].map(acknowledgedId));
  // The subscriptions opened before the outage carry on, without the refused sends.
  expect(agentSees.events.map((e) => e.messageAdded.clientMessageId)).toEqual(['before-0', 'after-0', 'outage-customer']);
  expect(customerSees.events.map((e) => e.messageAdded.clientMessageId)).toEqual(['before-0', 'after-0', 'outage-customer']);
  expect((await catchUp(url, customer.token, sessionId, null)).map((m) => m.id)).toEqual(stored.map((row) => row.id));
}, 60_000);

/**
 * Holds the next statement that matches `when` on chat_session or message in pg_sleep, so the
 * restart lands in the middle of a request, at a known statement, every time.
 */
async function slowDown(table: 'chat_session' | 'message', event: 'insert' | 'update', when: string): Promise<void> {
  await postgres!.query(`
    create or replace function fault_pause() returns trigger language plpgsql as $$
    begin perform pg_sleep(30); return new; end $$`);
  await postgres!.query(`drop trigger if exists fault_pause on ${table}`);
  await postgres!.query(
    `create trigger fault_pause before ${event} on ${table} for each row when (${when}) execute function fault_pause()`,
  );
}

async function removeSlowDowns(): Promise<void> {
  await postgres!.query('drop function if exists fault_pause() cascade');
}

const pausedInTrigger = async () =>
  (await postgres!.query(`select 1 from pg_stat_activity where wait_event = 'PgSleep' and datname = 'livechat'`)).length > 0;

it('rolls back a send whose transaction is cut by the restart: neither the message nor its session update is stored', async () => {
  const { url, customer, sessionId } = await newConversation('Wati Rollback');
  const before = await sessionRow(sessionId);
  await slowDown('message', 'insert', `new.client_message_id = 'cut-insert'`);

  const cut = send(url, customer.token, sessionId, 'terpotong', 'cut-insert');
  await waitFor(pausedInTrigger, 10_000, 'the send to reach its insert');
  await stopPostgres();
  const answer = await cut;
  await startPostgres();
  await removeSlowDowns();

  expect(answer.result.outcome).toBe('refused');
  expect(await storedMessages(sessionId)).toEqual([]);
  expect(await sessionRow(sessionId)).toEqual(before);
  const retry = await send(url, customer.token, sessionId, 'terpotong', 'cut-insert');
  expect((await storedMessages(sessionId)).map((row) => row.id)).toEqual([acknowledgedId(retry)]);
}, 60_000);

it("leaves no agent reply stored without its session's assignment when the restart cuts the request after the insert", async () => {
  const { url, admin, sessionId } = await newConversation('Agus Partial');
  expect((await sessionRow(sessionId)).status).toBe('WAITING');
  // The agent's first reply stores the message, then assigns the WAITING session to the agent.
  await slowDown('chat_session', 'update', `old.status = 'WAITING' and new.status = 'ACTIVE'`);

  const cut = send(url, admin.token, sessionId, 'balasan pertama', 'first-reply');
  await waitFor(pausedInTrigger, 10_000, 'the reply to reach the assignment');
  await stopPostgres();
  const answer = await cut;
  await startPostgres();
  await removeSlowDowns();
  const storedRightAfter = await storedMessages(sessionId);
  const sessionRightAfter = await sessionRow(sessionId);
  // The agent's client retries what it was not acknowledged, with the same clientMessageId.
  const retry = answer.result.outcome === 'acknowledged' ? answer : await send(url, admin.token, sessionId, 'balasan pertama', 'first-reply');
  const storedAfterRetry = await storedMessages(sessionId);
  const sessionAfterRetry = await sessionRow(sessionId);
  console.log(
    `agent reply cut between insert and assignment: answered ${JSON.stringify(answer.result)}; right after the restart ` +
      `${storedRightAfter.length} message(s) stored with the session ${sessionRightAfter.status}; after the retry ` +
      `${storedAfterRetry.length} message(s), session ${sessionAfterRetry.status}`,
  );

  // All or nothing: refused with nothing stored, or acknowledged with the session assigned.
  const rightAfter = {
    acknowledged: answer.result.outcome === 'acknowledged',
    stored: storedRightAfter.length,
    session: sessionRightAfter.status,
    assignedTo: sessionRightAfter.assigned_admin_id,
  };
  expect([
    { acknowledged: false, stored: 0, session: 'WAITING', assignedTo: null },
    { acknowledged: true, stored: 1, session: 'ACTIVE', assignedTo: admin.id },
  ]).toContainEqual(rightAfter);
  expect(retry.result.outcome).toBe('acknowledged');
  expect(storedAfterRetry.map((row) => row.id)).toEqual([acknowledgedId(retry)]);
  expect(sessionAfterRetry).toMatchObject({ status: 'ACTIVE', assigned_admin_id: admin.id });
}, 60_000);
