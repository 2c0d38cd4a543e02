/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChatSessionStatus =
  /** An agent is assigned. */
  | 'ACTIVE'
  /** Finished; nothing more can be sent. */
  | 'CLOSED'
  /** No agent has taken it yet. */
  | 'WAITING';

/** The widget's offline form. `name` and `email` are required: the desk answers by email when it can. */
export type LeaveOfflineMessageInput = {
  email: string;
  /** The first message of the chat, held to the message rules. */
  message: string;
  name: string;
  phone?: string | null | undefined;
  /** A topic from `WidgetConfig.topics`, as in `startChatSession`. */
  teamId?: string | number | null | undefined;
};

export type MessageSender =
  | 'ADMIN'
  | 'BOT'
  | 'CUSTOMER'
  | 'SYSTEM';

export type RegisterCustomerInput = {
  email?: string | null | undefined;
  /** The host site's id of its signed-in user (up to 200 characters), with `identityHash`: the same id is the same customer on every device, its name, email and phone updated from this input. */
  externalId?: string | null | undefined;
  /** hex(HMAC-SHA256(IDENTITY_SECRET, externalId)), computed on the host site's server. A wrong one is FORBIDDEN (reason IDENTITY_INVALID; IDENTITY_NOT_CONFIGURED without IDENTITY_SECRET). */
  identityHash?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

export type SendFileMessageInput = {
  caption?: string | null | undefined;
  clientMessageId?: string | null | undefined;
  file: File;
  sessionId: string | number;
};

export type SendMessageInput = {
  /** Chosen by the client; resending with the same id returns the stored message. */
  clientMessageId?: string | null | undefined;
  /** A private note for the agents (agents only): the customer never sees it, and it changes nothing about the chat. */
  internal?: boolean | null | undefined;
  sessionId: string | number;
  text: string;
};

export type StartChatSessionInput = {
  /** Chosen by the client for the first message; retrying the start with the same id returns the same session and message. */
  clientMessageId?: string | null | undefined;
  /** An optional first message from the visitor. */
  message?: string | null | undefined;
  /** A topic from `WidgetConfig.topics`: the team whose queue a new chat joins. A resumed chat keeps its team. */
  teamId?: string | number | null | undefined;
};

export type LeaveOfflineMessageMutationVariables = Exact<{
  input: LeaveOfflineMessageInput;
}>;


export type LeaveOfflineMessageMutation = { leaveOfflineMessage: { token: string | null, chatSession: { id: string } } };

export type Conversation_MessageFragment = { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, createdAt: string, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null };

export type Conversation_SessionFragment = { id: string, status: ChatSessionStatus, queuePosition: number | null, estimatedWaitSeconds: number | null, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number, assignedAdmin: { name: string } | null };

export type GetWidgetConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type GetWidgetConfigQuery = { widgetConfig: { widgetTitle: string, welcomeMessage: string, primaryColor: string, position: string, allowFileUpload: boolean, maxFileSize: number, allowedFileTypes: Array<string>, online: boolean, open: boolean, nextOpenAt: string | null, agentsAvailable: boolean, offlineMessage: string, identityRequired: boolean, topics: Array<{ teamId: string, name: string }> } };

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterCustomerMutation = { registerCustomer: { token: string, customer: { id: string, name: string } } };

export type StartChatSessionMutationVariables = Exact<{
  input?: StartChatSessionInput | null | undefined;
  last: number;
}>;


export type StartChatSessionMutation = { startChatSession: { id: string, status: ChatSessionStatus, queuePosition: number | null, estimatedWaitSeconds: number | null, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number, messages: { edges: Array<{ cursor: string, node: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, createdAt: string, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } }, assignedAdmin: { name: string } | null } };

export type GetRecentMessagesQueryVariables = Exact<{
  id: string | number;
  last: number;
  before?: string | null | undefined;
}>;


export type GetRecentMessagesQuery = { chatSession: { id: string, status: ChatSessionStatus, queuePosition: number | null, estimatedWaitSeconds: number | null, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number, messages: { edges: Array<{ cursor: string, node: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, createdAt: string, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } }, assignedAdmin: { name: string } | null } | null };

export type GetMessagesAfterQueryVariables = Exact<{
  id: string | number;
  after: string;
  first: number;
}>;


export type GetMessagesAfterQuery = { chatSession: { id: string, status: ChatSessionStatus, queuePosition: number | null, estimatedWaitSeconds: number | null, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number, messages: { edges: Array<{ cursor: string, node: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, createdAt: string, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, assignedAdmin: { name: string } | null } | null };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, createdAt: string, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } };

export type SendFileMessageMutationVariables = Exact<{
  input: SendFileMessageInput;
}>;


export type SendFileMessageMutation = { sendFileMessage: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, createdAt: string, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } };

export type MarkChatSessionReadMutationVariables = Exact<{
  id: string | number;
  messageId: string | number;
}>;


