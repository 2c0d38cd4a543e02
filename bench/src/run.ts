import type { HolderPool } from './holders/pool';
import { now } from './infra/time';
import { INSPECTOR_FLAG, inspectorUrl } from './infra/inspector';
import { log } from './log';
import { profileUnderLoad, type ProfileSummary } from './profile/profile';
import type { ProfileDigest } from './profile/summarize';
import type { DeskKind } from './help-desk/protocol';
import { measureFanout, type FanoutResult } from './scenarios/fanout';
import { measureHelpDesks, type HelpDeskResult, type HelpDeskStep } from './scenarios/help-desk';
import { measureLatencies, type LatencyResult } from './scenarios/latency';
import { measureMemory, type MemoryResult } from './scenarios/memory';
import { measureRouting, type RoutingResult } from './scenarios/routing';
import { measureSearch, type SearchResult } from './scenarios/search';
import { measureReports, type ReportResult } from './scenarios/reports';
import { measureWebhooks, type WebhookResult } from './scenarios/webhooks';
import { measureThroughput, type ThroughputResult } from './scenarios/throughput';
import type { Settings } from './settings';
import { round } from './stats/summary';
import { ApiTarget } from './targets/api-target';
import { FloorTarget } from './targets/floor-target';
import { launchApi, launchFloor, launchSocketio, type Instance, type Wiring } from './targets/launch';
import { SocketioTarget } from './targets/socketio-target';
import type { Conversation, Target } from './targets/target';

export type Kind = 'api' | 'floor' | 'socketio';
/** The order every figure is taken in; interleaved figures alternate in this order. */
export const KINDS: Kind[] = ['floor', 'socketio', 'api'];

export const LABELS: Record<Kind, string> = { api: 'API', floor: 'floor', socketio: 'Socket.IO' };

export interface Skipped {
  skipped: string;
}

export interface ColdStart {
  /** The run's first start, on a fresh database: includes creating the schema (and seeding, for the API). */
  firstStartMs: number;
  /** Later starts on the existing database, spawn → 200 from /readyz. */
  samplesMs: number[];
  medianMs: number;
}

export interface TargetResults {
  latency: { http?: LatencyResult; ws?: LatencyResult };
  throughput: ThroughputResult[];
  fanout: FanoutResult[];
  memory?: MemoryResult;
  twoInstances?: LatencyResult | Skipped;
  /** The API only: the floor has no queue. */
  routing?: RoutingResult | Skipped;
  /** The API only: the floor has no search. */
  search?: SearchResult;
  /** The API only: the floor has no reports. */
  reports?: ReportResult;
  /** The API only: the floor has no webhooks. */
  webhooks?: WebhookResult;
  coldStart?: ColdStart;
}

export interface Run {
  runId: string;
  results: Record<Kind, TargetResults>;
  errors: { scenario: string; target: Kind; message: string }[];
  profiles: Partial<Record<Kind, ProfileSummary>>;
  /** The help-desk step search, for the API and the Socket.IO design (the floor has no agents). */
  helpDesk?: Partial<Record<DeskKind, HelpDeskResult | { error: string }>> | Skipped;
  setup: {
    database: 'embedded' | 'DATABASE_URL';
    redis: boolean;
    floorPoolSize: number;
    apiPoolSize: string;
  };
}

export interface RunContext {
  settings: Settings;
  holders: HolderPool;
  databaseUrls: Record<Kind, string>;
  redisPrefix: string;
  jwtSecret: string;
  embeddedDatabase: boolean;
  runId: string;
}

const launchers: Record<Kind, (name: string, wiring: Wiring) => Promise<Instance>> = { api: launchApi, floor: launchFloor, socketio: launchSocketio };

