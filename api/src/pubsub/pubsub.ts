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

/** Redis fans events out across instances; without it, events stay in this process. */
export function createPubSub(redis: { url?: string; prefix: string }, logger: Logger): PubSub {
  return redis.url ? createRedisPubSub(redis.url, redis.prefix, logger) : createLocalPubSub();
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
  const options = { maxRetriesPerRequest: null, enableOfflineQueue: true } as const;
  const publisher = new Redis(redisUrl, options);
  const subscriber = new Redis(redisUrl, options);
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
