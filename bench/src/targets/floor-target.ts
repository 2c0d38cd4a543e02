import WebSocket from 'ws';
import type { HolderSpec } from '../holders/protocol';
import { withTimeout } from '../infra/time';
import { postJson } from './http-client';
import { countStoredMessages } from './stored-count';
import type { Conversation, OnDelivery, SocketSender, Target, Watcher } from './target';

const SENDER_NAME = 'Bench visitor';

/** The floor server (src/floor), driven the same way as the API. */
export class FloorTarget implements Target {
  readonly kind = 'floor';

  constructor(
    private readonly sendBase: string,
    private readonly watchBase: string,
    private readonly databaseUrl: string,
  ) {}

  async newConversation(): Promise<Conversation> {
    const { id } = await postJson<{ id: string }>(`${this.sendBase}/sessions`, {});
    return { sessionId: id, token: '' };
  }

  async sendHttp(conversation: Conversation, text: string, clientMessageId: string): Promise<void> {
    await postJson(`${this.sendBase}/messages`, { sessionId: conversation.sessionId, text, clientMessageId, senderName: SENDER_NAME });
  }

  async openSocketSender(conversation: Conversation): Promise<SocketSender> {
    const socket = await openSocket(socketUrl(this.sendBase));
    const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
    let nextRef = 0;
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; ref: number; error?: string };
      const waiter = waiting.get(frame.ref);
      waiting.delete(frame.ref);
      if (frame.type === 'ack') waiter?.resolve();
      else waiter?.reject(new Error(frame.error));
    });
    return {
      send(text, clientMessageId) {
        const ref = (nextRef += 1);
        return new Promise((resolve, reject) => {
          waiting.set(ref, { resolve, reject });
          const frame = { type: 'send', ref, sessionId: conversation.sessionId, text, clientMessageId, senderName: SENDER_NAME };
          socket.send(JSON.stringify(frame));
        });
      },
      close: () => closeSocket(socket),
    };
  }

  async openWatcher(onDelivery: OnDelivery): Promise<Watcher> {
    const socket = await openSocket(socketUrl(this.watchBase));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { sessionId: string; clientMessageId: string };
      onDelivery(message.sessionId, message.clientMessageId);
    });
    return {
      watch: (sessionId) => socket.send(JSON.stringify({ type: 'subscribe', sessionId })),
      close: () => closeSocket(socket),
    };
  }

  holderSpec(sessionId: string): HolderSpec {
    return { url: socketUrl(this.watchBase), protocol: 'floor', sessionId };
  }

  countStored(prefix: string): Promise<number> {
    return countStoredMessages(this.databaseUrl, prefix);
  }
}

const socketUrl = (base: string) => `${base.replace(/^http/, 'ws')}/ws`;

function openSocket(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  const opened = new Promise<WebSocket>((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
  return withTimeout(opened, 15_000, `connect to ${url}`);
}

/** Closes the socket cleanly, or terminates it when the close handshake does not finish in 2 s. */
export function closeSocket(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve();
    socket.once('close', () => resolve());
    socket.close(1000);
    setTimeout(() => {
      socket.terminate();
      resolve();
    }, 2000).unref();
  });
}
