import { now } from '../infra/time';
import { summarize, type Summary } from '../stats/summary';
import type { SocketSender, Target, Watcher } from '../targets/target';
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

const CHUNKS = 10;

/**
 * Measures several targets (the floor and the API) in alternating chunks of the same size, so a
 * burst of other work on the machine lands on both rather than on whichever ran at the time.
 */
export async function measureLatencies<K extends string>(targets: Record<K, Target>, options: LatencyOptions): Promise<Record<K, LatencyResult>> {
  const kinds = Object.keys(targets) as K[];
  const loops = {} as Record<K, LatencyLoop>;
  try {
    for (const kind of kinds) loops[kind] = await LatencyLoop.open(targets[kind], options);
    for (const kind of kinds) await loops[kind].run(options.warmup, false);
    const deadline = now() + options.maxMs;
    const chunk = Math.ceil(options.samples / CHUNKS);
    for (let done = 0; done < options.samples && now() < deadline; done += chunk) {
      for (const kind of kinds) await loops[kind].run(Math.min(chunk, options.samples - done), true, deadline);
    }
    const results = {} as Record<K, LatencyResult>;
    for (const kind of kinds) results[kind] = loops[kind].result(now() >= deadline);
    return results;
  } finally {
    for (const kind of kinds) await loops[kind]?.close();
  }
}

/** One customer sends sequentially, one agent watches; each send waits for its delivery. */
class LatencyLoop {
  private readonly delivery: number[] = [];
  private readonly ack: number[] = [];
  private sent = 0;

  private constructor(
    private readonly options: LatencyOptions,
    private readonly inbox: Inbox,
    private readonly watcher: Watcher,
    private readonly send: (text: string, clientMessageId: string) => Promise<void>,
    private readonly socket: SocketSender | undefined,
  ) {}

  static async open(target: Target, options: LatencyOptions): Promise<LatencyLoop> {
    const inbox = new Inbox();
    const conversation = await target.newConversation();
    const watcher = await target.openWatcher(inbox.onDelivery);
    const socket = options.via === 'ws' ? await target.openSocketSender(conversation) : undefined;
    const send = (text: string, clientMessageId: string) =>
      socket ? socket.send(text, clientMessageId) : target.sendHttp(conversation, text, clientMessageId);
    const loop = new LatencyLoop(options, inbox, watcher, send, socket);
    watcher.watch(conversation.sessionId);
    await untilSubscribed(inbox, send);
    return loop;
  }

  async run(count: number, record: boolean, deadline = Infinity): Promise<void> {
    for (let index = 0; index < count && now() < deadline; index += 1) {
      const clientMessageId = `${this.options.tag}-${(this.sent += 1)}`;
      const arrival = this.inbox.expect(clientMessageId, 10_000);
      const sentAt = now();
      await this.send(MESSAGE_TEXT, clientMessageId);
      const ackedAt = now();
      const arrivedAt = await arrival;
      if (!record) continue;
      this.delivery.push(arrivedAt - sentAt);
      this.ack.push(ackedAt - sentAt);
    }
  }

  result(timedOut: boolean): LatencyResult {
    return { via: this.options.via, delivery: summarize(this.delivery), ack: summarize(this.ack), raw: this.delivery, timedOut };
  }

  async close(): Promise<void> {
    await this.socket?.close();
    await this.watcher.close();
  }
}