export type MarkChatSessionReadMutation = { markChatSessionRead: { id: string, status: ChatSessionStatus, queuePosition: number | null, estimatedWaitSeconds: number | null, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number, assignedAdmin: { name: string } | null } };

export type SetTypingMutationVariables = Exact<{
  sessionId: string | number;
  isTyping: boolean;
}>;


export type SetTypingMutation = { setTyping: boolean };

export type OnMessageAddedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnMessageAddedSubscription = { messageAdded: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, createdAt: string, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } };

export type OnTypingChangedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnTypingChangedSubscription = { typingChanged: { sender: MessageSender, senderName: string | null, isTyping: boolean } };

export type OnChatSessionUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OnChatSessionUpdatedSubscription = { chatSessionUpdated: { id: string, status: ChatSessionStatus, queuePosition: number | null, estimatedWaitSeconds: number | null, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number, assignedAdmin: { name: string } | null } };

export type GetChatRatingQueryVariables = Exact<{
  id: string | number;
}>;


export type GetChatRatingQuery = { chatSession: { id: string, rating: number | null, transcriptUrl: string, canEmailTranscript: boolean } | null };

export type RateChatSessionMutationVariables = Exact<{
  id: string | number;
  rating: number;
  comment?: string | null | undefined;
}>;


export type RateChatSessionMutation = { rateChatSession: { id: string, rating: number | null } };

export type EmailTranscriptMutationVariables = Exact<{
  id: string | number;
}>;


