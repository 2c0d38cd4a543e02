import type { Subscription } from './test-app';

/** Publishes one event the subscription must receive, and answers how to recognise it. */
export type SendMarker<T> = () => Promise<(event: T) => boolean>;

/** Every marker sent for a subscription, so that one that came late is not taken for an event. */
const markersOf = new WeakMap<Subscription<unknown>, ((event: never) => boolean)[]>();

async function sent<T>(subscription: Subscription<T>, sendMarker: SendMarker<T>): Promise<(event: T) => boolean> {
  const isMarker = await sendMarker();
  const markers = markersOf.get(subscription) ?? [];
  markersOf.set(subscription, [...markers, isMarker]);
  return isMarker;
}

const isAnyMarker = <T>(subscription: Subscription<T>, event: T) =>
  (markersOf.get(subscription) ?? []).some((isMarker) => (isMarker as (event: T) => boolean)(event));

/** Resolves with the index of the first event from `from` on that `isMarker` recognises. */
async function arrival<T>(subscription: Subscription<T>, from: number, isMarker: (event: T) => boolean, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const index = subscription.events.findIndex((event, n) => n >= from && isMarker(event));
    if (index >= 0) return index;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`the marker did not arrive; got ${JSON.stringify(subscription.events.slice(from))}`);
    await subscription.waitFor(subscription.events.length + 1, left).catch(() => undefined);
  }
}

/**
 * Returns once `subscription` is live: a marker published after subscribing has come through.
 * Markers are sent again until one does, since nothing tells a client when the server has
 * started listening. Assert that a subscription received nothing only after this.
 */
export async function provedLive<T>(subscription: Subscription<T>, sendMarker: SendMarker<T>, attempts = 20): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const isMarker = await sent(subscription, sendMarker);
    try {
      await arrival(subscription, 0, isMarker, 250);
      return;
    } catch (error) {
      if (attempt === attempts) throw error;
    }
  }
}

/**
 * What the live `subscription` receives while `action` runs: the events up to a marker published
 * after it, markers left out. Events of one topic arrive in order, so anything `action`
 * published is among them.
 */
export async function eventsDuring<T>(subscription: Subscription<T>, sendMarker: SendMarker<T>, action: () => Promise<unknown>): Promise<T[]> {
  const from = subscription.events.length;
  await action();
  const isMarker = await sent(subscription, sendMarker);
  const index = await arrival(subscription, from, isMarker, 5000);
  return subscription.events.slice(from, index).filter((event) => !isAnyMarker(subscription, event));
}
