import {
  connectSocket,
  graphqlRequest,
  subscribe,
  type SocketClient,
  type Subscription,
} from '../../../api/test/support/test-app';

// The agents' side of the conversation, as the admin console would drive it: HTTP for actions,
// graphql-ws for what happens live.

const MESSAGE_FIELDS = 'id sessionId sender senderName text clientMessageId createdAt file { id filename mimeType size url }';

export interface AgentMessage {
  id: string;
  sessionId: string;
  sender: 'CUSTOMER' | 'ADMIN' | 'SYSTEM';
  senderName: string | null;
  text: string | null;
  clientMessageId: string | null;
  file: { id: string; filename: string; mimeType: string; size: number; url: string } | null;
}

export interface SessionEvent {
  chatSessionUpdated: {
    id: string;
    status: string;
    customer: { name: string; email: string | null; phone: string | null };
    lastMessage: { text: string | null; file: { filename: string } | null } | null;
  };
}

export class Agent {
  private constructor(
    readonly httpUrl: string,
    readonly token: string,
    readonly name: string,
    readonly socket: SocketClient,
  ) {}

  static async login(httpUrl: string, wsUrl: string, email = 'admin@example.com', password = 'password123'): Promise<Agent> {
    const response = await graphqlRequest<{ login: { token: string; admin: { name: string } } }, unknown>(
      httpUrl,
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token admin { name } } }',
      { email, password },
    );
    if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
    const { token, admin } = response.data.login;
    return new Agent(httpUrl, token, admin.name, connectSocket(wsUrl, token));
  }

  /** Every new or changed session, as the inbox sees them. */
  watchSessions(): Subscription<SessionEvent> {
    return subscribe(
      this.socket,
      'subscription OnChatSessionUpdated { chatSessionUpdated { id status customer { name email phone } lastMessage { text file { filename } } } }',
      {},
    );
  }

  watchMessages(sessionId: string): Subscription<{ messageAdded: AgentMessage }> {
    return subscribe(
      this.socket,
      `subscription OnMessageAdded($sessionId: ID!) { messageAdded(sessionId: $sessionId) { ${MESSAGE_FIELDS} } }`,
      { sessionId },
    );
  }

  watchTyping(sessionId: string): Subscription<{ typingChanged: { sender: string; isTyping: boolean } }> {
    return subscribe(
      this.socket,
      'subscription OnTypingChanged($sessionId: ID!) { typingChanged(sessionId: $sessionId) { sender isTyping } }',
      { sessionId },
    );
  }

  async send(sessionId: string, text: string, httpUrl = this.httpUrl): Promise<AgentMessage> {
    return (await this.run<{ sendMessage: AgentMessage }>(
      `mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_FIELDS} } }`,
      { input: { sessionId, text } },
      httpUrl,
    )).sendMessage;
  }

  async setTyping(sessionId: string, isTyping: boolean): Promise<void> {
    await this.run('mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) { setTyping(sessionId: $sessionId, isTyping: $isTyping) }', {
      sessionId,
      isTyping,
    });
  }

  async close(sessionId: string): Promise<void> {
    await this.run('mutation CloseChatSession($id: ID!) { closeChatSession(id: $id) { id status } }', { id: sessionId });
  }

  /** Every stored message of a session, oldest first. */
  async messages(sessionId: string): Promise<AgentMessage[]> {
    const data = await this.run<{ chatSession: { messages: { edges: { node: AgentMessage }[] } } }>(
      `query GetChatSession($id: ID!) { chatSession(id: $id) { messages(first: 100) { edges { node { ${MESSAGE_FIELDS} } } } } }`,
      { id: sessionId },
    );
    return data.chatSession.messages.edges.map((edge) => edge.node);
  }

  async dispose(): Promise<void> {
    await this.socket.dispose();
  }

  private async run<T>(query: string, variables: Record<string, unknown>, httpUrl = this.httpUrl): Promise<T> {
    const response = await graphqlRequest<T, Record<string, unknown>>(httpUrl, query, variables, this.token);
    if (!response.data) throw new Error(`${query.split('(')[0]} failed: ${JSON.stringify(response.errors)}`);
    return response.data;
  }
}
