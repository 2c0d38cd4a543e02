import { ROUTING_SWEEP_JOB } from '../src/modules/queue/routing-sweep';
import { loginAdmin, type Actor } from './support/actors';
import { waitForValue } from './support/live';
import { createQueueAgent, createTeam, queuedChat, setRouting, startQueuedChat } from './support/queue';
import {
  connectSocket,
  metricValue,
  startTestApp,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  useTestApp,
  type SocketClient,
  type TestApp,
} from './support/test-app';

const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix(), ROUTING_SWEEP_CRON: '0 0 1 1 *' }; // no tick during the test: each run is one it queued
const handle = useTestApp(env);
const url = () => handle.app.httpUrl;

const sockets: SocketClient[] = [];
let second: TestApp | undefined;
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await second?.close();
});

let admin: Actor;
let agent: Actor;
let team: string;
beforeAll(async () => {
  admin = await loginAdmin(url());
  await setRouting(url(), admin, { routingMode: 'AUTO' });
  team = await createTeam(url(), admin, 'NIB');
  agent = await createQueueAgent(url(), admin, 'sapu@example.com', { limit: 1, teamIds: [team] });
  const socket = connectSocket(handle.app.wsUrl, agent.token);
  sockets.push(socket);
  await socket.connected;
  await waitForValue(() => handle.app.deps.presence.isOnline(agent.id), true);
});

/** Plain SQL, as an operator (or another instance's half-done change) would leave the tables. */
const sql = <Row extends Record<string, unknown>>(text: string, values: unknown[]) =>
  handle.app.deps.orm.em.getConnection().execute<Row[]>(text, values);
const assigneeOf = async (id: string) => (await queuedChat(url(), admin.token, id)).assignedAdmin?.id ?? null;
const sweepJobsIn = async (states: string[]) =>
  Number((await sql<{ count: string }>(`select count(*) from pgboss.job where name = ? and state in (?)`, [ROUTING_SWEEP_JOB, states]))[0].count);
const sweepsNotDone = () => sweepJobsIn(['created', 'retry', 'active']);
const sweepsDone = () => sweepJobsIn(['completed', 'failed']);
// Other jobs (the webhooks' outbox) run beside the sweep: only the sweep's runs count here.
const sweepRuns = (app: TestApp) => metricValue(app.httpUrl, 'livechat_jobs_total', { job: ROUTING_SWEEP_JOB });

/**
 * A chat routed to the agent, then put back in its queue behind the API's back: what an instance
 * that died between a hand-back's commit and its routing leaves, a waiting chat beside a free slot.
 */
async function chatLeftWaiting(): Promise<string> {
  const chat = await startQueuedChat(url(), team);
  expect(await waitForValue(() => assigneeOf(chat.id), agent.id)).toBe(agent.id);
  await sql(`update chat_session set status = 'WAITING', assigned_admin_id = null where id = ?`, [chat.id]);
  expect(await assigneeOf(chat.id)).toBeNull();
  return chat.id;
}

describe('the routing sweep', () => {
  it('is scheduled in PostgreSQL with ROUTING_SWEEP_CRON', async () => {
    const rows = await sql<{ cron: string; timezone: string }>(`select cron, timezone from pgboss.schedule where name = ?`, [ROUTING_SWEEP_JOB]);
    expect(rows).toEqual([{ cron: '0 0 1 1 *', timezone: 'UTC' }]);
  });

  it('in AUTO mode assigns a chat that no change routed to the ONLINE agent with a free slot', async () => {
    const chatId = await chatLeftWaiting();
    await handle.app.deps.jobs.runNow(ROUTING_SWEEP_JOB);
    expect(await waitForValue(() => assigneeOf(chatId), agent.id, 15_000)).toBe(agent.id);
    await sql(`update chat_session set status = 'CLOSED', closed_at = now() where id = ?`, [chatId]);
  });

  it('in MANUAL mode runs and assigns nothing', async () => {
    const chatId = await chatLeftWaiting();
    await setRouting(url(), admin, { routingMode: 'MANUAL' });
    const runsBefore = await sweepRuns(handle.app);
    await handle.app.deps.jobs.runNow(ROUTING_SWEEP_JOB);
    // The run is counted once it has finished: only then is the chat looked at.
    expect(await waitForValue(() => sweepRuns(handle.app), runsBefore + 1, 15_000)).toBe(runsBefore + 1);
    expect(await assigneeOf(chatId)).toBeNull();
    await setRouting(url(), admin, { routingMode: 'AUTO' });
    await sql(`update chat_session set status = 'CLOSED', closed_at = now() where id = ?`, [chatId]);
  });

  it('runs each queued sweep once, on whichever instance takes it', async () => {
    second = await startTestApp(handle.db.url, env);
    const chatId = await chatLeftWaiting();
    await second.deps.jobs.runNow(ROUTING_SWEEP_JOB);
    expect(await waitForValue(() => assigneeOf(chatId), agent.id, 15_000)).toBe(agent.id);
    await handle.app.deps.jobs.runNow(ROUTING_SWEEP_JOB);
    expect(await waitForValue(() => sweepsNotDone(), 0, 15_000)).toBe(0);
    const runs = (await sweepRuns(handle.app)) + (await sweepRuns(second));
    expect(runs).toBe(await sweepsDone());
    expect(runs).toBeGreaterThanOrEqual(4);
  });
});
