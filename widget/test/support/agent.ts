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

export interface QueuedSession {
  id: string;
  status: string;
  team: { id: string; name: string } | null;
  assignedAdmin: { id: string } | null;
}

export class Agent {
  private constructor(
    readonly httpUrl: string,
    readonly wsUrl: string,
    readonly token: string,
    readonly id: string,
    readonly name: string,
    readonly socket: SocketClient,
  ) {}

  static async login(httpUrl: string, wsUrl: string, email = 'admin@example.com', password = 'password123'): Promise<Agent> {
    const response = await graphqlRequest<{ login: { token: string; admin: { id: string; name: string } } }, unknown>(
      httpUrl,
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token admin { id name } } }',
      { email, password },
    );
    if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
    const { token, admin } = response.data.login;
    return new Agent(httpUrl, wsUrl, token, admin.id, admin.name, connectSocket(wsUrl, token));
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

  /** An ADMIN's: a team, shown to visitors as a topic when `showInWidget`. */
  async createTeam(name: string, showInWidget: boolean): Promise<string> {
    const data = await this.run<{ createTeam: { id: string } }>(
      'mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { name, showInWidget } },
    );
    return data.createTeam.id;
  }

  async updateTeam(id: string, input: { showInWidget?: boolean }): Promise<void> {
    await this.run('mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) { updateTeam(id: $id, input: $input) { id } }', { id, input });
  }

  /** An ADMIN's: a colleague of `role` in `teamIds`, signed in. */
  async createColleague(email: string, name: string, role: 'ADMIN' | 'SUPERVISOR' | 'AGENT', teamIds: string[]): Promise<Agent> {
    const password = 'agent-password-1';
    const created = await this.run<{ createAdmin: { id: string } }>(
      'mutation CreateAdmin($input: CreateAdminInput!) { createAdmin(input: $input) { id } }',
      { input: { email, name, password, role } },
    );
    await this.run('mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) { updateAdmin(id: $id, input: $input) { id } }', {
      id: created.createAdmin.id,
      input: { teamIds },
    });
    return Agent.login(this.httpUrl, this.wsUrl, email, password);
  }

  /** To `adminId`, or to this agent when none is given. */
  async assign(sessionId: string, adminId: string = this.id): Promise<void> {
    await this.run('mutation AssignChatSession($id: ID!, $adminId: ID) { assignChatSession(id: $id, adminId: $adminId) { id } }', {
      id: sessionId,
      adminId,
    });
  }

  /** The oldest waiting chat this agent may take, now assigned to it. */
  async takeNext(): Promise<string | null> {
    const data = await this.run<{ takeNextChatSession: { id: string } | null }>('mutation TakeNext { takeNextChatSession { id } }', {});
    return data.takeNextChatSession?.id ?? null;
  }

  async session(id: string): Promise<QueuedSession> {
    const data = await this.run<{ chatSession: QueuedSession }>(
      'query GetQueuedSession($id: ID!) { chatSession(id: $id) { id status team { id name } assignedAdmin { id } } }',
      { id },
    );
    return data.chatSession;
  }

  async queuePlace(id: string): Promise<{ queuePosition: number | null; estimatedWaitSeconds: number | null }> {
    const data = await this.run<{ chatSession: { queuePosition: number | null; estimatedWaitSeconds: number | null } }>(
      'query GetQueuePlace($id: ID!) { chatSession(id: $id) { queuePosition estimatedWaitSeconds } }',
      { id },
    );
    return data.chatSession;
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
