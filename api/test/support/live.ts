import { SendMessage } from './operations';
import { graphqlRequest, type Subscription } from './test-app';

/** Publishes one event the subscription must receive, and answers how to recognise it. */
export type SendMarker<T> = () => Promise<(event: T) => boolean>;

/**
 * Every marker sent in this test file: one sent to prove another subscription of the same topic
 * live may still arrive, and is not taken for an event either.
 */
const markersSent: ((event: never) => boolean)[] = [];

async function sent<T>(sendMarker: SendMarker<T>): Promise<(event: T) => boolean> {
  const isMarker = await sendMarker();
  markersSent.push(isMarker);
  return isMarker;
}

/** A marker of another shape of event throws on this one: it is not this event's marker. */
const isAnyMarker = (event: unknown) =>
  markersSent.some((isMarker) => {
    try {
      return (isMarker as (event: unknown) => boolean)(event);
    } catch {
      return false;
    }
  });

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
    const isMarker = await sent(sendMarker);
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
  const isMarker = await sent(sendMarker);
  const index = await arrival(subscription, from, isMarker, 5000);
  return subscription.events.slice(from, index).filter((event) => !isAnyMarker(event));
}

/** A prom-client gauge or counter of the app's metrics, as a number. */
export async function metricValue(metric: { get(): Promise<{ values: { value: number }[] }> }): Promise<number> {
  return (await metric.get()).values[0]?.value ?? 0;
}

/** Polls `read` until it answers `expected`, and returns what it last answered. */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value === expected || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** messageAdded's marker: a message with a text of its own, sent into the session as `token`. */
export function messageMarker(url: string, sessionId: string, token: string): SendMarker<{ messageAdded: { text?: string | null } }> {
  return async () => {
    const text = `penanda ${Math.random().toString(36).slice(2)}`;
    const sent = await graphqlRequest(url, SendMessage, { input: { sessionId, text } }, token);
    if (sent.errors) throw new Error(`the marker was refused: ${JSON.stringify(sent.errors)}`);
    return (event) => event.messageAdded.text === text;
  };
}
