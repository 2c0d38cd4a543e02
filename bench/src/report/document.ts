import { execFileSync } from 'node:child_process';
import { machine } from '../infra/proc';
import { REPO_DIR } from '../infra/paths';
import type { Kind, Run, Skipped, TargetResults } from '../run';
import type { LatencyResult } from '../scenarios/latency';
import type { Settings } from '../settings';
import { histogram, round, type Histogram } from '../stats/summary';

export interface Goal {
  name: string;
  ratio: number | null;
  goal: string;
  met: boolean | null;
}

/** latest.json: every figure, the floor's under `baseline`, the ratios API/floor, and the goals. */
export function buildDocument(run: Run, settings: Settings, runSeconds: number, startedAt: Date) {
  const ratios = computeRatios(run.results.api, run.results.floor);
  return {
    generatedAt: startedAt.toISOString(),
    quick: settings.quick,
    runSeconds: Math.round(runSeconds),
    machine: { ...machine(), fileDescriptorLimit: fdLimit() },
    commit: commitInfo(),
    setup: {
      ...run.setup,
      apiEnv: { NODE_ENV: 'production', LOG_LEVEL: 'warn', MESSAGE_RATE_LIMIT: '0', WS_MAX_SOCKETS_PER_IP: '0', SESSION_RATE_LIMIT: '0' },
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
    },
    api: figures(run.results.api),
    baseline: figures(run.results.floor),
    ratios,
    goals: goals(run.results.api, ratios),
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
    { name: 'p50 latency, send over HTTP', ratio: ratios['latency.http.p50'] ?? null, goal: '≤ 2×', met: atMost(ratios['latency.http.p50'] ?? null, 2) },
    { name: 'p50 latency, send over the WebSocket', ratio: ratios['latency.ws.p50'] ?? null, goal: '≤ 2×', met: atMost(ratios['latency.ws.p50'] ?? null, 2) },
    {
      name: `throughput, lowest of ${api.throughput.map((result) => result.senders).join('/')} senders, zero loss (API lost ${lost})`,
      ratio: throughput,
      goal: '≥ 0.5×',
      met: throughput === null ? null : throughput >= 0.5 && lost === 0,
    },
    { name: 'CPU per delivery, highest of the subscriber counts', ratio: cpu, goal: '≤ 2×', met: atMost(cpu, 2) },
    { name: 'memory per idle socket, highest of the socket counts', ratio: memory, goal: '≤ 2×', met: atMost(memory, 2) },
  ];
}

/** One set of bins per latency figure, shared by the API and the floor so they overlay. */
function histograms(results: Record<Kind, TargetResults>) {
  const series: Record<string, (results: TargetResults) => LatencyResult | undefined> = {
    'send over HTTP → receive': (r) => r.latency.http,
    'send over the WebSocket → receive': (r) => r.latency.ws,
    'two instances: send on A → receive on B': (r) => (r.twoInstances && 'raw' in r.twoInstances ? r.twoInstances : undefined),
  };
  const out: Record<string, { api: Histogram; floor: Histogram; api_p50: number; floor_p50: number }> = {};
  for (const [name, get] of Object.entries(series)) {
    const api = get(results.api);
    const floor = get(results.floor);
    if (!api?.raw.length || !floor?.raw.length) continue;
    // Up to the slower side's p95 and a half: the body of both shapes, with the tail in the last bin.
    const upper = niceUpper(Math.max(api.delivery.p95, floor.delivery.p95) * 1.5);
    out[name] = { api: histogram(api.raw, upper), floor: histogram(floor.raw, upper), api_p50: api.delivery.p50, floor_p50: floor.delivery.p50 };
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