export async function runScenarios(context: RunContext): Promise<Run> {
  const { settings, holders, databaseUrls } = context;
  const wiring: Record<Kind, Wiring> = {
    api: {
      databaseUrl: databaseUrls.api,
      redisUrl: settings.redisUrl,
      redisPrefix: `${context.redisPrefix}api:`,
      jwtSecret: context.jwtSecret,
      poolSize: settings.floorPoolSize,
    },
    floor: {
      databaseUrl: databaseUrls.floor,
      redisUrl: settings.redisUrl,
      redisPrefix: `${context.redisPrefix}floor:`,
      jwtSecret: context.jwtSecret,
      poolSize: settings.floorPoolSize,
    },
    socketio: {
      databaseUrl: databaseUrls.socketio,
      redisUrl: settings.redisUrl,
      redisPrefix: `${context.redisPrefix}socketio:`,
      jwtSecret: context.jwtSecret,
      poolSize: settings.floorPoolSize,
    },
  };
  const connect = (kind: Kind, send: Instance, watch: Instance): Promise<Target> =>
    kind === 'api'
      ? ApiTarget.connect(send.base, watch.base, databaseUrls.api)
      : kind === 'socketio'
        ? SocketioTarget.connect(send.base, watch.base, databaseUrls.socketio)
        : Promise.resolve(new FloorTarget(send.base, watch.base, databaseUrls.floor));

  log('starting the floor, the Socket.IO design and the API (NODE_ENV=production, LOG_LEVEL=warn, MESSAGE_RATE_LIMIT=0, WS_MAX_SOCKETS_PER_IP=0)');
  // All open an inspector, only for the memory figure's full GC (see collectGarbage).
  const instances = {} as Record<Kind, Instance>;
  for (const kind of KINDS) instances[kind] = await launchers[kind](`${kind}-a`, { ...wiring[kind], nodeFlags: [INSPECTOR_FLAG] });
  log(`  ready (fresh database): ${KINDS.map((kind) => `${LABELS[kind]} in ${Math.round(instances[kind].readyMs)} ms`).join(', ')}`);
  const targets = {} as Record<Kind, Target>;
  for (const kind of KINDS) targets[kind] = await connect(kind, instances[kind], instances[kind]);

  const run: Run = {
    runId: context.runId,
    results: { api: emptyResults(), floor: emptyResults(), socketio: emptyResults() },
    errors: [],
    profiles: {},
    setup: {
      database: context.embeddedDatabase ? 'embedded' : 'DATABASE_URL',
      redis: Boolean(settings.redisUrl),
      floorPoolSize: settings.floorPoolSize,
      apiPoolSize: process.env.BENCH_API_POOL_SIZE ?? 'the API’s default',
    },
  };

  /** Runs `body` for the floor, the Socket.IO design, then the API; a failure is recorded and the bench goes on. */
  const forEach = async (scenario: string, body: (kind: Kind) => Promise<string>, needsServers = true) => {
    if (!selected(settings, scenario)) return;
    log(`${scenario}`);
    for (const kind of KINDS) {
      const startedAt = now();
      try {
        const { process: server } = instances[kind].child;
        const alive = !needsServers || (server.exitCode === null && server.signalCode === null);
        if (!alive) throw new Error(`${instances[kind].name} is no longer running (see ${instances[kind].child.logFile})`);
        const summary = await body(kind);
        log(`  ${kind.padEnd(8)} ${summary} (${Math.round((now() - startedAt) / 1000)} s)`);
      } catch (error) {
        const message = (error as Error).message;
        run.errors.push({ scenario, target: kind, message });
        log(`  ${kind.padEnd(8)} FAILED: ${message}`);
      }
    }
  };

  /** Runs `body` once for all servers (interleaved inside); a failure is recorded for each. */
  const forAll = async (scenario: string, body: () => Promise<Record<Kind, string>>) => {
    if (!selected(settings, scenario)) return;
    log(`${scenario} (floor, Socket.IO and API interleaved)`);
    const startedAt = now();
    try {
      for (const kind of KINDS) {
        const { process: server } = instances[kind].child;
        if (server.exitCode !== null || server.signalCode !== null) {
          throw new Error(`${instances[kind].name} is no longer running (see ${instances[kind].child.logFile})`);
        }
      }
      const summaries = await body();
      for (const kind of KINDS) log(`  ${kind.padEnd(8)} ${summaries[kind]}`);
      log(`  (${Math.round((now() - startedAt) / 1000)} s)`);
    } catch (error) {
      const message = (error as Error).message;
      for (const kind of KINDS) run.errors.push({ scenario, target: kind, message });
      log(`  FAILED: ${message}`);
    }
  };

  await forEach('memory', async (kind) => {
    const { child } = instances[kind];
    const server = { pid: child.pid, inspectorUrl: await inspectorUrl(child.logFile) };
    const memory = await measureMemory(targets[kind], holders, server, settings.memory);
    run.results[kind].memory = memory;
    return memory.points.map((point) => `${point.sockets} sockets: ${(point.bytesPerSocket / 1024).toFixed(1)} KiB/socket`).join(', ');
  });

  for (const via of ['http', 'ws'] as const) {
    await forAll(`latency-${via}`, async () => {
      const results = await measureLatencies(targets, { via, ...settings.latency, tag: `latency-${via}` });
      for (const kind of KINDS) run.results[kind].latency[via] = results[kind];
      return describeLatencies(results);
    });
  }

  const conversations: Partial<Record<Kind, Conversation[]>> = {};
  for (const senders of settings.throughput.senders) {
    await forEach(`throughput-${senders}`, async (kind) => {
      conversations[kind] ??= await createConversations(targets[kind], Math.max(...settings.throughput.senders));
      const result = await measureThroughput(targets[kind], conversations[kind]!, [instances[kind].child.pid], {
        senders,
        durationMs: settings.throughput.durationMs,
        drainMs: settings.throughput.drainMs,
        tag: `tp${senders}`,
      });
      run.results[kind].throughput.push(result);
      return `${result.perSecond} msg/s, ${result.acknowledged} acknowledged, ${result.lost} lost, ${result.stored} stored, ${result.errors} errors, ${result.cpuMicrosPerMessage} µs server CPU/message`;
    });
  }

  for (const { subscribers, messages } of settings.fanout) {
    await forEach(`fanout-${subscribers}`, async (kind) => {
      const result = await measureFanout(targets[kind], holders, [instances[kind].child.pid], {
        subscribers,
        messages,
        maxMs: settings.fanoutMaxMs,
        tag: `fanout${subscribers}`,
      });
      run.results[kind].fanout.push(result);
      return `${result.cpuMicrosPerDelivery} µs CPU/delivery, last subscriber p50 ${result.completion.p50} ms, ${result.missing} missing`;
    });
  }

  if (selected(settings, 'two-instances')) {
    if (!settings.redisUrl) {
      const skipped = { skipped: 'REDIS_URL is not set: without Redis, events stay in one process, so there is no second instance to reach' };
      for (const kind of KINDS) run.results[kind].twoInstances = skipped;
      log(`two-instances: skipped (${skipped.skipped})`);
    } else {
      await forAll('two-instances', async () => {
        const second: Partial<Record<Kind, Instance>> = {};
        try {
          for (const kind of KINDS) second[kind] = await launchers[kind](`${kind}-b`, wiring[kind]);
          const pair = {} as Record<Kind, Target>;
          for (const kind of KINDS) pair[kind] = await connect(kind, instances[kind], second[kind]!);
          const results = await measureLatencies(pair, { via: 'http', ...settings.twoInstances, tag: 'two-instances' });
          for (const kind of KINDS) run.results[kind].twoInstances = results[kind];
          return describeLatencies(results, 'send on A, receive on B: ');
        } finally {
          await Promise.all(Object.values(second).map((instance) => instance.child.stop()));
        }
      });
    }
  }

  if (selected(settings, 'routing')) await measureRoutingOfApi(run, settings, instances.api, wiring.api, databaseUrls.api);
  if (selected(settings, 'search')) await measureSearchOfApi(run, settings, instances.api, databaseUrls.api);
  if (selected(settings, 'reports')) await measureReportsOfApi(run, settings, instances.api, databaseUrls.api);
  if (selected(settings, 'webhooks')) await measureWebhooksOfApi(run, settings, instances.api);

  await forEach('cold-start', async (kind) => {
    const samplesMs: number[] = [];
    for (let index = 0; index < settings.coldStarts; index += 1) {
      const instance = await launchers[kind](`${kind}-cold-${index}`, wiring[kind]);
      samplesMs.push(round(instance.readyMs, 1));
      await instance.child.stop();
    }
    const sorted = [...samplesMs].sort((a, b) => a - b);
    run.results[kind].coldStart = {
      firstStartMs: round(instances[kind].readyMs, 1),
      samplesMs,
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
    };
    return `spawn → ready /readyz: ${samplesMs.map((ms) => Math.round(ms)).join(', ')} ms`;
  });

  log('stopping the measured servers');
  await Promise.all(KINDS.map((kind) => instances[kind].child.stop()));

  if (selected(settings, 'help-desk')) await measureHelpDesk(run, settings, wiring);

  if (settings.profile) {
    await forEach('profile', async (kind) => {
      const profile = await profileUnderLoad(kind, launchers[kind], wiring[kind], (send, watch) => connect(kind, send, watch), holders, settings);
      run.profiles[kind] = profile;
      const top = (digest: ProfileDigest) => `${digest.topFunctions[0]?.name} ${digest.topFunctions[0]?.percent}%`;
      return `hottest function: send path ${top(profile.send)}, fan-out path ${top(profile.fanout)}`;
    }, false);
  }
  return run;
}

