import type { HolderPool } from '../holders/pool';
import { cpuSeconds } from '../infra/proc';
import { now } from '../infra/time';
import { round, summarize, type Summary } from '../stats/summary';
import type { Target } from '../targets/target';
import { untilHoldersSubscribed } from './holders-ready';
import { MESSAGE_TEXT } from './inbox';

export interface FanoutResult {
  subscribers: number;
  messages: number;
  deliveries: number;
  /** Server CPU (user + system, the node process only) per delivery, µs. */
  cpuMicrosPerDelivery: number;
  cpuSeconds: number;
  /** Send → the last subscriber has it, ms. */
  completion: Summary;
  missing: number;
}

/**
 * `subscribers` sockets, held by the worker processes, follow one session; messages go out one
 * at a time, each waiting until every subscriber has it. CPU is read from /proc for the server
 * process(es) over exactly that loop.
 */
export async function measureFanout(
  target: Target,
  holders: HolderPool,
  serverPids: number[],
  options: { subscribers: number; messages: number; maxMs: number; tag: string; onLoop?: (phase: 'start' | 'end') => void },
): Promise<FanoutResult> {
  const conversation = await target.newConversation();
  try {
    const opened = await holders.open(target.holderSpec(conversation.sessionId), options.subscribers, 120_000);
    if (opened.open < options.subscribers) {
      throw new Error(`only ${opened.open} of ${options.subscribers} sockets opened (${opened.error ?? 'no error given'})`);
    }
    await untilHoldersSubscribed(target, conversation, holders);

    const completion: number[] = [];
    let missing = 0;
    let sent = 0;
    options.onLoop?.('start');
    const startedAt = now();
    const cpuBefore = cpuSeconds(serverPids);
    for (let index = 0; index < options.messages && now() - startedAt < options.maxMs; index += 1) {
      const sentAtEpoch = performance.timeOrigin + performance.now();
      await target.sendHttp(conversation, MESSAGE_TEXT, `${options.tag}-${index}`);
      sent += 1;
      const counts = await holders.waitForEach(index + 1, 30_000);
      if (counts.timedOut) {
        missing = options.subscribers * sent - counts.received;
        break;
      }
      completion.push(counts.lastAt - sentAtEpoch);
    }
    const cpu = cpuSeconds(serverPids) - cpuBefore;
    options.onLoop?.('end');
    const deliveries = options.subscribers * sent;
    return {
      subscribers: options.subscribers,
      messages: sent,
      deliveries,
      cpuMicrosPerDelivery: round((cpu * 1e6) / deliveries, 2),
      cpuSeconds: round(cpu),
      completion: summarize(completion),
      missing,
    };
  } finally {
    await holders.closeSockets();
  }
}
