import {
  connectSocket,
  graphqlRequest,
  subscribe,
  type SocketClient,
  type Subscription,
} from '../../../api/test/support/test-app';

const RegisterCustomer = `mutation RegisterCustomer($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) { token customer { id name } } }`;
const StartChatSession = `mutation StartChatSession($input: StartChatSessionInput) {
  startChatSession(input: $input) { id status } }`;
const CloseChatSession = `mutation CloseChatSession($id: ID!) { closeChatSession(id: $id) { id status } }`;
const SendMessage = `mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) { id text clientMessageId } }`;
const SendFileMessage = `mutation SendFileMessage($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) { id } }`;
const SetTyping = `mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) { setTyping(sessionId: $sessionId, isTyping: $isTyping) }`;
const OnMessageAdded = `subscription OnMessageAdded($sessionId: ID!) {
  messageAdded(sessionId: $sessionId) { id sender senderName text clientMessageId file { filename mimeType size url } } }`;
const OnTypingChanged = `subscription OnTypingChanged($sessionId: ID!) {
  typingChanged(sessionId: $sessionId) { sessionId sender isTyping } }`;
const GetMessages = `query GetMessages($id: ID!) {
  chatSession(id: $id) { id status assignedAdmin { id name } messages(first: 100) { totalCount edges { node { id sender text clientMessageId file { filename mimeType } } } } } }`;

export interface VisitorMessage {
  id: string;
  sender: string;
  senderName: string | null;
  text: string | null;
  clientMessageId: string | null;
  file: { filename: string; mimeType: string; size: number; url: string } | null;
}

interface SessionView {
  id: string;
  status: string;
  assignedAdmin: { id: string; name: string } | null;
  messages: {
    totalCount: number;
    edges: { node: { id: string; sender: string; text: string | null; clientMessageId: string | null; file: { filename: string } | null } }[];
  };
}

/**
 * The website visitor's side, played over the API as the widget would: a customer token, an
 * open session, and a graphql-ws socket that hears the agent's replies and typing.
 */
export class Visitor {
  private socket?: SocketClient;
  messages?: Subscription<{ messageAdded: VisitorMessage }>;
  typing?: Subscription<{ typingChanged: { sender: string; isTyping: boolean } }>;

  private constructor(
    private readonly httpUrl: string,
    private readonly wsUrl: string,
    readonly name: string,
    readonly token: string,
    readonly sessionId: string,
  ) {}

  static async arrive(
    api: { httpUrl: string; wsUrl: string },
    name: string,
    options: { email?: string; firstMessage?: string; listen?: boolean } = {},
  ): Promise<Visitor> {
    const registered = await graphqlRequest<{ registerCustomer: { token: string } }, unknown>(api.httpUrl, RegisterCustomer, {
      input: { name, email: options.email },
    });
    if (!registered.data) throw new Error(`registerCustomer failed: ${JSON.stringify(registered.errors)}`);
    const token = registered.data.registerCustomer.token;
    const started = await graphqlRequest<{ startChatSession: { id: string } }, unknown>(
      api.httpUrl,
      StartChatSession,
      { input: options.firstMessage ? { message: options.firstMessage } : null },
      token,
    );
    if (!started.data) throw new Error(`startChatSession failed: ${JSON.stringify(started.errors)}`);
    const ready = new Visitor(api.httpUrl, api.wsUrl, name, token, started.data.startChatSession.id);
    if (options.listen) await ready.listen();
    return ready;
  }

  /** Subscribes to the agent's messages and typing in this visitor's session. */
  async listen(): Promise<void> {
    this.socket = connectSocket(this.wsUrl, this.token);
    this.messages = subscribe(this.socket, OnMessageAdded, { sessionId: this.sessionId });
    this.typing = subscribe(this.socket, OnTypingChanged, { sessionId: this.sessionId });
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  /** Closes this chat and opens a new one for the same customer, as a returning visitor would. */
  async returnLater(firstMessage: string): Promise<Visitor> {
    const closed = await graphqlRequest(this.httpUrl, CloseChatSession, { id: this.sessionId }, this.token);
    if (closed.errors) throw new Error(`closeChatSession failed: ${JSON.stringify(closed.errors)}`);
    const started = await graphqlRequest<{ startChatSession: { id: string } }, unknown>(
      this.httpUrl,
      StartChatSession,
      { input: { message: firstMessage } },
      this.token,
    );
    if (!started.data) throw new Error(`startChatSession failed: ${JSON.stringify(started.errors)}`);
    return new Visitor(this.httpUrl, this.wsUrl, this.name, this.token, started.data.startChatSession.id);
  }

  async say(text: string, clientMessageId?: string): Promise<string> {
    const sent = await graphqlRequest<{ sendMessage: { id: string } }, unknown>(
      this.httpUrl,
      SendMessage,
      { input: { sessionId: this.sessionId, text, clientMessageId } },
      this.token,
    );
    if (!sent.data) throw new Error(`sendMessage failed: ${JSON.stringify(sent.errors)}`);
    return sent.data.sendMessage.id;
  }

  /** Uploads one file as the widget does: a GraphQL multipart request with the visitor's token. */
  async sendFile(file: { filename: string; type: string; content: Uint8Array }, caption?: string): Promise<string> {
    const form = new FormData();
    const operations = { query: SendFileMessage, variables: { input: { sessionId: this.sessionId, file: null, caption } } };
    form.append('operations', JSON.stringify(operations));
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.type }), file.filename);
    const response = await fetch(this.httpUrl, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${this.token}` },
      body: form,
    });
    const sent = (await response.json()) as { data?: { sendFileMessage: { id: string } }; errors?: unknown };
    if (!sent.data) throw new Error(`sendFileMessage failed: ${JSON.stringify(sent.errors)}`);
    return sent.data.sendFileMessage.id;
  }

  async setTyping(isTyping: boolean): Promise<void> {
    const response = await graphqlRequest(this.httpUrl, SetTyping, { sessionId: this.sessionId, isTyping }, this.token);
    if (response.errors) throw new Error(`setTyping failed: ${JSON.stringify(response.errors)}`);
  }

  /** The session as the API stores it, read with the visitor's own token. */
  async session(): Promise<SessionView> {
    const response = await graphqlRequest<{ chatSession: SessionView }, unknown>(
      this.httpUrl,
      GetMessages,
      { id: this.sessionId },
      this.token,
    );
    if (!response.data?.chatSession) throw new Error(`chatSession failed: ${JSON.stringify(response.errors)}`);
    return response.data.chatSession;
  }

  async leave(): Promise<void> {
    this.messages?.stop();
    this.typing?.stop();
    await this.socket?.dispose();
  }
}