/** AUTO routing on two API instances (a second one is started for it). */
async function measureRoutingOfApi(run: Run, settings: Settings, first: Instance, wiring: Wiring, databaseUrl: string) {
  if (!settings.redisUrl) {
    run.results.api.routing = { skipped: 'REDIS_URL is not set: presence and events of two instances meet in Redis' };
    log(`routing: skipped (${run.results.api.routing.skipped})`);
    return;
  }
  log('routing (the API only: the floor has no queue)');
  const startedAt = now();
  let second: Instance | undefined;
  try {
    second = await launchApi('api-routing-b', wiring);
    const result = await measureRouting([first.base, second.base], databaseUrl, settings.routing);
    run.results.api.routing = result;
    log(
      `  api   ${result.assignedPerSecond} chats assigned/s (${result.chats} chats, ${result.agents} agents on 2 instances; ` +
        `${result.manualStartedPerSecond} started/s in MANUAL), ` +
        `close → next assigned p50 ${result.refill.p50} ms, p99 ${result.refill.p99} ms, ${result.duplicateAssignments} duplicates ` +
        `(${Math.round((now() - startedAt) / 1000)} s)`,
    );
  } catch (error) {
    const message = (error as Error).message;
    run.errors.push({ scenario: 'routing', target: 'api', message });
    log(`  api   FAILED: ${message}`);
  } finally {
    await second?.child.stop();
  }
}

