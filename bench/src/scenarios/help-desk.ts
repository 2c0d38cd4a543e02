/**
 * The help-desk day: N visitors and N/50 agents on two instances of one target (the API, or the
 * Socket.IO design with its Redis adapter), on one PostgreSQL and Redis. Every visitor has an open
 * chat assigned to one agent and writes once per period; its agent types and answers each message;
 * everyone types twice per message; new visitors start chats at N/600 per second. The load comes
 * from several client processes (help-desk/worker.ts), each reporting its own CPU and event-loop
 * delay. A step search grows N until a step misses p95 ≤ 100 ms, p99 ≤ 250 ms, zero loss and no
 * duplicates over the window, and stops there.
 */
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import type { AgentSpec, ClientResult, DeskCommand, DeskKind, DeskReply, RunSpec } from '../help-desk/protocol';
import { INSPECTOR_FLAG, inspectorUrl, startProfiler } from '../infra/inspector';
import { BENCH_DIR, PROFILE_DIR } from '../infra/paths';
import { cpuSeconds, rssBytes } from '../infra/proc';
import { spawnNode, type Child } from '../infra/processes';
import { now, sleep, withTimeout } from '../infra/time';
import { log } from '../log';
import { summarizeProfile, type ProfileDigest } from '../profile/summarize';
import { round, summarize, type Summary } from '../stats/summary';
import { graphql, SEEDED_ADMIN } from '../targets/api-target';
import { postJson } from '../targets/http-client';
import type { Instance, Wiring } from '../targets/launch';
import { bearer } from '../targets/socketio-target';
import { inParallel } from './routing';

/** The mix's timing is the clients' RunSpec; the rest sizes and bounds the search. */
export interface HelpDeskSettings extends Pick<RunSpec, 'warmupMs' | 'windowMs' | 'drainMs' | 'periodMs' | 'typingLeadMs' | 'replyDelayMs'> {
  /** Visitors per step (multiples of visitorsPerAgent); the search stops at the first step that fails. */
  steps: number[];
  visitorsPerAgent: number;
  /** Client processes generating the load, per target. */
  clients: number;
  /** New chats per second per visitor present (N/600 per second: 1/600). */
  newChatsPerVisitorSecond: number;
  criteria: { p95Ms: number; p99Ms: number };
  /** A bound on one target's whole search, set-up included. */
  maxMs: number;
  setupConcurrency: number;
}

export interface ProcessFigure {
  name: string;
  /** CPU over the window, in cores (CPU seconds / window seconds). */
  cores: number;
  /** Of the CPU of every process listed. */
  percent: number;
  rssBytes: number;
}

export interface ClientFigure {
  name: string;
  cores: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  rssBytes: number;
}

export interface HelpDeskStep {
  visitors: number;
  agents: number;
  held: boolean;
  /** Why it did not hold; empty when it held. */
  failures: string[];
  /** Send → arrival on the other side, both directions together. */
  latency: Summary;
  visitorToAgent: Summary;
  agentToVisitor: Summary;
  messages: { sent: number; acknowledged: number; lost: number; errors: number; warmupLost: number; duplicates: number };
  typingPerSecond: number;
  typingErrors: number;
  newChats: { started: number; errors: number };
  /** Inbox events that reached the agents, per second. */
  inboxEventsPerSecond: number;
  /** Deliveries that carried GraphQL errors (a field of the subscription failed), with the first. */
  deliveryErrors: { count: number; first?: string };
  processes: ProcessFigure[];
  clients: ClientFigure[];
  /** Busy cores of the whole machine over the window (/proc/stat): other work on the box shows here. */
  machineBusyCores: number;
  setupSeconds: number;
  firstError?: string;
  profile?: ProfileDigest & { file: string };
  /** A first attempt of this step during which the whole machine stalled (see Desk.step). */
  stalledAttempt?: { latency: Summary; failures: string[]; clientsMaxDelayMs: number[] };
}

export interface HelpDeskResult {
  target: DeskKind;
  instances: 2;
  clients: number;
  windowSeconds: number;
  criteria: HelpDeskSettings['criteria'];
  steps: HelpDeskStep[];
  /** The largest N that held, or null when the first step failed. */
  largestHeld: number | null;
  firstFailed: number | null;
  stoppedBecause: string;
}

