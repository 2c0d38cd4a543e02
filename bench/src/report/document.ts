import { execFileSync } from 'node:child_process';
import { machine } from '../infra/proc';
import { REPO_DIR } from '../infra/paths';
import { KINDS, type Kind, type Run, type TargetResults } from '../run';
import type { LatencyResult } from '../scenarios/latency';
import type { Settings } from '../settings';
import { histogram, round, type Histogram } from '../stats/summary';

export interface Goal {
  name: string;
  /** The API's figure over the other side's, in the same run. */
  ratio: number | null;
  goal: string;
  met: boolean | null;
  versus: 'floor' | 'socketio';
}

/**
 * latest.json: every figure, the floor's under `baseline` and the Socket.IO design's under
 * `socketio`, the ratios API/floor (`ratios`) and API/Socket.IO (`ratiosToSocketio`), and the goals.
 */
export function buildDocument(run: Run, settings: Settings, runSeconds: number, startedAt: Date) {
  const ratios = computeRatios(run.results.api, run.results.floor);
  const ratiosToSocketio = computeRatios(run.results.api, run.results.socketio);
  return {
    generatedAt: startedAt.toISOString(),
    quick: settings.quick,
    runSeconds: Math.round(runSeconds),
    machine: { ...machine(), fileDescriptorLimit: fdLimit() },
    commit: commitInfo(),
    setup: {
      ...run.setup,
      apiEnv: { NODE_ENV: 'production', LOG_LEVEL: 'warn', MESSAGE_RATE_LIMIT: '0', WS_MAX_SOCKETS_PER_IP: '0', SESSION_RATE_LIMIT: '0', TRUSTED_DOCUMENTS: 'off' },
      cpuMeasuredFor: 'the node server process only (not PostgreSQL, not Redis, not the bench clients), utime+stime from /proc/<pid>/stat',
      memoryMeasuredFor:
        'RSS of the node server process from /proc/<pid>/statm, after a full GC in it (inspector HeapProfiler.collectGarbage); (RSS with N sockets − RSS before) / N',
      latency: settings.latency,
      throughput: settings.throughput,
      fanout: settings.fanout,
      memory: settings.memory,
      twoInstances: settings.twoInstances,
      coldStarts: settings.coldStarts,
      routing: settings.routing,
      search: settings.search,
      reports: settings.reports,
      webhooks: settings.webhooks,
    },
    api: figures(run.results.api),
    baseline: figures(run.results.floor),
    socketio: figures(run.results.socketio),
    ratios,
    ratiosToSocketio,
    goals: [...goals(run.results.api, ratios), ...socketioGoals(run.results, ratiosToSocketio), ...helpDeskGoals(run)],
    helpDesk: run.helpDesk,
    histograms: histograms(run.results),
    profiles: run.profiles,
    errors: run.errors,
  };
}

export type BenchDocument = ReturnType<typeof buildDocument>;

/** The results without the raw latency samples (the histograms carry their shape). */
function figures(results: TargetResults) {
  const strip = (result?: LatencyResult) => result && { ...result, raw: undefined };
  const two = results.twoInstances;
  return {
    ...results,
    latency: { http: strip(results.latency.http), ws: strip(results.latency.ws) },
    twoInstances: two && 'raw' in two ? strip(two) : two,
  };
}

const ratio = (api: number | undefined, floor: number | undefined) =>
  api === undefined || floor === undefined || !Number.isFinite(api) || !Number.isFinite(floor) || floor === 0 ? null : round(api / floor, 2);

