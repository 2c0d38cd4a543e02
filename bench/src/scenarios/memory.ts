import type { HolderPool } from '../holders/pool';
import { collectGarbage } from '../infra/inspector';
import { rssBytes } from '../infra/proc';
import { sleep } from '../infra/time';
import type { Target } from '../targets/target';
import { untilHoldersSubscribed } from './holders-ready';

export interface MemoryPoint {
  sockets: number;
  rssBytes: number;
  /** (RSS with the sockets − RSS before any) / sockets. */
  bytesPerSocket: number;
}

export interface MemoryResult {
  baselineRssBytes: number;
  points: MemoryPoint[];
}

const IDLE_MS = 2000;
const WARM_UP_SOCKETS = 200;

/**
 * Opens idle sockets in steps (1,000, then up to 10,000), each subscribed to one session and
 * proven live by a probe, lets the server settle, and reads its RSS after a full garbage
 * collection in it (through its inspector). Runs first on a fresh server, after one round of
 * WARM_UP_SOCKETS sockets opened and closed, so the sockets grow the heap rather than fill a
 * heap that earlier work left behind.
 */
export async function measureMemory(
  target: Target,
  holders: HolderPool,
  server: { pid: number; inspectorUrl: string },
  options: { steps: number[] },
): Promise<MemoryResult> {
  const conversation = await target.newConversation();
  // A first round of sockets compiles the code that serves them; that is paid once, not per socket.
  await holders.open(target.holderSpec(conversation.sessionId), WARM_UP_SOCKETS, 60_000);
  await untilHoldersSubscribed(target, conversation, holders);
  await holders.closeSockets();
  await sleep(IDLE_MS);
  const baselineRssBytes = await settledRss(server);
  const points: MemoryPoint[] = [];
  try {
    for (const sockets of options.steps) {
      const opened = await holders.open(target.holderSpec(conversation.sessionId), sockets - holders.size, 180_000);
      if (opened.open < sockets) throw new Error(`only ${opened.open} of ${sockets} sockets opened (${opened.error ?? 'no error given'})`);
      await untilHoldersSubscribed(target, conversation, holders);
      await sleep(IDLE_MS);
      const rss = await settledRss(server);
      points.push({ sockets, rssBytes: rss, bytesPerSocket: Math.round((rss - baselineRssBytes) / sockets) });
    }
    return { baselineRssBytes, points };
  } finally {
    await holders.closeSockets();
  }
}

/** After a full GC, the median of three readings half a second apart. */
async function settledRss(server: { pid: number; inspectorUrl: string }): Promise<number> {
  await collectGarbage(server.inspectorUrl);
  await sleep(500);
  const readings: number[] = [];
  for (let index = 0; index < 3; index += 1) {
    readings.push(rssBytes(server.pid));
    if (index < 2) await sleep(500);
  }
  return readings.sort((a, b) => a - b)[1]!;
}
