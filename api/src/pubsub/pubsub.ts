import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { EventStream, type Listener } from './event-stream';
import { channel, type Topic, type TopicPayloads } from './topics';

export interface PubSubEvent<T extends Topic = Topic> {
  topic: T;
  payload: TopicPayloads[T];
  key?: string;
}

export interface PubSub {
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T], key?: string): Promise<void>;
  /**
   * Publishes the events together, at most once per `announcementId` on all instances (for
   * ANNOUNCEMENT_TTL_SECONDS), however often it is asked to. A failed attempt is retried in the
   * background for a while: use it for events that clients may receive late (they merge by id).
   */
  announceOnce(announcementId: string, events: PubSubEvent[]): Promise<void>;
  /** The topic's events (of one key, when given) from every instance, from when the stream is listened to. */
  subscribe<T extends Topic>(topic: T, key?: string): EventStream<TopicPayloads[T]>;
  close(): Promise<void>;
}

/** How long an announcement is remembered, so that asking again (a retried send) publishes nothing. */
export const ANNOUNCEMENT_TTL_SECONDS = 120;
/** A failed announcement (Redis down) is retried every second until it goes through, for this long. */
const ANNOUNCEMENT_RETRY_FOR_MS = 5 * 60_000;
const ANNOUNCEMENT_RETRY_EVERY_MS = 1000;
const ANNOUNCEMENTS_PENDING_KEPT = 10_000;

type ChannelMessage = [channelName: string, payload: unknown];

/** Moves JSON-ready payloads between channels; one listener's failure never reaches another. */
interface Transport {
  publish(channelName: string, payload: unknown): Promise<void>;
  /** Publishes the messages unless `announcementId` was published before, atomically. */
  publishOnce(announcementId: string, messages: ChannelMessage[]): Promise<void>;
  listen(channelName: string, listener: Listener<unknown>): Promise<() => void>;
  close(): Promise<void>;
}

/**
 * Redis fans events out across instances; without it, events stay in this process. A failed
 * publish is logged and counted but does not fail the write that caused it: the data is stored,
 * and clients catch up through `messages(after:)`.
 */
export function createPubSub(
  redis: { url?: string; prefix: string },
  logger: Logger,
  onPublishFailure: () => void = () => {},
): PubSub {
  const deliverSafely = (listener: Listener<unknown>) => (event: unknown) => {
    try {
      listener(event);
    } catch (error) {
      logger.error({ err: error }, 'an event listener failed');
    }
  };
  const transport = redis.url ? createRedisTransport(redis.url, redis.prefix, logger) : createLocalTransport();
  const pendingAnnouncements = new Map<string, { messages: ChannelMessage[]; since: number }>();
  let retrying = false;
  const retryAnnouncements = setInterval(async () => {
    if (retrying) return;
    retrying = true;
    for (const [announcementId, pending] of pendingAnnouncements) {
      try {
        await transport.publishOnce(announcementId, pending.messages);
        pendingAnnouncements.delete(announcementId);
      } catch {
        if (Date.now() - pending.since < ANNOUNCEMENT_RETRY_FOR_MS) break; // still down: try again next round
        pendingAnnouncements.delete(announcementId);
        logger.error({ announcementId }, 'gave up announcing an event; clients get it when they catch up');
      }
    }
    retrying = false;
  }, ANNOUNCEMENT_RETRY_EVERY_MS).unref();

  return {
    async announceOnce(announcementId, events) {
      const messages = events.map(({ topic, payload, key }): ChannelMessage => [channel(topic, key), payload]);
      try {
        await transport.publishOnce(announcementId, messages);
      } catch (error) {
        onPublishFailure();
        logger.warn({ err: error, announcementId }, 'could not announce an event; retrying in the background');
        if (pendingAnnouncements.size >= ANNOUNCEMENTS_PENDING_KEPT) pendingAnnouncements.delete(pendingAnnouncements.keys().next().value!);
        pendingAnnouncements.set(announcementId, { messages, since: Date.now() });
      }
    },
    async publish(topic, payload, key) {
      try {
        await transport.publish(channel(topic, key), payload);
      } catch (error) {
        onPublishFailure();
        logger.warn({ err: error, topic }, 'could not publish an event');
      }
    },
    subscribe<T extends Topic>(topic: T, key?: string) {
      const channelName = channel(topic, key);
      return new EventStream<TopicPayloads[T]>((listener) =>
        transport.listen(channelName, deliverSafely(listener as Listener<unknown>)),
      );
    },
    close() {
      clearInterval(retryAnnouncements);
      return transport.close();
    },
  };
}