/** Message search over a seeded history, the API only (the floor stores no searchable text). */
async function measureSearchOfApi(run: Run, settings: Settings, api: Instance, databaseUrl: string) {
  const { messages } = settings.search;
  log(`search (the API only: ${messages.toLocaleString('en-US')} messages seeded into its database)`);
  const startedAt = now();
  try {
    const result = await measureSearch(api.base, databaseUrl, settings.search);
    run.results.api.search = result;
    log(
      `  api   seeded ${result.messages.toLocaleString('en-US')} messages in ${result.seedSeconds} s; one at a time p50 ${result.latency.p50} ms, ` +
        `p95 ${result.latency.p95} ms, p99 ${result.latency.p99} ms over ${result.latency.count}; ` +
        `${result.perSecond} searches/s from ${result.concurrency} clients (p50 ${result.loadedLatency.p50} ms), ${result.errors} errors ` +
        `(${Math.round((now() - startedAt) / 1000)} s)`,
    );
  } catch (error) {
    const message = (error as Error).message;
    run.errors.push({ scenario: 'search', target: 'api', message });
    log(`  api   FAILED: ${message}`);
  }
}

/** The help-desk step search on two instances of the API and of the Socket.IO design, interleaved by step. */
async function measureHelpDesk(run: Run, settings: Settings, wiring: Record<Kind, Wiring>) {
  if (!settings.redisUrl) {
    run.helpDesk = { skipped: 'REDIS_URL is not set: the two instances of each target meet in Redis' };
    log(`help-desk: skipped (${run.helpDesk.skipped})`);
    return;
  }
  const { steps, windowMs, clients } = settings.helpDesk;
  log(`help-desk (the API and Socket.IO, 2 instances each, ${clients} client processes each; steps ${steps.join(' / ')} visitors, ${windowMs / 1000} s windows)`);
  const startedAt = now();
  const describe = (step: HelpDeskStep) =>
    `${step.visitors.toLocaleString('en-US')} visitors + ${step.agents} agents: p50 ${step.latency.p50} ms, p95 ${step.latency.p95} ms, p99 ${step.latency.p99} ms, ` +
    `${step.messages.acknowledged} acknowledged, ${step.messages.lost} lost, ${step.messages.duplicates} duplicates, ${step.messages.errors} errors` +
    `${step.deliveryErrors.count ? `, ${step.deliveryErrors.count} deliveries with GraphQL errors (${step.deliveryErrors.first})` : ''}; ` +
    `${step.processes.map((process) => `${process.name} ${process.cores}`).join(', ')} cores; ${step.held ? 'held' : `FAILED: ${step.failures.join('; ')}`}`;
  try {
    run.helpDesk = await measureHelpDesks(
      [
        { kind: 'api', launch: launchApi, wiring: wiring.api },
        { kind: 'socketio', launch: launchSocketio, wiring: wiring.socketio },
      ],
      settings.helpDesk,
      { profile: settings.profile, tag: 'hd' },
      (kind, step) => log(`  ${kind.padEnd(8)} ${describe(step)}`),
    );
    for (const [kind, result] of Object.entries(run.helpDesk)) {
      if ('error' in result) {
        run.errors.push({ scenario: 'help-desk', target: kind as Kind, message: result.error });
        log(`  ${kind.padEnd(8)} FAILED: ${result.error}`);
      } else {
        log(`  ${kind.padEnd(8)} largest N that held: ${result.largestHeld ?? 'none'} (${result.stoppedBecause})`);
      }
    }
  } catch (error) {
    const message = (error as Error).message;
    for (const kind of ['api', 'socketio'] as const) run.errors.push({ scenario: 'help-desk', target: kind, message });
    log(`  FAILED: ${message}`);
  }
  log(`  (${Math.round((now() - startedAt) / 1000)} s)`);
}