interface DeskServer {
  kind: DeskKind;
  launch: (name: string, wiring: Wiring) => Promise<Instance>;
  wiring: Wiring;
}

/** Loopback addresses per target's clients: the holders use 127.0.0.2–5. */
const FIRST_ADDRESS: Record<DeskKind, number> = { api: 10, socketio: 30 };
const GOLDEN = 0.6180339887498949;
const MACHINE_STALL_MS = 1000;

/**
 * Runs the step search for each target, interleaved step by step: the API's step N, then the
 * Socket.IO design's, so a burst of other work on the box lands on both. Each search stops by
 * itself at its first failing step.
 */
export async function measureHelpDesks(
  servers: DeskServer[],
  settings: HelpDeskSettings,
  options: { profile: boolean; tag: string },
  report: (kind: DeskKind, step: HelpDeskStep) => void,
): Promise<Record<DeskKind, HelpDeskResult | { error: string }>> {
  const desks = new Map<DeskKind, Desk>();
  const results = {} as Record<DeskKind, HelpDeskResult | { error: string }>;
  try {
    for (const server of servers) {
      try {
        desks.set(server.kind, await Desk.open(server, settings, options));
      } catch (error) {
        results[server.kind] = { error: (error as Error).message };
      }
    }
    for (const visitors of settings.steps) {
      for (const [kind, desk] of desks) {
        if (desk.done) continue;
        try {
          const step = await desk.step(visitors);
          if (step) report(kind, step);
        } catch (error) {
          desk.stop(`step ${visitors} failed: ${(error as Error).message}`);
        }
      }
    }
    for (const [kind, desk] of desks) results[kind] = desk.result();
    return results;
  } finally {
    for (const desk of desks.values()) await desk.close();
  }
}

class Desk {
  private readonly steps: HelpDeskStep[] = [];
  private readonly agents: { id: string; token: string }[] = [];
  private visitorCount = 0;
  private stoppedBecause = '';
  private readonly startedAt = now();

  private constructor(
    private readonly kind: DeskKind,
    private readonly settings: HelpDeskSettings,
    private readonly options: { profile: boolean; tag: string },
    private readonly instances: Instance[],
    private readonly clients: Child[],
    private readonly adminToken: string,
    private readonly pool: Pool,
    private readonly redis: Redis | undefined,
  ) {}