function createLocalTransport(): Transport {
  const listenersByChannel = new Map<string, Set<Listener<unknown>>>();
  const announced = new Map<string, number>();
  let prunedAt = Date.now();
  const publish = (channelName: string, payload: unknown) => {
    for (const listener of listenersByChannel.get(channelName) ?? []) listener(payload);
  };
  return {
    async publish(channelName, payload) {
      publish(channelName, payload);
    },
    async publishOnce(announcementId, messages) {
      const now = Date.now();
      if (now - prunedAt > ANNOUNCEMENT_TTL_SECONDS * 1000) {
        for (const [id, expiresAt] of announced) if (expiresAt < now) announced.delete(id);
        prunedAt = now;
      }
      if ((announced.get(announcementId) ?? 0) > now) return;
      announced.set(announcementId, now + ANNOUNCEMENT_TTL_SECONDS * 1000);
      for (const [channelName, payload] of messages) publish(channelName, payload);
    },
    async listen(channelName, listener) {
      let listeners = listenersByChannel.get(channelName);
      if (!listeners) listenersByChannel.set(channelName, (listeners = new Set()));
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && listenersByChannel.get(channelName) === listeners) listenersByChannel.delete(channelName);
      };
    },
    async close() {
      listenersByChannel.clear();
    },
  };
}

function createRedisTransport(redisUrl: string, prefix: string, logger: Logger): Transport {
  // While Redis is down a publish fails at once instead of queueing; the subscriber reconnects
  // and re-subscribes by itself. A send publishes two or three events at once: auto-pipelining
  // writes them to the socket together.
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, enableAutoPipelining: true });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null, autoResubscribe: true });
  for (const client of [publisher, subscriber]) {
    client.on('error', (error) => logger.warn({ err: error }, 'redis pub/sub connection error'));
  }
  // One SUBSCRIBE per channel on this instance, however many listen; each event is parsed once
  // and the same object handed to every listener (which lets subscribers share its result).
  const redis = new RedisPubSub({ publisher, subscriber });
  // The marker and the publishes in one script: two instances asked at once publish once.
  publisher.defineCommand('announceOnce', { lua: ANNOUNCE_ONCE_SCRIPT });
  const announceOnce = (publisher as unknown as { announceOnce(keyCount: number, ...args: (string | number)[]): Promise<number> })
    .announceOnce;
  return {
    async publish(channelName, payload) {
      await redis.publish(prefix + channelName, payload);
    },
    async publishOnce(announcementId, messages) {
      await announceOnce.call(
        publisher,
        messages.length + 1,
        `${prefix}announced:${announcementId}`,
        ...messages.map(([channelName]) => prefix + channelName),
        ANNOUNCEMENT_TTL_SECONDS,
        ...messages.map(([, payload]) => JSON.stringify(payload)),
      );
    },
    async listen(channelName, listener) {
      const subscriptionId = await redis.subscribe(prefix + channelName, listener);
      let listening = true;
      return () => {
        if (listening) redis.unsubscribe(subscriptionId);
        listening = false;
      };
    },
    async close() {
      // QUIT needs a server that answers: while Redis is down the publisher (no offline queue)
      // refuses it, the subscriber would queue it until Redis is back, and both would go on
      // reconnecting. Then the clients are ended at once instead.
      const endAtOnce = () => [publisher, subscriber].forEach((client) => client.disconnect());
      if (publisher.status !== 'ready' || subscriber.status !== 'ready') return endAtOnce();
      await redis.close().catch(endAtOnce);
    },
  };
}

/** KEYS: the marker, then the channels; ARGV: the marker's lifetime, then each channel's payload. */
const ANNOUNCE_ONCE_SCRIPT = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
for i = 2, #KEYS do redis.call('PUBLISH', KEYS[i], ARGV[i]) end
return 1
`;