/** `report` over a seeded year of chats, the API only (the floor has no reports). */
async function measureReportsOfApi(run: Run, settings: Settings, api: Instance, databaseUrl: string) {
  log(`reports (the API only: ${settings.reports.chats.toLocaleString('en-US')} chats seeded into its database)`);
  const startedAt = now();
  try {
    const result = await measureReports(api.base, databaseUrl, settings.reports);
    run.results.api.reports = result;
    log(
      `  api   seeded ${result.chats.toLocaleString('en-US')} chats (${result.messages.toLocaleString('en-US')} messages) in ${result.seedSeconds} s; ` +
        `a year, every grouping: p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms over ${result.latency.count} ` +
        `(${result.byGrouping.map((figure) => `${figure.groupBy} ${figure.latency.p50}`).join(', ')}); ` +
        `30 days p50 ${result.lastMonth.p50} ms; CSV of the year p50 ${result.csv.p50} ms (${Math.round((now() - startedAt) / 1000)} s)`,
    );
  } catch (error) {
    const message = (error as Error).message;
    run.errors.push({ scenario: 'reports', target: 'api', message });
    log(`  api   FAILED: ${message}`);
  }
}

/** Events per second delivered by webhooks to a receiver on this machine, the API only. */
async function measureWebhooksOfApi(run: Run, settings: Settings, api: Instance) {
  log(`webhooks (the API only: ${settings.webhooks.events} messages, one webhook, a receiver on 127.0.0.1)`);
  try {
    const result = await measureWebhooks(api.base, settings.webhooks);
    run.results.api.webhooks = result;
    log(`  api   ${result.deliveredPerSecond} events/s delivered; send → arrival p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms over ${result.events}`);
  } catch (error) {
    const message = (error as Error).message;
    run.errors.push({ scenario: 'webhooks', target: 'api', message });
    log(`  api   FAILED: ${message}`);
  }
}

/** BENCH_ONLY=latency,fanout-100 picks scenarios by name or by the part before a dash. */
function selected(settings: Settings, scenario: string): boolean {
  if (!settings.only) return true;
  return [...settings.only].some((name) => scenario === name || scenario.startsWith(`${name}-`));
}

function emptyResults(): TargetResults {
  return { latency: {}, throughput: [], fanout: [] };
}

function describeLatencies(results: Record<Kind, LatencyResult>, prefix = ''): Record<Kind, string> {
  const describe = ({ delivery }: LatencyResult) =>
    `${prefix}p50 ${delivery.p50} ms, p95 ${delivery.p95} ms, p99 ${delivery.p99} ms over ${delivery.count}`;
  return { floor: describe(results.floor), socketio: describe(results.socketio), api: describe(results.api) };
}

async function createConversations(target: Target, count: number): Promise<Conversation[]> {
  const conversations: Conversation[] = [];
  for (let index = 0; index < count; index += 1) conversations.push(await target.newConversation());
  return conversations;
}