  static async open(server: DeskServer, settings: HelpDeskSettings, options: { profile: boolean; tag: string }): Promise<Desk> {
    const instances: Instance[] = [];
    const clients: Child[] = [];
    try {
      instances.push(await server.launch(`${server.kind}-desk-a`, { ...server.wiring, nodeFlags: options.profile ? [INSPECTOR_FLAG] : [] }));
      instances.push(await server.launch(`${server.kind}-desk-b`, server.wiring));
      const bases = instances.map((instance) => instance.base);
      const adminToken =
        server.kind === 'api'
          ? (await graphql<{ login: { token: string } }>(`${bases[0]}/graphql`, LOGIN, SEEDED_ADMIN)).login.token
          : (await postJson<{ token: string }>(`${bases[0]}/api/auth/login`, SEEDED_ADMIN)).token;
      // The routing scenario leaves the API's desk in AUTO; here agents take the new chats themselves.
      if (server.kind === 'api') await graphql(`${bases[0]}/graphql`, SET_ROUTING, { mode: 'MANUAL' }, adminToken);
      for (let index = 0; index < settings.clients; index += 1) {
        const child = spawnNode(`${server.kind}-desk-client-${index}`, path.join(BENCH_DIR, 'src/help-desk/worker.ts'), [], { cwd: BENCH_DIR, ipc: true });
        clients.push(child);
        await ask(child, { cmd: 'setup', kind: server.kind, bases, localAddress: `127.0.0.${FIRST_ADDRESS[server.kind] + index}` }, 'ready', 30_000);
      }
      const pool = new Pool({ connectionString: server.wiring.databaseUrl, max: 2 });
      const redis = server.wiring.redisUrl ? new Redis(server.wiring.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
      return new Desk(server.kind, settings, options, instances, clients, adminToken, pool, redis);
    } catch (error) {
      await Promise.all([...clients, ...instances.map((instance) => instance.child)].map((child) => child.stop()));
      throw error;
    }
  }

  get done(): boolean {
    return this.stoppedBecause !== '';
  }

  stop(reason: string) {
    this.stoppedBecause ||= reason;
  }

  private left(): number {
    return this.settings.maxMs - (now() - this.startedAt);
  }

  /**
   * Grows the desk to `visitors`, runs the mix, and judges the window. A failed window in which
   * every client's event loop stalled for over a second at once (the whole machine paused, which a
   * loaded target does not do to separate, idle client processes) is run once more; the stalled
   * attempt is kept beside the step.
   */
  async step(visitors: number): Promise<HelpDeskStep | undefined> {
    const first = await this.attempt(visitors);
    if (!first || first.held || !first.clients.every((client) => client.eventLoopDelayMs.max > MACHINE_STALL_MS)) return this.keep(first);
    log(`  ${this.kind.padEnd(8)} ${visitors} visitors: every client stalled over ${MACHINE_STALL_MS} ms at once (the machine paused); running the step again`);
    const second = await this.attempt(visitors);
    if (!second) return this.keep(first);
    second.stalledAttempt = { latency: first.latency, failures: first.failures, clientsMaxDelayMs: first.clients.map((client) => client.eventLoopDelayMs.max) };
    return this.keep(second);
  }

  private keep(step: HelpDeskStep | undefined): HelpDeskStep | undefined {
    if (!step) return undefined;
    this.steps.push(step);
    if (!step.held) this.stop(`${step.visitors} visitors did not hold: ${step.failures.join('; ')}`);
    return step;
  }

  private async attempt(visitors: number): Promise<HelpDeskStep | undefined> {
    const { settings } = this;
    const expected = settings.warmupMs + settings.windowMs + settings.drainMs + settings.replyDelayMs;
    if (this.left() < expected) {
      this.stop(`out of time before ${visitors} visitors (the search is bounded to ${Math.round(settings.maxMs / 1000)} s)`);
      return undefined;
    }
    for (const instance of this.instances) {
      if (instance.child.process.exitCode !== null || instance.child.process.signalCode !== null) {
        throw new Error(`${instance.name} is no longer running (see ${instance.child.logFile})`);
      }
    }
    const setupStartedAt = now();
    await this.grow(visitors);
    const setupSeconds = round((now() - setupStartedAt) / 1000, 1);

    const { warmupMs, windowMs, drainMs, periodMs, typingLeadMs, replyDelayMs } = settings;
    const spec: RunSpec = {
      tag: `${this.options.tag}-${visitors}`,
      ...{ warmupMs, windowMs, drainMs, periodMs, typingLeadMs, replyDelayMs },
      newChatsPerSecond: (visitors * settings.newChatsPerVisitorSecond) / this.clients.length,
    };
    const answers = Promise.all(this.clients.map((child) => ask(child, { cmd: 'run', spec }, 'result', expected + 90_000)));
    answers.catch(() => {});
    await sleep(settings.warmupMs);
    const before = await this.sample();
    const profiler = this.options.profile ? await startProfiler(await inspectorUrl(this.instances[0]!.child.logFile)) : undefined;
    await sleep(settings.windowMs);
    const profileFile = path.join(PROFILE_DIR, `${this.kind}-desk-a-${visitors}.cpuprofile`);
    if (profiler) {
      fs.mkdirSync(PROFILE_DIR, { recursive: true });
      await profiler.stop(profileFile);
    }
    const after = await this.sample();
    const results = (await answers).map((reply) => reply.result);

    const step = this.judge(visitors, results, before, after, setupSeconds);
    if (profiler) step.profile = { ...summarizeProfile(profileFile), file: profileFile };
    return step;
  }

  result(): HelpDeskResult {
    const held = this.steps.filter((step) => step.held);
    const failed = this.steps.find((step) => !step.held);
    return {
      target: this.kind,
      instances: 2,
      clients: this.clients.length,
      windowSeconds: this.settings.windowMs / 1000,
      criteria: this.settings.criteria,
      steps: this.steps,
      largestHeld: held.length ? Math.max(...held.map((step) => step.visitors)) : null,
      firstFailed: failed?.visitors ?? null,
      stoppedBecause: this.stoppedBecause || 'every step held',
    };
  }

  async close() {
    await Promise.all(this.clients.map((child) => ask(child, { cmd: 'close' }, 'closed', 30_000).catch(() => {})));
    await Promise.all([...this.clients, ...this.instances.map((instance) => instance.child)].map((child) => child.stop()));
    await this.pool.end();
    this.redis?.disconnect();
  }

  /** New agents (one per visitorsPerAgent visitors), their visitors registered, their chats seeded. */
  private async grow(visitors: number) {
    const { settings } = this;
    const agentsWanted = Math.ceil(visitors / settings.visitorsPerAgent);
    const fresh = await inParallel(Array.from({ length: agentsWanted - this.agents.length }, (_, n) => this.agents.length + n), 4, (n) => this.createAgent(n));
    this.agents.push(...fresh);
    const first = this.visitorCount;
    const registered = await inParallel(Array.from({ length: visitors - first }, (_, n) => first + n), settings.setupConcurrency, (n) => this.registerVisitor(n));
    const owners = registered.map((_, n) => this.agents[Math.floor((first + n) / settings.visitorsPerAgent)]!.id);
    const sessions = await this.seedChats(registered.map((visitor) => visitor.customerId), owners);
    this.visitorCount = visitors;

    const byClient: AgentSpec[][] = this.clients.map(() => []);
    fresh.forEach((agent, index) => {
      const n = this.agents.length - fresh.length + index;
      const chats = registered
        .map((visitor, k) => ({ visitor, k, sessionId: sessions[k]! }))
        .filter(({ k }) => owners[k] === agent.id)
        .map(({ visitor, k, sessionId }) => ({
          sessionId,
          visitorToken: visitor.token,
          instance: (first + k) % 2,
          offsetMs: ((first + k) * GOLDEN * settings.periodMs) % settings.periodMs,
        }));
      byClient[n % this.clients.length]!.push({ id: agent.id, token: agent.token, instance: (n + 1) % 2, chats });
    });
    const grown = await Promise.all(
      this.clients.map((child, index) =>
        ask(child, { cmd: 'grow', agents: byClient[index]!, concurrency: settings.setupConcurrency, timeoutMs: Math.max(30_000, this.left()) }, 'grown', Math.max(30_000, this.left()) + 10_000),
      ),
    );
    const failed = grown.reduce((sum, reply) => sum + reply.failed, 0);
    if (failed) throw new Error(`${failed} visitor or agent connections failed (${grown.find((reply) => reply.error)?.error})`);
  }

  private async createAgent(n: number): Promise<{ id: string; token: string }> {
    const base = this.instances[0]!.base;
    const email = `desk-agent-${n}-${Date.now().toString(36)}@example.com`;
    if (this.kind === 'api') {
      const { createAdmin } = await graphql<{ createAdmin: { id: string } }>(
        `${base}/graphql`,
        CREATE_AGENT,
        { input: { email, name: `Agen ${n}`, password: AGENT_PASSWORD, role: 'AGENT' } },
        this.adminToken,
      );
      // 50 seeded chats and the new ones it takes: the highest limit the API allows.
      await graphql(`${base}/graphql`, SET_LIMIT, { id: createAdmin.id, limit: 100 }, this.adminToken);
      const { login } = await graphql<{ login: { token: string } }>(`${base}/graphql`, LOGIN, { email, password: AGENT_PASSWORD });
      return { id: createAdmin.id, token: login.token };
    }
    const { id } = await postJson<{ id: string }>(`${base}/api/admins`, { email, name: `Agen ${n}`, password: AGENT_PASSWORD, role: 'AGENT' }, bearer(this.adminToken));
    const { token } = await postJson<{ token: string }>(`${base}/api/auth/login`, { email, password: AGENT_PASSWORD });
    return { id, token };
  }

  private async registerVisitor(n: number): Promise<{ customerId: string; token: string }> {
    const base = this.instances[n % 2]!.base;
    const name = `Pengunjung ${n}`;
    if (this.kind === 'api') {
      const { registerCustomer } = await graphql<{ registerCustomer: { token: string; customer: { id: string } } }>(`${base}/graphql`, REGISTER, { input: { name } });
      return { customerId: registerCustomer.customer.id, token: registerCustomer.token };
    }
    const { token, customer } = await postJson<{ token: string; customer: { id: string } }>(`${base}/api/customers`, { name });
    return { customerId: customer.id, token };
  }

  /**
   * The open, assigned chats, seeded by SQL before the window: through the API each would be
   * announced to every agent's inbox, which would make the set-up the load.
   */
  private async seedChats(customerIds: string[], adminIds: string[]): Promise<string[]> {
    const sql =
      this.kind === 'api'
        ? `insert into chat_session (id, customer_id, assigned_admin_id, status, created_at, queued_at, first_assigned_at)
           select gen_random_uuid(), c, a, 'ACTIVE', now(), now(), now() from unnest($1::uuid[], $2::uuid[]) with ordinality as t(c, a, n) order by n
           returning id`
        : `insert into chat_session (id, customer_id, assigned_admin_id, status)
           select gen_random_uuid(), c, a, 'ACTIVE' from unnest($1::uuid[], $2::uuid[]) with ordinality as t(c, a, n) order by n
           returning id`;
    const ids: string[] = [];
    // One statement per thousand: `returning` keeps the insert's order, which is the arrays' order.
    for (let start = 0; start < customerIds.length; start += 1000) {
      const { rows } = await this.pool.query<{ id: string }>(sql, [customerIds.slice(start, start + 1000), adminIds.slice(start, start + 1000)]);
      ids.push(...rows.map((row) => row.id));
    }
    return ids;
  }

  /** CPU and RSS of every process on the path: both instances, the database's backends, Redis. */
  private async sample(): Promise<Sample> {
    const { rows } = await this.pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    const backends = rows.map((row) => row.pid);
    let redis: Sample['redis'];
    if (this.redis) {
      const info = await this.redis.info();
      const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
      redis = { cpuSeconds: field('used_cpu_user') + field('used_cpu_sys'), rssBytes: field('used_memory_rss') };
    }
    return {
      at: now(),
      instances: this.instances.map((instance) => ({ cpu: cpuSeconds([instance.child.pid]), rss: rssBytes(instance.child.pid) })),
      backends: new Map(backends.map((pid) => [pid, { cpu: cpuSeconds([pid]), rss: rssBytes(pid) }])),
      redis,
      machineBusy: machineBusySeconds(),
    };
  }

  private judge(visitors: number, results: ClientResult[], before: Sample, after: Sample, setupSeconds: number): HelpDeskStep {
    const { settings } = this;
    const seconds = (after.at - before.at) / 1000;
    const sum = (pick: (result: ClientResult) => number) => results.reduce((total, result) => total + pick(result), 0);
    const toAgent = results.flatMap((result) => result.visitorToAgent.latencies);
    const toVisitor = results.flatMap((result) => result.agentToVisitor.latencies);
    const latency = summarize([...toAgent, ...toVisitor]);
    const messages = {
      sent: sum((r) => r.visitorToAgent.sent + r.agentToVisitor.sent),
      acknowledged: sum((r) => r.visitorToAgent.acknowledged + r.agentToVisitor.acknowledged),
      lost: sum((r) => r.visitorToAgent.lost + r.agentToVisitor.lost),
      errors: sum((r) => r.visitorToAgent.errors + r.agentToVisitor.errors),
      warmupLost: sum((r) => r.warmupLost),
      duplicates: sum((r) => r.duplicates),
    };

    const processes: Omit<ProcessFigure, 'percent'>[] = this.instances.map((instance, index) => ({
      name: instance.name,
      cores: round((after.instances[index]!.cpu - before.instances[index]!.cpu) / seconds),
      rssBytes: after.instances[index]!.rss,
    }));
    let backendCpu = 0;
    let backendRss = 0;
    for (const [pid, end] of after.backends) {
      const start = before.backends.get(pid);
      if (start) backendCpu += end.cpu - start.cpu;
      backendRss += end.rss;
    }
    processes.push({ name: `postgres (${after.backends.size} backends)`, cores: round(backendCpu / seconds), rssBytes: backendRss });
    if (before.redis && after.redis) {
      processes.push({ name: 'redis (the whole server)', cores: round((after.redis.cpuSeconds - before.redis.cpuSeconds) / seconds), rssBytes: after.redis.rssBytes });
    }
    const clients: ClientFigure[] = results.map((result, index) => ({
      name: this.clients[index]!.name,
      cores: round(result.cpuSeconds / (settings.windowMs / 1000)),
      eventLoopDelayMs: result.eventLoopDelayMs,
      rssBytes: result.rssBytes,
    }));
    processes.push({ name: `clients (${clients.length} processes)`, cores: round(clients.reduce((total, client) => total + client.cores, 0)), rssBytes: clients.reduce((total, client) => total + client.rssBytes, 0) });
    const totalCores = processes.reduce((total, process) => total + process.cores, 0) || 1;

    const failures: string[] = [];
    if (!latency.count) failures.push('nothing arrived in the window');
    if (latency.p95 > settings.criteria.p95Ms) failures.push(`p95 ${latency.p95} ms > ${settings.criteria.p95Ms} ms`);
    if (latency.p99 > settings.criteria.p99Ms) failures.push(`p99 ${latency.p99} ms > ${settings.criteria.p99Ms} ms`);
    if (messages.lost) failures.push(`${messages.lost} acknowledged messages never arrived`);
    if (messages.warmupLost) failures.push(`${messages.warmupLost} lost in the warm-up`);
    if (messages.duplicates) failures.push(`${messages.duplicates} duplicates`);
    if (messages.errors) failures.push(`${messages.errors} sends failed`);
    return {
      visitors,
      agents: Math.ceil(visitors / settings.visitorsPerAgent),
      held: failures.length === 0,
      failures,
      latency,
      visitorToAgent: summarize(toAgent),
      agentToVisitor: summarize(toVisitor),
      messages,
      typingPerSecond: round(sum((r) => r.typing.sent) / ((settings.warmupMs + settings.windowMs) / 1000), 1),
      typingErrors: sum((r) => r.typing.errors),
      newChats: { started: sum((r) => r.newChats.started), errors: sum((r) => r.newChats.errors) },
      inboxEventsPerSecond: round(sum((r) => r.inboxEvents) / (settings.windowMs / 1000), 1),
      deliveryErrors: { count: sum((r) => r.deliveryErrors.count), first: results.find((r) => r.deliveryErrors.first)?.deliveryErrors.first },
      processes: processes.map((process) => ({ ...process, percent: round((100 * process.cores) / totalCores, 1) })),
      clients,
      machineBusyCores: round((after.machineBusy - before.machineBusy) / seconds),
      setupSeconds,
      firstError: results.find((result) => result.firstError)?.firstError,
    };
  }
}

interface Sample {
  at: number;
  instances: { cpu: number; rss: number }[];
  backends: Map<number, { cpu: number; rss: number }>;
  redis?: { cpuSeconds: number; rssBytes: number };
  machineBusy: number;
}

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_AGENT = 'mutation CreateAdmin($input: CreateAdminInput!) { createAdmin(input: $input) { id } }';
const SET_ROUTING = 'mutation SetRouting($mode: RoutingMode!) { updateSettings(input: { routingMode: $mode }) { routingMode } }';
const SET_LIMIT = 'mutation SetLimit($id: ID!, $limit: Int) { updateAdmin(id: $id, input: { maxConcurrentChats: $limit }) { id } }';
const REGISTER = 'mutation RegisterCustomer($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token customer { id } } }';
const AGENT_PASSWORD = 'bench-desk-agent-password-1';

/** Busy CPU seconds of the whole machine so far (every mode but idle and iowait), from /proc/stat. */
function machineBusySeconds(): number {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return (total - fields[3]! - fields[4]!) / 100;
}

function ask<E extends DeskReply['evt']>(child: Child, command: DeskCommand, expect: E, timeoutMs: number): Promise<Extract<DeskReply, { evt: E }>> {
  const answer = new Promise<Extract<DeskReply, { evt: E }>>((resolve, reject) => {
    const onMessage = (reply: DeskReply) => {
      if (reply.evt !== expect && reply.evt !== 'failed') return;
      child.process.off('message', onMessage);
      if (reply.evt === 'failed') reject(new Error(`${child.name}: ${reply.error}`));
      else resolve(reply as Extract<DeskReply, { evt: E }>);
    };
    child.process.on('message', onMessage);
    void child.exited.then((code) => reject(new Error(`${child.name} exited (${code})`)));
  });
  child.process.send(command);
  return withTimeout(answer, timeoutMs, `${child.name} ${command.cmd}`);
}
