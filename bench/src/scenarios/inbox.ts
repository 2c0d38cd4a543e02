import { randomUUID } from 'node:crypto';
import { now, withTimeout } from '../infra/time';
import type { OnDelivery } from '../targets/target';

export const MESSAGE_TEXT = 'Halo, saya butuh bantuan dengan izin usaha saya. Apakah bisa dibantu hari ini?';

/** What a watcher received: when each clientMessageId first arrived, and any duplicates. */
export class Inbox {
  private readonly arrivals = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();
  duplicates = 0;

  readonly onDelivery: OnDelivery = (_sessionId, clientMessageId) => {
    if (this.arrivals.has(clientMessageId)) {
      this.duplicates += 1;
      return;
    }
    const at = now();
    this.arrivals.set(clientMessageId, at);
    this.waiters.get(clientMessageId)?.(at);
  };

  has(clientMessageId: string): boolean {
    return this.arrivals.has(clientMessageId);
  }

  arrivedAt(clientMessageId: string): number | undefined {
    return this.arrivals.get(clientMessageId);
  }

  get size(): number {
    return this.arrivals.size;
  }

  /**
   * Register before sending: the delivery may well arrive before the send is acknowledged. The
   * promise rejects on timeout only when awaited, so a slow send cannot leave it unhandled.
   */
  expect(clientMessageId: string, timeoutMs: number): Promise<number> {
    const known = this.arrivals.get(clientMessageId);
    if (known !== undefined) return Promise.resolve(known);
    const arrival = new Promise<number>((resolve) => this.waiters.set(clientMessageId, resolve));
    const bounded = withTimeout(arrival, timeoutMs, `delivery of ${clientMessageId}`).finally(() => this.waiters.delete(clientMessageId));
    bounded.catch(() => {});
    return bounded;
  }
}

/**
 * A subscription has no acknowledgement in graphql-ws: the only proof that it is live is a
 * delivery. Sends probes until one arrives (they double as warm-up).
 */
export async function untilSubscribed(inbox: Inbox, send: (text: string, clientMessageId: string) => Promise<void>, attempts = 20) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const clientMessageId = `probe-${randomUUID()}`;
    const arrived = inbox.expect(clientMessageId, 3000).then(
      () => true,
      () => false,
    );
    await send(MESSAGE_TEXT, clientMessageId);
    if (await arrived) return;
  }
  throw new Error(`the subscription never received a probe in ${attempts} attempts`);
}
