import Redis from 'ioredis';
import type { WebSocket } from 'ws';

/**
 * Session id → its subscribed sockets. With Redis, one SUBSCRIBE per session with subscribers on
 * this instance, and each event's bytes are sent as they came from Redis, never re-encoded.
 * Without Redis, a publish goes straight to the local sockets, as the API's in-process pub/sub does.
 */
export interface Fanout {
  publish(sessionId: string, payload: string): Promise<void>;
  subscribe(sessionId: string, socket: WebSocket): void;
  unsubscribe(socket: WebSocket): void;
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export function createFanout(redisUrl: string | undefined, prefix: string): Fanout {
  const sockets = new Map<string, Set<WebSocket>>();
  const sessionsOf = new WeakMap<WebSocket, Set<string>>();
  const channelPrefix = `${prefix}MESSAGE_ADDED:`;

  const deliver = (sessionId: string, payload: Buffer) => {
    for (const socket of sockets.get(sessionId) ?? []) socket.send(payload, { binary: false });
  };

  const publisher = redisUrl ? new Redis(redisUrl) : undefined;
  const subscriber = redisUrl ? new Redis(redisUrl) : undefined;
  subscriber?.on('messageBuffer', (channel: Buffer, payload: Buffer) => {
    deliver(channel.toString().slice(channelPrefix.length), payload);
  });

  return {
    async publish(sessionId, payload) {
      if (publisher) await publisher.publish(channelPrefix + sessionId, payload);
      else deliver(sessionId, Buffer.from(payload));
    },
    subscribe(sessionId, socket) {
      let set = sockets.get(sessionId);
      if (!set) {
        set = new Set();
        sockets.set(sessionId, set);
        subscriber?.subscribe(channelPrefix + sessionId).catch((error) => console.error('subscribe failed', error));
      }
      set.add(socket);
      const own = sessionsOf.get(socket) ?? new Set();
      own.add(sessionId);
      sessionsOf.set(socket, own);
    },
    unsubscribe(socket) {
      for (const sessionId of sessionsOf.get(socket) ?? []) {
        const set = sockets.get(sessionId);
        set?.delete(socket);
        if (set?.size === 0) {
          sockets.delete(sessionId);
          subscriber?.unsubscribe(channelPrefix + sessionId).catch((error) => console.error('unsubscribe failed', error));
        }
      }
    },
    async ready() {
      if (!publisher) return true;
      return (await publisher.ping()) === 'PONG';
    },
    async close() {
      publisher?.disconnect();
      subscriber?.disconnect();
    },
  };
}
