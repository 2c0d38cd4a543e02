import type { HelpDeskSettings } from './scenarios/help-desk';
import type { RoutingSettings } from './scenarios/routing';
import type { SearchSettings } from './scenarios/search';
import type { ReportSettings } from './scenarios/reports';
import type { WebhookSettings } from './scenarios/webhooks';

/** What the run measures, and how much of it: BENCH_QUICK=1 checks the harness in a minute. */
export interface Settings {
  quick: boolean;
  databaseUrl?: string;
  redisUrl?: string;
  /** BENCH_PROFILE=1: also take CPU profiles of the API and the floor under load. */
  profile: boolean;
  /** BENCH_ONLY=latency,throughput,…: run only these scenarios (for development). */
  only?: Set<string>;
  floorPoolSize: number;
  holderProcesses: number;
  latency: { warmup: number; samples: number; maxMs: number };
  throughput: { senders: number[]; durationMs: number; drainMs: number };
  fanout: { subscribers: number; messages: number }[];
  fanoutMaxMs: number;
  memory: { steps: number[] };
  twoInstances: { warmup: number; samples: number; maxMs: number };
  coldStarts: number;
  routing: RoutingSettings;
  search: SearchSettings;
  reports: ReportSettings;
  webhooks: WebhookSettings;
  helpDesk: HelpDeskSettings;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const quick = ['1', 'true', 'yes'].includes(env.BENCH_QUICK ?? '');
  const only = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((name) => name.trim())) : undefined;
  return {
    quick,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    profile: ['1', 'true', 'yes'].includes(env.BENCH_PROFILE ?? ''),
    only,
    floorPoolSize: 20, // the API's DATABASE_POOL_SIZE default
    holderProcesses: quick ? 2 : 4,
    latency: quick ? { warmup: 20, samples: 100, maxMs: 30_000 } : { warmup: 200, samples: 1000, maxMs: 60_000 },
    throughput: { senders: [1, 4, 16, 64], durationMs: quick ? 1000 : 5000, drainMs: 15_000 },
    fanout: quick
      ? [
          { subscribers: 100, messages: 20 },
          { subscribers: 1000, messages: 10 },
        ]
      : [
          { subscribers: 100, messages: 300 },
          { subscribers: 1000, messages: 100 },
        ],
    fanoutMaxMs: quick ? 30_000 : 60_000,
    memory: { steps: quick ? [100, 500] : [1000, 10_000] },
    twoInstances: quick ? { warmup: 10, samples: 100, maxMs: 30_000 } : { warmup: 100, samples: 1000, maxMs: 60_000 },
    coldStarts: quick ? 1 : 3,
    routing: quick
      ? { agents: 50, limit: 2, backlog: 50, closes: 50, concurrency: 16, maxMs: 60_000 }
      : { agents: 50, limit: 10, backlog: 200, closes: 200, concurrency: 32, maxMs: 180_000 },
    search: quick
      ? { messages: 10_000, messagesPerChat: 50, warmup: 12, samples: 60, concurrency: 4, durationMs: 2000, maxMs: 60_000 }
      : { messages: 100_000, messagesPerChat: 50, warmup: 12, samples: 240, concurrency: 4, durationMs: 5000, maxMs: 110_000 },
    reports: quick
      ? { chats: 10_000, messagesPerChat: 6, agents: 20, warmup: 4, samples: 20, maxMs: 60_000 }
      : { chats: 100_000, messagesPerChat: 6, agents: 20, warmup: 8, samples: 80, maxMs: 150_000 },
    webhooks: quick ? { events: 200, concurrency: 8, maxMs: 60_000 } : { events: 2000, concurrency: 16, maxMs: 120_000 },
    helpDesk: {
      ...(quick
        ? { steps: [50, 100], clients: 2, warmupMs: 5000, windowMs: 10_000, drainMs: 10_000, periodMs: 5000, maxMs: 300_000, setupConcurrency: 8 }
        : { steps: [500, 1000, 2500, 5000, 10_000], clients: 4, warmupMs: 20_000, windowMs: 60_000, drainMs: 20_000, periodMs: 20_000, maxMs: 1_500_000, setupConcurrency: 16 }),
      visitorsPerAgent: 50,
      typingLeadMs: 1000,
      replyDelayMs: 2000,
      newChatsPerVisitorSecond: 1 / 600,
      criteria: { p95Ms: 100, p99Ms: 250 },
    },
  };
}