export function computeRatios(api: TargetResults, floor: TargetResults): Record<string, number | null> {
  const ratios: Record<string, number | null> = {};
  for (const via of ['http', 'ws'] as const) {
    for (const q of ['p50', 'p95', 'p99'] as const) {
      ratios[`latency.${via}.${q}`] = ratio(api.latency[via]?.delivery[q], floor.latency[via]?.delivery[q]);
    }
  }
  for (const result of api.throughput) {
    const base = floor.throughput.find((entry) => entry.senders === result.senders);
    ratios[`throughput.${result.senders}`] = ratio(result.perSecond, base?.perSecond);
    ratios[`throughput.${result.senders}.cpuPerMessage`] = ratio(result.cpuMicrosPerMessage, base?.cpuMicrosPerMessage);
  }
  for (const result of api.fanout) {
    const base = floor.fanout.find((entry) => entry.subscribers === result.subscribers);
    ratios[`fanout.${result.subscribers}.cpuPerDelivery`] = ratio(result.cpuMicrosPerDelivery, base?.cpuMicrosPerDelivery);
    ratios[`fanout.${result.subscribers}.lastSubscriberP50`] = ratio(result.completion.p50, base?.completion.p50);
  }
  for (const point of api.memory?.points ?? []) {
    const base = floor.memory?.points.find((entry) => entry.sockets === point.sockets);
    ratios[`memory.${point.sockets}.bytesPerSocket`] = ratio(point.bytesPerSocket, base?.bytesPerSocket);
  }
  const two = (results: TargetResults) => (results.twoInstances && 'delivery' in results.twoInstances ? results.twoInstances.delivery : undefined);
  for (const q of ['p50', 'p95', 'p99'] as const) ratios[`twoInstances.${q}`] = ratio(two(api)?.[q], two(floor)?.[q]);
  ratios['coldStart.median'] = ratio(api.coldStart?.medianMs, floor.coldStart?.medianMs);
  return ratios;
}

/** The four targets, as ratios to the floor in the same run. */
function goals(api: TargetResults, ratios: Record<string, number | null>): Goal[] {
  const pick = (prefix: string, suffix = '') =>
    Object.entries(ratios)
      .filter(([key, value]) => key.startsWith(prefix) && key.endsWith(suffix) && value !== null)
      .map(([, value]) => value as number);
  const worst = (values: number[], direction: 'max' | 'min') => (values.length ? Math[direction](...values) : null);
  const atMost = (value: number | null, limit: number) => (value === null ? null : value <= limit);
  const throughput = worst(
    Object.entries(ratios)
      .filter(([key, value]) => /^throughput\.\d+$/.test(key) && value !== null)
      .map(([, value]) => value as number),
    'min',
  );
  const lost = api.throughput.reduce((sum, result) => sum + result.lost, 0);
  const cpu = worst(pick('fanout.', '.cpuPerDelivery'), 'max');
  const memory = worst(pick('memory.'), 'max');
  return [
    { name: 'p50 latency, send over HTTP', ratio: ratios['latency.http.p50'] ?? null, goal: '≤ 2×', met: atMost(ratios['latency.http.p50'] ?? null, 2), versus: 'floor' },
    { name: 'p50 latency, send over the WebSocket', ratio: ratios['latency.ws.p50'] ?? null, goal: '≤ 2×', met: atMost(ratios['latency.ws.p50'] ?? null, 2), versus: 'floor' },
    {
      name: `throughput, lowest of ${api.throughput.map((result) => result.senders).join('/')} senders, zero loss (API lost ${lost})`,
      ratio: throughput,
      goal: '≥ 0.5×',
      met: throughput === null ? null : throughput >= 0.5 && lost === 0,
      versus: 'floor',
    },
    { name: 'CPU per delivery, highest of the subscriber counts', ratio: cpu, goal: '≤ 2×', met: atMost(cpu, 2), versus: 'floor' },
    { name: 'memory per idle socket, highest of the socket counts', ratio: memory, goal: '≤ 2×', met: atMost(memory, 2), versus: 'floor' },
  ];
}

/**
 * "Ahead of Socket.IO on every figure": each figure the issue names, API/Socket.IO in the same
 * run, met when the API is strictly better (lower time, CPU and memory; more messages per second).
 */
