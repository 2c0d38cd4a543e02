import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { EventStream, type Listener } from './event-stream';
import { channel, type Topic, type TopicPayloads } from './topics';

export interface PubSub {
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T], key?: string): Promise<void>;
  /** The topic's events (of one key, when given) from every instance, from when the stream is listened to. */
  subscribe<T extends Topic>(topic: T, key?: string): EventStream<TopicPayloads[T]>;
  close(): Promise<void>;
}

/** Moves JSON-ready payloads between channels; one listener's failure never reaches another. */
interface Transport {
  publish(channelName: string, payload: unknown): Promise<void>;
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
  return {
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
    close: () => transport.close(),
  };
}

function createLocalTransport(): Transport {
  const listenersByChannel = new Map<string, Set<Listener<unknown>>>();
  return {
    async publish(channelName, payload) {
      for (const listener of listenersByChannel.get(channelName) ?? []) listener(payload);
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
  return {
    async publish(channelName, payload) {
      await redis.publish(prefix + channelName, payload);
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
      await redis.close();
    },
  };
}
