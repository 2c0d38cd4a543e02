import type { Client } from 'graphql-ws';
import { MESSAGE_ADDED_QUERY, type HolderSpec } from '../holders/protocol';
import { postJson } from './http-client';
import { connectGraphqlSocket, createLazyGraphqlSocket, executeOverSocket } from './graphql-socket';
import { countStoredMessages } from './stored-count';
import type { Conversation, OnDelivery, SocketSender, Target, Watcher } from './target';

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const REGISTER = 'mutation RegisterCustomer($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token } }';
const START = 'mutation StartChatSession { startChatSession { id } }';
const SUBSCRIPTIONS_PER_WATCHER_SOCKET = 40;
const SEND = 'mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { id } }';

/** The API runs in production, which seeds its first admin only with a password of its own. */
export const SEEDED_ADMIN = { email: 'admin@example.com', password: 'bench-first-admin-password' };

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The API as the widget (customer) and the admin console (agent) use it. */
export class ApiTarget implements Target {
  readonly kind = 'api';
  private customers = 0;

  private constructor(
    private readonly sendBase: string,
    private readonly watchBase: string,
    private readonly databaseUrl: string,
    private readonly adminToken: string,
  ) {}

  /** `sendBase` takes the customers' sends, `watchBase` the agents' subscriptions (http://host:port). */
  static async connect(sendBase: string, watchBase: string, databaseUrl: string): Promise<ApiTarget> {
    const { login } = await graphql<{ login: { token: string } }>(`${sendBase}/graphql`, LOGIN, SEEDED_ADMIN);
    return new ApiTarget(sendBase, watchBase, databaseUrl, login.token);
  }

  async newConversation(): Promise<Conversation> {
    this.customers += 1;
    const url = `${this.sendBase}/graphql`;
    const { registerCustomer } = await graphql<{ registerCustomer: { token: string } }>(url, REGISTER, {
      input: { name: `Bench visitor ${this.customers}` },
    });
    const token = registerCustomer.token;
    const { startChatSession } = await graphql<{ startChatSession: { id: string } }>(url, START, {}, token);
    return { sessionId: startChatSession.id, token };
  }

  async sendHttp(conversation: Conversation, text: string, clientMessageId: string): Promise<void> {
    await graphql(`${this.sendBase}/graphql`, SEND, { input: { sessionId: conversation.sessionId, text, clientMessageId } }, conversation.token);
  }

  async openSocketSender(conversation: Conversation): Promise<SocketSender> {
    const client = await connectGraphqlSocket(socketUrl(this.sendBase), conversation.token);
    return {
      async send(text, clientMessageId) {
        await executeOverSocket(client, SEND, { input: { sessionId: conversation.sessionId, text, clientMessageId } });
      },
      close: () => client.dispose() as Promise<void>,
    };
  }

  /**
   * An agent's console follows each conversation with its own subscription; the API allows 50
   * operations per socket, so a watcher of more sessions than that spreads them over sockets.
   */
  async openWatcher(onDelivery: OnDelivery): Promise<Watcher> {
    const url = socketUrl(this.watchBase);
    const token = this.adminToken;
    const clients: Client[] = [await connectGraphqlSocket(url, token)];
    const stops: (() => void)[] = [];
    return {
      watch(sessionId) {
        if (stops.length >= clients.length * SUBSCRIPTIONS_PER_WATCHER_SOCKET) {
          clients.push(createLazyGraphqlSocket(url, token));
        }
        stops.push(
          clients.at(-1)!.subscribe<{ messageAdded: { clientMessageId: string } }>(
            { query: MESSAGE_ADDED_QUERY, variables: { id: sessionId } },
            {
              next: (result) => {
                const clientMessageId = result.data?.messageAdded.clientMessageId;
                if (clientMessageId) onDelivery(sessionId, clientMessageId);
              },
              error: (error) => console.error(`  watcher error on ${sessionId}:`, error),
              complete: () => {},
            },
          ),
        );
      },
      async close() {
        for (const stop of stops) stop();
        await Promise.all(clients.map((client) => client.dispose()));
      },
    };
  }

  holderSpec(sessionId: string): HolderSpec {
    return { url: socketUrl(this.watchBase), protocol: 'graphql-ws', sessionId, token: this.adminToken };
  }

  countStored(prefix: string): Promise<number> {
    return countStoredMessages(this.databaseUrl, prefix);
  }
}

export const socketUrl = (base: string) => `${base.replace(/^http/, 'ws')}/graphql`;

export async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await postJson<GraphqlResponse<T>>(url, { query, variables }, headers);
  if (response.errors?.length) {
    const [first] = response.errors;
    throw new Error(`${first!.extensions?.code ?? 'ERROR'}: ${first!.message}`);
  }
  return response.data as T;
}
