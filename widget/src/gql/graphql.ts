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
export const LeaveOfflineMessageDocument = {"__meta__":{"hash":"sha256:0db992eb7ab95f06d1a9b791f3213444d566081f4af634162bdedaee8839cd51"}} as unknown as TypedDocumentString<LeaveOfflineMessageMutation, LeaveOfflineMessageMutationVariables>;
export const GetWidgetConfigDocument = {"__meta__":{"hash":"sha256:33e01818a5a42ea43947f37a0fa02e8f22d5122049d7a32041fa05e55cef0fe3"}} as unknown as TypedDocumentString<GetWidgetConfigQuery, GetWidgetConfigQueryVariables>;
export const RegisterCustomerDocument = {"__meta__":{"hash":"sha256:ae4faf0e30226ce5885947afa776371bf157d1c3da4f146c8075d46321ea97b6"}} as unknown as TypedDocumentString<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const StartChatSessionDocument = {"__meta__":{"hash":"sha256:91df631fbba7a9ab2fc549dfa2aaabb2ddf527baa75d96278c3f25f62c07fc54"}} as unknown as TypedDocumentString<StartChatSessionMutation, StartChatSessionMutationVariables>;
export const GetRecentMessagesDocument = {"__meta__":{"hash":"sha256:2887510c2d4b1d0d1f8fdf42f29c32769d53170d06f57278432f8b644a574e80"}} as unknown as TypedDocumentString<GetRecentMessagesQuery, GetRecentMessagesQueryVariables>;
export const GetMessagesAfterDocument = {"__meta__":{"hash":"sha256:622a16c211e79a97782d73d95a89b2da484f9e46fb2209406ba32f2a38f3a61d"}} as unknown as TypedDocumentString<GetMessagesAfterQuery, GetMessagesAfterQueryVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"sha256:645e5c9aff185a7e001cfc71275613fa0c47a037bdc09f3e7f5af87b278cd560"}} as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const SendFileMessageDocument = {"__meta__":{"hash":"sha256:c35ec728b42332a140d078a2ab4e046768b3825962b5bfaf3f2417130b835569"}} as unknown as TypedDocumentString<SendFileMessageMutation, SendFileMessageMutationVariables>;
export const MarkChatSessionReadDocument = {"__meta__":{"hash":"sha256:5e107faf72acc4d71d3b5ca18d29720ad257b341f0a578bc2344cc4d219e0c36"}} as unknown as TypedDocumentString<MarkChatSessionReadMutation, MarkChatSessionReadMutationVariables>;
export const SetTypingDocument = {"__meta__":{"hash":"sha256:856dbbbb44a35cedfc33e748db419e5c06fbee9ac8d9ae0fb93273f1e3d7e9ae"}} as unknown as TypedDocumentString<SetTypingMutation, SetTypingMutationVariables>;
export const OnMessageAddedDocument = {"__meta__":{"hash":"sha256:51fe6a7cb788cf7ec3557556ddb7d16b38a566a57a8237431ac9618d573e89c2"}} as unknown as TypedDocumentString<OnMessageAddedSubscription, OnMessageAddedSubscriptionVariables>;
export const OnTypingChangedDocument = {"__meta__":{"hash":"sha256:6f31bd3b2f801f0d546bb8392e44fef154313ac838b063caf3524a4c1a3fccc9"}} as unknown as TypedDocumentString<OnTypingChangedSubscription, OnTypingChangedSubscriptionVariables>;
export const OnChatSessionUpdatedDocument = {"__meta__":{"hash":"sha256:188ae538e06b6e50dae52be3f244916cb6d24f5cd13d24de0394f3d999d0e3c0"}} as unknown as TypedDocumentString<OnChatSessionUpdatedSubscription, OnChatSessionUpdatedSubscriptionVariables>;
export const GetChatRatingDocument = {"__meta__":{"hash":"sha256:e1a034cf00c60e486591a362ecd614775476f9c1c04775d2aebbbf8c1237eab3"}} as unknown as TypedDocumentString<GetChatRatingQuery, GetChatRatingQueryVariables>;
export const RateChatSessionDocument = {"__meta__":{"hash":"sha256:c6c1a8825ad7c013e7909c1c5f29390c1d64db29ee37b534d8c1824c98421648"}} as unknown as TypedDocumentString<RateChatSessionMutation, RateChatSessionMutationVariables>;
export const EmailTranscriptDocument = {"__meta__":{"hash":"sha256:d302bbd68f9803dc89c696700ba9d9e30ee2fd895b0b74006f042be886b2319f"}} as unknown as TypedDocumentString<EmailTranscriptMutation, EmailTranscriptMutationVariables>;