function socketioGoals(results: Record<Kind, TargetResults>, ratios: Record<string, number | null>): Goal[] {
  const values = (pattern: RegExp) =>
    Object.entries(ratios)
      .filter(([key, value]) => pattern.test(key) && value !== null)
      .map(([, value]) => value as number);
  const highest = (pattern: RegExp) => (values(pattern).length ? Math.max(...values(pattern)) : null);
  const lowest = (pattern: RegExp) => (values(pattern).length ? Math.min(...values(pattern)) : null);
  const below = (name: string, value: number | null): Goal => ({ name, ratio: value, goal: '< 1×', met: value === null ? null : value < 1, versus: 'socketio' });
  const lost = results.api.throughput.reduce((sum, result) => sum + result.lost, 0);
  const throughput = lowest(/^throughput\.\d+$/);
  const goals: Goal[] = [
    below('p50 latency, send over HTTP', ratios['latency.http.p50'] ?? null),
    below('p99 latency, send over HTTP', ratios['latency.http.p99'] ?? null),
    below('p50 latency, send over the WebSocket', ratios['latency.ws.p50'] ?? null),
    below('p99 latency, send over the WebSocket', ratios['latency.ws.p99'] ?? null),
    {
      name: `throughput, lowest of the sender counts, zero loss (API lost ${lost})`,
      ratio: throughput,
      goal: '> 1×',
      met: throughput === null ? null : throughput > 1 && lost === 0,
      versus: 'socketio',
    },
    below('send path CPU per stored message, highest of the sender counts', highest(/^throughput\.\d+\.cpuPerMessage$/)),
    below('CPU per delivery, highest of the subscriber counts', highest(/^fanout\.\d+\.cpuPerDelivery$/)),
    below('memory per idle socket, highest of the socket counts', highest(/^memory\./)),
    below('two instances, p50 latency', ratios['twoInstances.p50'] ?? null),
    below('two instances, p99 latency', ratios['twoInstances.p99'] ?? null),
  ];
  return goals;
}

/**
 * The help desk against Socket.IO: ahead when the API held a larger N, or the same N at a lower
 * p95 (a run whose steps all held on both sides compares there).
 */
function helpDeskGoals(run: Run): Goal[] {
  const desk = run.helpDesk && !('skipped' in run.helpDesk) ? run.helpDesk : undefined;
  const api = desk?.api && 'steps' in desk.api ? desk.api : undefined;
  const socketio = desk?.socketio && 'steps' in desk.socketio ? desk.socketio : undefined;
  if (!desk) return [];
  const name = 'help desk: largest N that held on two instances';
  if (!api || !socketio) return [{ name, ratio: null, goal: '> 1×, or the same N at a lower p95', met: null, versus: 'socketio' }];
  const apiN = api.largestHeld ?? 0;
  const socketioN = socketio.largestHeld ?? 0;
  const p95At = (result: typeof api, visitors: number) => result.steps.find((step) => step.visitors === visitors)?.latency.p95 ?? Infinity;
  const met = apiN > socketioN || (apiN === socketioN && apiN > 0 && p95At(api, apiN) < p95At(socketio, apiN));
  return [{ name, ratio: socketioN ? round(apiN / socketioN, 2) : null, goal: '> 1×, or the same N at a lower p95', met, versus: 'socketio' }];
}

/** One set of bins per latency figure, shared by every target so they overlay. */
function histograms(results: Record<Kind, TargetResults>) {
  const series: Record<string, (results: TargetResults) => LatencyResult | undefined> = {
    'send over HTTP → receive': (r) => r.latency.http,
    'send over the WebSocket → receive': (r) => r.latency.ws,
    'two instances: send on A → receive on B': (r) => (r.twoInstances && 'raw' in r.twoInstances ? r.twoInstances : undefined),
  };
  const out: Record<string, { bins: Partial<Record<Kind, Histogram>>; p50: Partial<Record<Kind, number>>; upper: number; binWidth: number }> = {};
  for (const [name, get] of Object.entries(series)) {
    const measured = KINDS.filter((kind) => get(results[kind])?.raw.length);
    if (!measured.includes('api') || measured.length < 2) continue;
    // Up to the slowest side's p95 and a half: the body of every shape, with the tail in the last bin.
    const upper = niceUpper(Math.max(...measured.map((kind) => get(results[kind])!.delivery.p95)) * 1.5);
    const entry: (typeof out)[string] = { bins: {}, p50: {}, upper, binWidth: upper / 40 };
    for (const kind of measured) {
      entry.bins[kind] = histogram(get(results[kind])!.raw, upper);
      entry.p50[kind] = get(results[kind])!.delivery.p50;
    }
    out[name] = entry;
  }
  return out;
}

function niceUpper(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= value)!;
  return step * magnitude;
}

function commitInfo() {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: REPO_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    sha: git('rev-parse', 'HEAD') || 'unknown',
    subject: git('log', '-1', '--format=%s'),
    /** The API measured is the working tree: uncommitted changes under api/ are part of the figures. */
    uncommittedApiChanges: git('status', '--porcelain', '--', 'api') !== '',
  };
}

function fdLimit(): number | null {
  try {
    return Number(execFileSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}