export type EmailTranscriptMutation = { emailTranscript: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const Conversation_MessageFragmentDoc = new TypedDocumentString(`
    fragment Conversation_message on Message {
  id
  sessionId
  sender
  senderName
  text
  createdAt
  clientMessageId
  file {
    id
    filename
    mimeType
    size
    url
  }
}
    `, {"fragmentName":"Conversation_message"}) as unknown as TypedDocumentString<Conversation_MessageFragment, unknown>;
export const Conversation_SessionFragmentDoc = new TypedDocumentString(`
    fragment Conversation_session on ChatSession {
  id
  status
  assignedAdmin {
    name
  }
  queuePosition
  estimatedWaitSeconds
  customerLastReadMessageId
  agentLastReadMessageId
  unreadCount
}
    `, {"fragmentName":"Conversation_session"}) as unknown as TypedDocumentString<Conversation_SessionFragment, unknown>;
export const LeaveOfflineMessageDocument = new TypedDocumentString(`
    mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {
  leaveOfflineMessage(input: $input) {
    token
    chatSession {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LeaveOfflineMessageMutation, LeaveOfflineMessageMutationVariables>;
export const GetWidgetConfigDocument = new TypedDocumentString(`
    query GetWidgetConfig {
  widgetConfig {
    widgetTitle
    welcomeMessage
    primaryColor
    position
    allowFileUpload
    maxFileSize
    allowedFileTypes
    online
    topics {
      teamId
      name
    }
    open
    nextOpenAt
    agentsAvailable
    offlineMessage
    identityRequired
  }
}
    `) as unknown as TypedDocumentString<GetWidgetConfigQuery, GetWidgetConfigQueryVariables>;
export const RegisterCustomerDocument = new TypedDocumentString(`
    mutation RegisterCustomer($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) {
    token
    customer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const StartChatSessionDocument = new TypedDocumentString(`
    mutation StartChatSession($input: StartChatSessionInput, $last: Int!) {
  startChatSession(input: $input) {
    ...Conversation_session
    messages(last: $last) {
      edges {
        cursor
        node {
          ...Conversation_message
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
}
    fragment Conversation_message on Message {
  id
  sessionId
  sender
  senderName
  text
  createdAt
  clientMessageId
  file {
    id
    filename
    mimeType
    size
    url
  }
}
fragment Conversation_session on ChatSession {
  id
  status
  assignedAdmin {
    name
  }
  queuePosition
  estimatedWaitSeconds
  customerLastReadMessageId
  agentLastReadMessageId
  unreadCount
}`) as unknown as TypedDocumentString<StartChatSessionMutation, StartChatSessionMutationVariables>;
export const GetRecentMessagesDocument = new TypedDocumentString(`
    query GetRecentMessages($id: ID!, $last: Int!, $before: String) {
  chatSession(id: $id) {
    ...Conversation_session
    messages(last: $last, before: $before) {
      edges {
        cursor
        node {
          ...Conversation_message
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
}
    fragment Conversation_message on Message {
  id
  sessionId
  sender
  senderName
  text
  createdAt
  clientMessageId
  file {
    id
    filename
    mimeType
    size
    url
  }
}
fragment Conversation_session on ChatSession {
  id
  status
  assignedAdmin {
    name
  }
  queuePosition
  estimatedWaitSeconds
  customerLastReadMessageId
  agentLastReadMessageId
  unreadCount
}`) as unknown as TypedDocumentString<GetRecentMessagesQuery, GetRecentMessagesQueryVariables>;
export const GetMessagesAfterDocument = new TypedDocumentString(`
    query GetMessagesAfter($id: ID!, $after: String!, $first: Int!) {
  chatSession(id: $id) {
    ...Conversation_session
    messages(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...Conversation_message
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment Conversation_message on Message {
  id
  sessionId
  sender
  senderName
  text
  createdAt
  clientMessageId
  file {
    id
    filename
    mimeType
    size
    url
  }
}
fragment Conversation_session on ChatSession {
  id
  status
  assignedAdmin {
    name
  }
  queuePosition
  estimatedWaitSeconds
  customerLastReadMessageId
  agentLastReadMessageId
  unreadCount
}`) as unknown as TypedDocumentString<GetMessagesAfterQuery, GetMessagesAfterQueryVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    ...Conversation_message
  }
}
    fragment Conversation_message on Message {
  id
  sessionId
  sender
  senderName
  text
  createdAt
  clientMessageId
  file {
    id
    filename
    mimeType
    size
    url
  }
}`) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const SendFileMessageDocument = new TypedDocumentString(`
    mutation SendFileMessage($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) {
    ...Conversation_message
  }
}
    fragment Conversation_message on Message {
  id
  sessionId
  sender
  senderName
  text
  createdAt
  clientMessageId
  file {
    id
    filename
    mimeType
    size
    url
  }
}`) as unknown as TypedDocumentString<SendFileMessageMutation, SendFileMessageMutationVariables>;
export const MarkChatSessionReadDocument = new TypedDocumentString(`
    mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {
  markChatSessionRead(id: $id, messageId: $messageId) {
    ...Conversation_session
  }
}
    fragment Conversation_session on ChatSession {
  id
  status
  assignedAdmin {
    name
  }
  queuePosition
  estimatedWaitSeconds
  customerLastReadMessageId
  agentLastReadMessageId
  unreadCount
}`) as unknown as TypedDocumentString<MarkChatSessionReadMutation, MarkChatSessionReadMutationVariables>;
export const SetTypingDocument = new TypedDocumentString(`
    mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {
  setTyping(sessionId: $sessionId, isTyping: $isTyping)
}
    `) as unknown as TypedDocumentString<SetTypingMutation, SetTypingMutationVariables>;
export const OnMessageAddedDocument = new TypedDocumentString(`
    subscription OnMessageAdded($sessionId: ID!) {
  messageAdded(sessionId: $sessionId) {
    ...Conversation_message
  }
}
    fragment Conversation_message on Message {
  id
  sessionId
  sender
  senderName
  text
  createdAt
  clientMessageId
  file {
    id
    filename
    mimeType
    size
    url
  }
}`) as unknown as TypedDocumentString<OnMessageAddedSubscription, OnMessageAddedSubscriptionVariables>;
export const OnTypingChangedDocument = new TypedDocumentString(`
    subscription OnTypingChanged($sessionId: ID!) {
  typingChanged(sessionId: $sessionId) {
    sender
    senderName
    isTyping
  }
}
    `) as unknown as TypedDocumentString<OnTypingChangedSubscription, OnTypingChangedSubscriptionVariables>;
export const OnChatSessionUpdatedDocument = new TypedDocumentString(`
    subscription OnChatSessionUpdated($id: ID!) {
  chatSessionUpdated(id: $id) {
    ...Conversation_session
  }
}
    fragment Conversation_session on ChatSession {
  id
  status
  assignedAdmin {
    name
  }
  queuePosition
  estimatedWaitSeconds
  customerLastReadMessageId
  agentLastReadMessageId
  unreadCount
}`) as unknown as TypedDocumentString<OnChatSessionUpdatedSubscription, OnChatSessionUpdatedSubscriptionVariables>;
export const GetChatRatingDocument = new TypedDocumentString(`
    query GetChatRating($id: ID!) {
  chatSession(id: $id) {
    id
    rating
    transcriptUrl
    canEmailTranscript
  }
}
    `) as unknown as TypedDocumentString<GetChatRatingQuery, GetChatRatingQueryVariables>;
export const RateChatSessionDocument = new TypedDocumentString(`
    mutation RateChatSession($id: ID!, $rating: Int!, $comment: String) {
  rateChatSession(id: $id, rating: $rating, comment: $comment) {
    id
    rating
  }
}
    `) as unknown as TypedDocumentString<RateChatSessionMutation, RateChatSessionMutationVariables>;
export const EmailTranscriptDocument = new TypedDocumentString(`
    mutation EmailTranscript($id: ID!) {
  emailTranscript(id: $id)
}
    `) as unknown as TypedDocumentString<EmailTranscriptMutation, EmailTranscriptMutationVariables>;