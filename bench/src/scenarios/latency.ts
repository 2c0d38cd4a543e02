import { now } from '../infra/time';
import { summarize, type Summary } from '../stats/summary';
import type { Target } from '../targets/target';
import { Inbox, MESSAGE_TEXT, untilSubscribed } from './inbox';

export interface LatencyOptions {
  /** Where the customer's send travels: a POST, or a mutation over the customer's WebSocket. */
  via: 'http' | 'ws';
  warmup: number;
  samples: number;
  /** A bound on the whole loop; a slow server yields fewer samples, not a stuck bench. */
  maxMs: number;
  tag: string;
}

export interface LatencyResult {
  via: 'http' | 'ws';
  /** Send → the agent's subscription receives it, ms. */
  delivery: Summary;
  /** Send → the sender's acknowledgement, ms. */
  ack: Summary;
  /** Raw delivery latencies, for the histograms; not written to JSON. */
  raw: number[];
  timedOut: boolean;
}

/** One customer sends sequentially, one agent watches; each send waits for its delivery. */
export async function measureLatency(target: Target, options: LatencyOptions): Promise<LatencyResult> {
  const inbox = new Inbox();
  const conversation = await target.newConversation();
  const watcher = await target.openWatcher(inbox.onDelivery);
  const socket = options.via === 'ws' ? await target.openSocketSender(conversation) : undefined;
  const send = (text: string, clientMessageId: string) =>
    socket ? socket.send(text, clientMessageId) : target.sendHttp(conversation, text, clientMessageId);
  try {
    watcher.watch(conversation.sessionId);
    await untilSubscribed(inbox, send);
    const delivery: number[] = [];
    const ack: number[] = [];
    const deadline = now() + options.maxMs;
    let timedOut = false;
    for (let index = 0; index < options.warmup + options.samples; index += 1) {
      if (now() > deadline) {
        timedOut = true;
        break;
      }
      const clientMessageId = `${options.tag}-${index}`;
      const arrival = inbox.expect(clientMessageId, 10_000);
      const sentAt = now();
      await send(MESSAGE_TEXT, clientMessageId);
      const ackedAt = now();
      const arrivedAt = await arrival;
      if (index < options.warmup) continue;
      delivery.push(arrivedAt - sentAt);
      ack.push(ackedAt - sentAt);
    }
    return { via: options.via, delivery: summarize(delivery), ack: summarize(ack), raw: delivery, timedOut };
  } finally {
    await socket?.close();
    await watcher.close();
  }
}
