import { createPubSub as createInProcessPubSub } from '@graphql-yoga/subscription';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { channel, type Topic, type TopicPayloads } from './topics';

export interface PubSub {
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T], key?: string): Promise<void>;
  subscribe<T extends Topic>(topic: T, key?: string): AsyncIterableIterator<TopicPayloads[T]>;
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
  const pubsub = redis.url ? createRedisPubSub(redis.url, redis.prefix, logger) : createLocalPubSub();
  return {
    ...pubsub,
    async publish(topic, payload, key) {
      try {
        await pubsub.publish(topic, payload, key);
      } catch (error) {
        onPublishFailure();
        logger.warn({ err: error, topic }, 'could not publish an event');
      }
    },
  };
}

function createLocalPubSub(): PubSub {
  const local = createInProcessPubSub<Record<string, [unknown]>>();
  return {
    async publish(topic, payload, key) {
      local.publish(channel(topic, key), payload);
    },
    subscribe(topic, key) {
      return local.subscribe(channel(topic, key)) as AsyncIterableIterator<never>;
    },
    async close() {},
  };
}

function createRedisPubSub(redisUrl: string, prefix: string, logger: Logger): PubSub {
  // While Redis is down a publish fails at once instead of queueing; the subscriber reconnects
  // and re-subscribes by itself. A send publishes two or three events at once: auto-pipelining
  // writes them to the socket together.
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, enableAutoPipelining: true });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null, autoResubscribe: true });
  for (const client of [publisher, subscriber]) {
    client.on('error', (error) => logger.warn({ err: error }, 'redis pub/sub connection error'));
  }
  const redis = new RedisPubSub({ publisher, subscriber });
  return {
    async publish(topic, payload, key) {
      await redis.publish(prefix + channel(topic, key), payload);
    },
    subscribe(topic, key) {
      return redis.asyncIterableIterator(prefix + channel(topic, key)) as AsyncIterableIterator<never>;
    },
    async close() {
      await redis.close();
    },
  };
}
