import { io, type Socket } from 'socket.io-client';
import type { HolderSpec } from '../holders/protocol';
import { withTimeout } from '../infra/time';
import { postJson } from './http-client';
import { SEEDED_ADMIN } from './api-target';
import { countStoredMessages } from './stored-count';
import type { Conversation, OnDelivery, SocketSender, Target, Watcher } from './target';

/** The Socket.IO design (src/socketio), driven as its widget and agent console would drive it. */
export class SocketioTarget implements Target {
  readonly kind = 'socketio';
  private customers = 0;

  private constructor(
    private readonly sendBase: string,
    private readonly watchBase: string,
    private readonly databaseUrl: string,
    private readonly adminToken: string,
  ) {}

  static async connect(sendBase: string, watchBase: string, databaseUrl: string): Promise<SocketioTarget> {
    const { token } = await postJson<{ token: string }>(`${sendBase}/api/auth/login`, SEEDED_ADMIN);
    return new SocketioTarget(sendBase, watchBase, databaseUrl, token);
  }

  async newConversation(): Promise<Conversation> {
    this.customers += 1;
    const { token } = await postJson<{ token: string }>(`${this.sendBase}/api/customers`, { name: `Bench visitor ${this.customers}` });
    const { id } = await postJson<{ id: string }>(`${this.sendBase}/api/chat-sessions`, {}, bearer(token));
    return { sessionId: id, token };
  }

  async sendHttp(conversation: Conversation, text: string, clientMessageId: string): Promise<void> {
    await postJson(`${this.sendBase}/api/chat-sessions/${conversation.sessionId}/messages`, { text, clientMessageId }, bearer(conversation.token));
  }

  async openSocketSender(conversation: Conversation): Promise<SocketSender> {
    const socket = await connectSocketio(this.sendBase, conversation.token);
    return {
      async send(text, clientMessageId) {
        const reply = await socket.emitWithAck('message:send', { sessionId: conversation.sessionId, text, clientMessageId });
        if (reply?.error) throw new Error(reply.error);
      },
      close: async () => void socket.disconnect(),
    };
  }

  async openWatcher(onDelivery: OnDelivery): Promise<Watcher> {
    const socket = await connectSocketio(this.watchBase, this.adminToken);
    socket.on('message:new', (message: { sessionId: string; clientMessageId: string | null }) => {
      if (message.clientMessageId) onDelivery(message.sessionId, message.clientMessageId);
    });
    return {
      watch(sessionId) {
        socket.emit('session:join', sessionId, (reply: { error?: string }) => {
          if (reply?.error) console.error(`  watcher could not join ${sessionId}: ${reply.error}`);
        });
      },
      close: async () => void socket.disconnect(),
    };
  }

  holderSpec(sessionId: string): HolderSpec {
    return { url: this.watchBase, protocol: 'socketio', sessionId, token: this.adminToken };
  }

  countStored(prefix: string): Promise<number> {
    return countStoredMessages(this.databaseUrl, prefix);
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A connected Socket.IO client over the WebSocket transport alone (no long-polling first). */
export function connectSocketio(base: string, token: string, localAddress?: string): Promise<Socket> {
  const socket = io(base, {
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
    reconnection: false,
    // localAddress is passed on to `ws` (engine.io-client picks it), though its types omit it.
    ...(localAddress ? { localAddress } : {}),
  } as Parameters<typeof io>[1]);
  const connected = new Promise<Socket>((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
  return withTimeout(connected, 15_000, `socket.io connect to ${base}`).catch((error) => {
    socket.disconnect();
    throw error;
  });
}
