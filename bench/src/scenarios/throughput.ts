import { cpuSeconds } from '../infra/proc';
import { now, waitUntil } from '../infra/time';
import { round, summarize, type Summary } from '../stats/summary';
import type { Conversation, Target } from '../targets/target';
import { Inbox, MESSAGE_TEXT, untilSubscribed } from './inbox';

export interface ThroughputResult {
  senders: number;
  seconds: number;
  /** Acknowledged sends, each one stored. */
  acknowledged: number;
  perSecond: number;
  /** Acknowledged but never delivered to the agent's subscription. */
  lost: number;
  duplicates: number;
  /** Rows found in the database for this level: at least `acknowledged`. */
  stored: number;
  errors: number;
  firstError?: string;
  /** Server CPU (the node process only) per acknowledged message, µs. */
  cpuMicrosPerMessage: number;
  /** Send → delivery under this load, ms. */
  deliveryUnderLoad: Summary;
}

const MAX_ERRORS = 50;

/**
 * `senders` customers, each in their own session, send back to back (closed loop) for
 * `durationMs`; one agent socket follows every session. Afterwards every acknowledged message
 * must have been delivered, and stored.
 */
export async function measureThroughput(
  target: Target,
  conversations: Conversation[],
  serverPids: number[],
  options: { senders: number; durationMs: number; drainMs: number; tag: string; onLoop?: (phase: 'start' | 'end') => void },
): Promise<ThroughputResult> {
  const inbox = new Inbox();
  const active = conversations.slice(0, options.senders);
  const watcher = await target.openWatcher(inbox.onDelivery);
  try {
    for (const conversation of active) watcher.watch(conversation.sessionId);
    await Promise.all(active.map((conversation) => untilSubscribed(inbox, (text, id) => target.sendHttp(conversation, text, id))));

    const prefix = `${options.tag}-`;
    const acknowledged: string[] = [];
    const sentAt = new Map<string, number>();
    let errors = 0;
    let firstError: string | undefined;
    options.onLoop?.('start');
    const cpuBefore = cpuSeconds(serverPids);
    const startedAt = now();
    const endAt = startedAt + options.durationMs;
    await Promise.all(
      active.map(async (conversation, sender) => {
        for (let index = 0; now() < endAt && errors < MAX_ERRORS; index += 1) {
          const clientMessageId = `${prefix}${sender}-${index}`;
          sentAt.set(clientMessageId, now());
          try {
            await target.sendHttp(conversation, MESSAGE_TEXT, clientMessageId);
            acknowledged.push(clientMessageId);
          } catch (error) {
            errors += 1;
            firstError ??= (error as Error).message;
          }
        }
      }),
    );
    const seconds = (now() - startedAt) / 1000;
    const cpu = cpuSeconds(serverPids) - cpuBefore;
    options.onLoop?.('end');
    await waitUntil(() => acknowledged.every((id) => inbox.has(id)), options.drainMs, 50);
    const lost = acknowledged.filter((id) => !inbox.has(id)).length;
    const latencies = acknowledged.filter((id) => inbox.has(id)).map((id) => inbox.arrivedAt(id)! - sentAt.get(id)!);
    return {
      senders: options.senders,
      seconds: round(seconds),
      acknowledged: acknowledged.length,
      perSecond: round(acknowledged.length / seconds, 1),
      lost,
      duplicates: inbox.duplicates,
      stored: await target.countStored(prefix),
      errors,
      firstError,
      cpuMicrosPerMessage: round((cpu * 1e6) / Math.max(1, acknowledged.length), 0),
      deliveryUnderLoad: summarize(latencies),
    };
  } finally {
    await watcher.close();
  }
}
