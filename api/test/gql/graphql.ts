/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ADMIN: everything. SUPERVISOR: every conversation and report, no agent management. AGENT: the waiting queue and its own chats. */
export type AdminRole =
  | 'ADMIN'
  | 'AGENT'
  | 'SUPERVISOR';

/** ONLINE takes new chats, AWAY keeps its own but takes no new ones; OFFLINE while no console of the agent is connected. */
export type AgentStatus =
  | 'AWAY'
  | 'OFFLINE'
  | 'ONLINE';

/** What an API key may do; anything its scopes do not name is FORBIDDEN (reason MISSING_SCOPE or NOT_FOR_API_KEYS). */
export type ApiScope =
  /** updateCustomer, blockCustomer, unblockCustomer and blockedCustomers. */
  | 'MANAGE_CUSTOMERS'
  /** chatSessions, chatSession (messages, notes included), searchMessages, labels, teams, and the messageAdded and chatSessionUpdated subscriptions: every chat, as a SUPERVISOR sees it. */
  | 'READ_CHATS'
  /** stats and report. */
  | 'READ_REPORTS'
  /** sendMessage and sendFileMessage into an open chat, as sender BOT with the key's name. */
  | 'WRITE_MESSAGES';

/** Who acted: an agent (any role), a visitor, an API key, the desk itself (routing, jobs), or nobody known (a failed sign-in). */
export type AuditActorKind =
  | 'AGENT'
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'CUSTOMER'
  | 'SYSTEM';

/** Every given field narrows the log; `from` is inclusive, `to` exclusive. */
export type AuditLogFilter = {
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  targetId?: string | null | undefined;
  to?: string | null | undefined;
};

/** Replaces the business hours whole. At most 21 entries in `days` and 366 holidays. */
export type BusinessHoursInput = {
  days: Array<OpeningHoursInput>;
  holidays: Array<string>;
  timezone: string;
};

export type CannedResponseInput = {
  /** 1 to 30 of a-z, 0-9 and "-", unique. */
  shortcut: string;
  /** 1 to 2000 characters. */
  text: string;
  /** 1 to 80 characters. */
  title: string;
};

export type ChatSessionFilter = {
  /** Only sessions assigned to the signed-in agent. */
  assignedToMe?: boolean | null | undefined;
  /** Only this customer's sessions. */
  customerId?: string | number | null | undefined;
  /** Only chats having ANY of these labels (not necessarily all). Empty or omitted: no label filter; unknown ids match nothing. */
  labelIds?: Array<string | number> | null | undefined;
  /** Only sessions not closed yet (WAITING and ACTIVE). */
  open?: boolean | null | undefined;
  /** Matches the customer's name or email, literally. */
  search?: string | null | undefined;
  status?: ChatSessionStatus | null | undefined;
};

export type ChatSessionStatus =
  /** An agent is assigned. */
  | 'ACTIVE'
  /** Finished; nothing more can be sent. */
  | 'CLOSED'
  /** No agent has taken it yet. */
  | 'WAITING';

export type CreateAdminInput = {
  email: string;
  name: string;
  /** At least 8 characters. */
  password: string;
  /** AGENT when omitted. */
  role?: AdminRole | null | undefined;
};

export type CreateApiKeyInput = {
  /** 1 to 100 characters; a bot's messages carry it as their sender's name. */
  name: string;
  /** May be empty: such a key is refused everything. */
  scopes: Array<ApiScope>;
};

export type CreateLabelInput = {
  /** `#RRGGBB`, e.g. `#1F6FEB`. */
  color: string;
  /** 1 to 40 characters, unique regardless of case. */
  name: string;
};

export type CreateTeamInput = {
  /** The agents in the team. */
  memberIds?: Array<string | number> | null | undefined;
  /** 1 to 60 characters, unique regardless of case. */
  name: string;
  /** False when omitted. */
  showInWidget?: boolean | null | undefined;
};

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

export type OpeningHoursInput = {
  closes: string;
  opens: string;
  weekday: Weekday;
};

export type RegisterCustomerInput = {
  email?: string | null | undefined;
  /** The host site's id of its signed-in user (up to 200 characters), with `identityHash`: the same id is the same customer on every device, its name, email and phone updated from this input. */
  externalId?: string | null | undefined;
  /** hex(HMAC-SHA256(IDENTITY_SECRET, externalId)), computed on the host site's server. A wrong one is FORBIDDEN (reason IDENTITY_INVALID; IDENTITY_NOT_CONFIGURED without IDENTITY_SECRET). */
  identityHash?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

export type ReportGrouping =
  /** One row per agent the chats are assigned to now; the chats nobody took are a row with key null ("Belum ditugaskan"). */
  | 'AGENT'
  /** One row per calendar day of the range in the desk's time zone (`Settings.businessHours.timezone`), days without chats included; key YYYY-MM-DD. */
  | 'DAY'
  /** One row per label: a chat with two labels counts in both rows. The chats without a label are a row with key null ("Tanpa label"). */
  | 'LABEL'
  /** One row per team; the chats without a team are a row with key null ("Tanpa tim"). */
  | 'TEAM';

export type RoutingMode =
  /** A new chat goes to an ONLINE agent of its team with a free slot; a freed slot takes the oldest waiting chat. */
  | 'AUTO'
  /** Agents take waiting chats (`takeNextChatSession`) or are assigned them. */
  | 'MANUAL';

export type SendFileMessageInput = {
  caption?: string | null | undefined;
  clientMessageId?: string | null | undefined;
  file: unknown;
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

/** Omitted fields stay as they are. An agent may change its own `name`; everything else is for an ADMIN. */
export type UpdateAdminInput = {
  disabled?: boolean | null | undefined;
  /** Null sets it back to the default. */
  maxConcurrentChats?: number | null | undefined;
  name?: string | null | undefined;
  role?: AdminRole | null | undefined;
  /** Replaces the agent's teams. */
  teamIds?: Array<string | number> | null | undefined;
};

export type UpdateCustomerInput = {
  /** Changes to the attributes: each key (trimmed, 1 to 40 characters) gets its value (text, trimmed, at most 500 characters); an empty value or null removes the key; keys left out stay. At most 30 keys in all. A refusal is BAD_USER_INPUT with `extensions.field` "attributes" and `extensions.key`. */
  attributes?: Record<string, unknown> | null | undefined;
  /** Left out: unchanged; null or empty: removed. */
  email?: string | null | undefined;
  /** Left out: unchanged. The same rules as `registerCustomer`. */
  name?: string | null | undefined;
  /** Left out: unchanged; null or empty: removed. */
  phone?: string | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateLabelInput = {
  color?: string | null | undefined;
  name?: string | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateSettingsInput = {
  /** Replaces the business hours whole. */
  businessHours?: BusinessHoursInput | null | undefined;
  /** 1 to 100. */
  defaultMaxConcurrentChats?: number | null | undefined;
  identityRequired?: boolean | null | undefined;
  /** Up to 500 characters; an empty text brings back the default. */
  offlineMessage?: string | null | undefined;
  /** 1 to 3650 days; 0 turns retention off (keep everything). Left out or null: unchanged. */
  retentionDays?: number | null | undefined;
  routingMode?: RoutingMode | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateTeamInput = {
  /** Replaces the members. */
  memberIds?: Array<string | number> | null | undefined;
  name?: string | null | undefined;
  showInWidget?: boolean | null | undefined;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type ListAdminsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAdminsQuery = { admins: Array<{ id: string, email: string | null, name: string, online: boolean }> };

export type UpdateAdminMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminInput;
}>;


export type UpdateAdminMutation = { updateAdmin: { id: string, name: string, role: AdminRole, maxConcurrentChats: number | null, disabled: boolean } };

export type SetMyStatusMutationVariables = Exact<{
  status: AgentStatus;
}>;


export type SetMyStatusMutation = { setMyStatus: { id: string, status: AgentStatus } };

export type ListAgentLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAgentLoadQuery = { admins: Array<{ id: string, role: AdminRole, status: AgentStatus, activeChatCount: number }> };

export type OnAgentStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnAgentStatusSubscription = { adminPresenceChanged: { online: boolean, status: AgentStatus, admin: { id: string, status: AgentStatus } } };

export type GetStatsSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type GetStatsSummaryQuery = { stats: { activeSessions: number, waitingSessions: number } };

export type ListAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAgentsQuery = { admins: Array<{ id: string, name: string, email: string | null, role: AdminRole }> };

export type RenameAdminMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminInput;
}>;


export type RenameAdminMutation = { updateAdmin: { id: string, name: string } };

export type RaiseDefaultLimitMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type RaiseDefaultLimitMutation = { updateSettings: { defaultMaxConcurrentChats: number } };

export type AuditLogPageQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogPageQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, action: string, targetType: string | null, targetId: string | null, ip: string | null, details: Record<string, unknown>, actor: { kind: AuditActorKind, id: string | null, name: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditActionListQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionListQuery = { auditActions: Array<string> };

export type AuditUpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type AuditUpdateSettingsMutation = { updateSettings: { routingMode: RoutingMode } };

export type AuditUpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type AuditUpdateTeamMutation = { updateTeam: { id: string } };

export type AuditDeleteTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditDeleteTeamMutation = { deleteTeam: boolean };

export type AuditCreateAdminMutationVariables = Exact<{
  input: CreateAdminInput;
}>;


export type AuditCreateAdminMutation = { createAdmin: { id: string } };

export type AuditUpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type AuditUpdateCustomerMutation = { updateCustomer: { id: string } };

export type AuditBlockCustomerMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type AuditBlockCustomerMutation = { blockCustomer: { id: string } };

export type AuditUnblockCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditUnblockCustomerMutation = { unblockCustomer: { id: string } };

export type ListCannedResponsesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ListCannedResponsesQuery = { cannedResponses: Array<{ id: string, shortcut: string, title: string, text: string }> };

export type CreateCannedResponseMutationVariables = Exact<{
  input: CannedResponseInput;
}>;


export type CreateCannedResponseMutation = { createCannedResponse: { id: string, shortcut: string, title: string, text: string } };

export type UpdateCannedResponseMutationVariables = Exact<{
  id: string | number;
  input: CannedResponseInput;
}>;


export type UpdateCannedResponseMutation = { updateCannedResponse: { id: string, shortcut: string, title: string, text: string } };

export type DeleteCannedResponseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCannedResponseMutation = { deleteCannedResponse: boolean };

export type StartChatSessionWithMessagesMutationVariables = Exact<{
  input?: StartChatSessionInput | null | undefined;
}>;


export type StartChatSessionWithMessagesMutation = { startChatSession: { id: string, status: ChatSessionStatus, messages: { edges: Array<{ node: { text: string | null, clientMessageId: string | null } }> } } };

export type OnInboxUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnInboxUpdatedSubscription = { chatSessionUpdated: { id: string, status: ChatSessionStatus, lastMessage: { text: string | null } | null } };

export type MarkReadMutationVariables = Exact<{
  id: string | number;
  messageId: string | number;
}>;


export type MarkReadMutation = { markChatSessionRead: { id: string, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number } };

export type ReadStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadStateQuery = { chatSession: { customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number } | null };

export type CustomerViewQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerViewQuery = { chatSession: { customerLastReadMessageId: string | null, unreadCount: number, messages: { edges: Array<{ node: { id: string, sender: MessageSender, internal: boolean } }> } } | null };

export type InboxUnreadQueryVariables = Exact<{
  filter?: ChatSessionFilter | null | undefined;
}>;


export type InboxUnreadQuery = { chatSessions: { edges: Array<{ node: { id: string, unreadCount: number } }> } };

export type SendForReceiptsMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendForReceiptsMutation = { sendMessage: { id: string, createdAt: string } };

export type StartReceiptChatMutationVariables = Exact<{
  input?: StartChatSessionInput | null | undefined;
}>;


export type StartReceiptChatMutation = { startChatSession: { id: string } };

export type CreateReceiptTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateReceiptTeamMutation = { createTeam: { id: string } };

export type OnReadChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OnReadChangedSubscription = { chatSessionUpdated: { id: string, lastMessageAt: string | null, customerLastReadMessageId: string | null, agentLastReadMessageId: string | null, unreadCount: number } };

export type StartTopicChatMutationVariables = Exact<{
  input?: StartChatSessionInput | null | undefined;
}>;


export type StartTopicChatMutation = { startChatSession: { id: string, status: ChatSessionStatus, team: { id: string, name: string, members: Array<{ id: string }> } | null } };

export type CreateQueueTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateQueueTeamMutation = { createTeam: { id: string } };

export type DeleteQueueTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteQueueTeamMutation = { deleteTeam: boolean };

export type AssignWithTeamMutationVariables = Exact<{
  id: string | number;
  adminId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
}>;


export type AssignWithTeamMutation = { assignChatSession: { id: string, status: ChatSessionStatus, assignedAdmin: { id: string } | null, team: { id: string } | null } };

export type SetAgentLimitMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminInput;
}>;


export type SetAgentLimitMutation = { updateAdmin: { id: string, maxConcurrentChats: number | null } };

export type SetDeskLimitMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type SetDeskLimitMutation = { updateSettings: { defaultMaxConcurrentChats: number } };

export type ListQueueQueryVariables = Exact<{
  filter?: ChatSessionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListQueueQuery = { chatSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, queuedAt: string | null, team: { id: string } | null } }> } };

export type ReadChatQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadChatQuery = { chatSession: { id: string, status: ChatSessionStatus, team: { id: string } | null, messages: { totalCount: number } } | null };

export type UpdateQueueTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type UpdateQueueTeamMutation = { updateTeam: { id: string } };

export type BlockCustomerMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type BlockCustomerMutation = { blockCustomer: { id: string, blocked: boolean, blockedAt: string | null, blockedReason: string | null } };

export type UnblockCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type UnblockCustomerMutation = { unblockCustomer: { id: string, blocked: boolean, blockedReason: string | null } };

export type ListBlockedCustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListBlockedCustomersQuery = { blockedCustomers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, blockedReason: string | null } }> } };

export type BlockingOwnChatQueryVariables = Exact<{
  id: string | number;
}>;


export type BlockingOwnChatQuery = { chatSession: { id: string } | null };

export type BlockingRegisterAgainMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type BlockingRegisterAgainMutation = { registerCustomer: { token: string, customer: { id: string } } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { id: string, name: string, email: string | null, phone: string | null, attributes: Record<string, unknown> } };

export type GetCustomerChatsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GetCustomerChatsQuery = { chatSession: { id: string, customer: { id: string, name: string, attributes: Record<string, unknown>, chatSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: ChatSessionStatus } }> } } } | null };

export type ListCustomersChatsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ListCustomersChatsQuery = { chatSessions: { edges: Array<{ node: { id: string, customer: { id: string, chatSessions: { totalCount: number, edges: Array<{ node: { id: string } }> } } } }> } };

export type OnProfileChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnProfileChangedSubscription = { chatSessionUpdated: { id: string, customer: { id: string, name: string, attributes: Record<string, unknown> } } };

export type RegisterVerifiedMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterVerifiedMutation = { registerCustomer: { token: string, customer: { id: string, name: string, email: string | null, phone: string | null, externalId: string | null, verified: boolean, blocked: boolean } } };

export type IdentityWhoAmIQueryVariables = Exact<{
  id: string | number;
}>;


export type IdentityWhoAmIQuery = { chatSession: { id: string, customer: { id: string, verified: boolean, externalId: string | null } } | null };

export type SetIdentityRequiredMutationVariables = Exact<{
  required: boolean;
}>;


export type SetIdentityRequiredMutation = { updateSettings: { identityRequired: boolean } };

export type IdentityLeaveOfflineMutationVariables = Exact<{
  input: LeaveOfflineMessageInput;
}>;


export type IdentityLeaveOfflineMutation = { leaveOfflineMessage: { token: string | null } };

export type WidgetIdentityRequiredQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetIdentityRequiredQuery = { widgetConfig: { identityRequired: boolean } };

export type IdentitySendFileMutationVariables = Exact<{
  input: SendFileMessageInput;
}>;


export type IdentitySendFileMutation = { sendFileMessage: { id: string } };

export type SendFileMessageMutationVariables = Exact<{
  input: SendFileMessageInput;
}>;


export type SendFileMessageMutation = { sendFileMessage: { id: string, sessionId: string, sender: MessageSender, text: string | null, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } };

export type GetSessionFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type GetSessionFilesQuery = { chatSession: { id: string, messages: { totalCount: number, edges: Array<{ node: { id: string, text: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } }> } } | null };

export type OnFileMessageAddedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnFileMessageAddedSubscription = { messageAdded: { id: string, sender: MessageSender, text: string | null, clientMessageId: string | null, file: { id: string, filename: string, mimeType: string, size: number, url: string } | null } };

export type ListLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListLabelsQuery = { labels: Array<{ id: string, name: string, color: string }> };

export type CreateLabelMutationVariables = Exact<{
  input: CreateLabelInput;
}>;


export type CreateLabelMutation = { createLabel: { id: string, name: string, color: string } };

export type UpdateLabelMutationVariables = Exact<{
  id: string | number;
  input: UpdateLabelInput;
}>;


export type UpdateLabelMutation = { updateLabel: { id: string, name: string, color: string } };

export type DeleteLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLabelMutation = { deleteLabel: boolean };

export type SetChatSessionLabelsMutationVariables = Exact<{
  id: string | number;
  labelIds: Array<string | number> | string | number;
}>;


export type SetChatSessionLabelsMutation = { setChatSessionLabels: { id: string, labels: Array<{ id: string, name: string, color: string }> } };

export type ChatSessionLabelsQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatSessionLabelsQuery = { chatSession: { id: string, labels: Array<{ name: string }> } | null };

export type LabelledChatsQueryVariables = Exact<{
  filter?: ChatSessionFilter | null | undefined;
}>;


export type LabelledChatsQuery = { chatSessions: { totalCount: number, edges: Array<{ node: { id: string, labels: Array<{ name: string }> } }> } };

export type OnLabelledChatUpdatedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OnLabelledChatUpdatedSubscription = { chatSessionUpdated: { id: string, status: ChatSessionStatus, lastMessageAt: string | null, labels: Array<{ name: string, color: string }> } };

export type SendNoteMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendNoteMutation = { sendMessage: { id: string, sender: MessageSender, text: string | null, internal: boolean } };

export type ConversationAsSeenQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConversationAsSeenQuery = { chatSession: { status: ChatSessionStatus, lastMessageAt: string | null, queuedAt: string | null, assignedAdmin: { id: string } | null, lastMessage: { text: string | null, internal: boolean } | null, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { text: string | null, internal: boolean } }> } } | null };

export type OnMessageWithInternalSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnMessageWithInternalSubscription = { messageAdded: { text: string | null, internal: boolean } };

export type SendFileWithInternalMutationVariables = Exact<{
  input: SendFileMessageInput;
}>;


export type SendFileWithInternalMutation = { sendFileMessage: { id: string } };

export type OnTypingWithNameSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnTypingWithNameSubscription = { typingChanged: { sender: MessageSender, senderName: string | null, isTyping: boolean } };

export type DeskHoursFragment = { offlineMessage: string, businessHours: { timezone: string, holidays: Array<string>, days: Array<{ weekday: Weekday, opens: string, closes: string }> } };

export type DeskSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskSettingsQuery = { settings: { offlineMessage: string, businessHours: { timezone: string, holidays: Array<string>, days: Array<{ weekday: Weekday, opens: string, closes: string }> } } };

export type UpdateDeskHoursMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type UpdateDeskHoursMutation = { updateSettings: { offlineMessage: string, businessHours: { timezone: string, holidays: Array<string>, days: Array<{ weekday: Weekday, opens: string, closes: string }> } } };

export type DeskOpeningQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskOpeningQuery = { widgetConfig: { open: boolean, nextOpenAt: string | null, timezone: string, offlineMessage: string, online: boolean, agentsAvailable: boolean } };

export type LeaveOfflineMessageMutationVariables = Exact<{
  input: LeaveOfflineMessageInput;
}>;


export type LeaveOfflineMessageMutation = { leaveOfflineMessage: { token: string | null, customer: { id: string, name: string, email: string | null, phone: string | null }, chatSession: { id: string, status: ChatSessionStatus, offline: boolean, team: { id: string } | null, messages: { edges: Array<{ node: { sender: MessageSender, text: string | null } }> } } } };

export type OfflineChatQueryVariables = Exact<{
  id: string | number;
}>;


export type OfflineChatQuery = { chatSession: { id: string, status: ChatSessionStatus, offline: boolean, assignedAdmin: { id: string } | null, messages: { edges: Array<{ node: { sender: MessageSender, text: string | null } }> } } | null };

export type OfflineInboxQueryVariables = Exact<{
  filter?: ChatSessionFilter | null | undefined;
}>;


export type OfflineInboxQuery = { chatSessions: { edges: Array<{ node: { id: string, offline: boolean } }> } };

export type LeaveOfflineForMailMutationVariables = Exact<{
  input: LeaveOfflineMessageInput;
}>;


export type LeaveOfflineForMailMutation = { leaveOfflineMessage: { token: string | null, chatSession: { id: string } } };

export type OnAdminPresenceChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnAdminPresenceChangedSubscription = { adminPresenceChanged: { online: boolean, admin: { id: string, name: string, online: boolean } } };

export type ListAdminsOnlineQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAdminsOnlineQuery = { admins: Array<{ id: string, online: boolean }> };

export type TransferWithNoteMutationVariables = Exact<{
  id: string | number;
  adminId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  note?: string | null | undefined;
}>;


export type TransferWithNoteMutation = { assignChatSession: { id: string, status: ChatSessionStatus, assignedAdmin: { id: string } | null } };

export type TransferConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type TransferConversationQuery = { chatSession: { status: ChatSessionStatus, assignedAdmin: { id: string } | null, messages: { edges: Array<{ node: { sender: MessageSender, senderName: string | null, text: string | null, internal: boolean } }> } } | null };

export type OnTransferMessageSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnTransferMessageSubscription = { messageAdded: { sender: MessageSender, senderName: string | null, text: string | null, internal: boolean } };

export type WriteMentionNoteMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type WriteMentionNoteMutation = { sendMessage: { id: string } };

export type OnMentionedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnMentionedSubscription = { mentioned: { sessionId: string, sessionStatus: ChatSessionStatus, mentionedBy: string | null, customerName: string, message: { text: string | null, internal: boolean } } };

export type RateChatMutationVariables = Exact<{
  id: string | number;
  rating: number;
  comment?: string | null | undefined;
}>;


export type RateChatMutation = { rateChatSession: { id: string, status: ChatSessionStatus, rating: number | null, ratingComment: string | null } };

export type ChatRatingQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatRatingQuery = { chatSession: { rating: number | null, ratingComment: string | null, transcriptUrl: string } | null };

export type RatingStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type RatingStatsQuery = { stats: { averageRating: number | null, ratingCount: number } };

export type OnRatedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OnRatedSubscription = { chatSessionUpdated: { id: string, status: ChatSessionStatus, rating: number | null, ratingComment: string | null, lastMessageAt: string | null } };

export type SearchMessagesQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchMessagesQuery = { searchMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, highlight: string | null, node: { id: string, text: string | null, internal: boolean }, session: { id: string } }> } };

export type GetStatsQueryVariables = Exact<{
  days: number;
}>;


export type GetStatsQuery = { stats: { activeSessions: number, waitingSessions: number, averageFirstResponseSeconds: number | null, messagesPerDay: Array<{ date: string, count: number }> } };

export type GetDefaultStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetDefaultStatsQuery = { stats: { messagesPerDay: Array<{ date: string, count: number }> } };

export type ListTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListTeamsQuery = { teams: Array<{ id: string, name: string, showInWidget: boolean, createdAt: string, members: Array<{ id: string, name: string }> }> };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { id: string, name: string, showInWidget: boolean, members: Array<{ id: string }> } };

export type UpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { id: string, name: string, showInWidget: boolean, members: Array<{ id: string }> } };

export type DeleteTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTeamMutation = { deleteTeam: boolean };

export type UpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminInput;
}>;


export type UpdateAgentMutation = { updateAdmin: { id: string, name: string, role: AdminRole, teams: Array<{ id: string, name: string }> } };

export type ListAgentTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAgentTeamsQuery = { admins: Array<{ id: string, teams: Array<{ name: string }> }> };

export type GetSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetSettingsQuery = { settings: { routingMode: RoutingMode, defaultMaxConcurrentChats: number } };

export type UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type UpdateSettingsMutation = { updateSettings: { routingMode: RoutingMode, defaultMaxConcurrentChats: number } };

export type GetTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetTopicsQuery = { widgetConfig: { topics: Array<{ teamId: string, name: string }> } };

export type EmailTranscriptMutationVariables = Exact<{
  id: string | number;
}>;


export type EmailTranscriptMutation = { emailTranscript: boolean };

export type CanEmailQueryVariables = Exact<{
  id: string | number;
}>;


export type CanEmailQuery = { chatSession: { canEmailTranscript: boolean } | null };

export type SendRateLimitedFileMutationVariables = Exact<{
  input: SendFileMessageInput;
}>;


export type SendRateLimitedFileMutation = { sendFileMessage: { id: string } };

export type ApiKeyRevocationChatSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyRevocationChatSessionsQuery = { chatSessions: { totalCount: number } };

export type ApiKeysListQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysListQuery = { apiKeys: Array<{ id: string, name: string, scopes: Array<ApiScope>, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type ApiKeysChatSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysChatSessionsQuery = { chatSessions: { totalCount: number, edges: Array<{ node: { id: string, status: ChatSessionStatus, labels: Array<{ id: string }>, customer: { id: string, name: string } } }> } };

export type ApiKeysChatSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiKeysChatSessionQuery = { chatSession: { id: string, status: ChatSessionStatus, assignedAdmin: { id: string, email: string | null } | null, messages: { edges: Array<{ node: { id: string, sender: MessageSender, senderName: string | null, text: string | null, internal: boolean } }> } } | null };

export type ApiKeysStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysStatsQuery = { stats: { waitingSessions: number, averageFirstResponseSeconds: number | null } };

export type ApiKeysUpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type ApiKeysUpdateCustomerMutation = { updateCustomer: { id: string, name: string } };

export type ApiKeysBlockedCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysBlockedCustomersQuery = { blockedCustomers: { totalCount: number } };

export type ApiKeysSearchQueryVariables = Exact<{
  query: string;
}>;


export type ApiKeysSearchQuery = { searchMessages: { edges: Array<{ node: { id: string } }> } };

export type ApiKeysTeamsAndLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysTeamsAndLabelsQuery = { teams: Array<{ id: string }>, labels: Array<{ id: string }> };

export type ApiKeysAdminsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysAdminsQuery = { admins: Array<{ id: string }> };

export type ApiKeysSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysSettingsQuery = { settings: { routingMode: RoutingMode } };

export type ApiKeysCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type ApiKeysCreateTeamMutation = { createTeam: { id: string } };

export type ApiKeysMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysMeQuery = { me: { id: string } };

export type ApiKeysLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysLogoutMutation = { logout: boolean };

export type ApiKeysCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeysCloseMutation = { closeChatSession: { id: string } };

export type ApiKeysAssignMutationVariables = Exact<{
  id: string | number;
  adminId?: string | number | null | undefined;
}>;


export type ApiKeysAssignMutation = { assignChatSession: { id: string } };

export type ApiKeysTypingMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type ApiKeysTypingMutation = { setTyping: boolean };

export type SendSlowFileMutationVariables = Exact<{
  input: SendFileMessageInput;
}>;


export type SendSlowFileMutation = { sendFileMessage: { id: string, file: { size: number } | null } };

export type ObservabilityProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type ObservabilityProbeQuery = { widgetConfig: { widgetTitle: string } };

export type ObservabilityOverSocketQueryVariables = Exact<{ [key: string]: never; }>;


export type ObservabilityOverSocketQuery = { widgetConfig: { widgetTitle: string } };

export type ObservabilityRefusedQueryVariables = Exact<{ [key: string]: never; }>;


export type ObservabilityRefusedQuery = { admins: Array<{ id: string }> };

export type QueueDeleteTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type QueueDeleteTeamMutation = { deleteTeam: boolean };

export type GetReportQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: ReportGrouping;
}>;


export type GetReportQuery = { report: { from: string, to: string, groupBy: ReportGrouping, timezone: string, csvUrl: string, rows: Array<{ key: string | null, label: string, chats: number, messages: number, averageRating: number | null, ratingCount: number, firstResponseSeconds: { median: number | null, p90: number | null, count: number }, resolutionSeconds: { median: number | null, p90: number | null, count: number } }>, totals: { key: string | null, label: string, chats: number, messages: number, averageRating: number | null, ratingCount: number, firstResponseSeconds: { median: number | null, p90: number | null, count: number }, resolutionSeconds: { median: number | null, p90: number | null, count: number } } } };

export type ReportFiguresFragment = { key: string | null, label: string, chats: number, messages: number, averageRating: number | null, ratingCount: number, firstResponseSeconds: { median: number | null, p90: number | null, count: number }, resolutionSeconds: { median: number | null, p90: number | null, count: number } };

export type SetReportTimeZoneMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type SetReportTimeZoneMutation = { updateSettings: { businessHours: { timezone: string } } };

export type CreateReportLabelMutationVariables = Exact<{
  input: CreateLabelInput;
}>;


export type CreateReportLabelMutation = { createLabel: { id: string } };

export type CreateReportKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateReportKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type RevokeReportKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeReportKeyMutation = { revokeApiKey: { id: string } };

export type DemoteReportReaderMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminInput;
}>;


export type DemoteReportReaderMutation = { updateAdmin: { id: string, role: AdminRole } };

export type SupportCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SupportCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, scopes: Array<ApiScope>, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type SupportRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SupportRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, admin: { id: string, email: string | null, name: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null, name: string } };

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterCustomerMutation = { registerCustomer: { token: string, customer: { id: string, name: string, email: string | null, phone: string | null, createdAt: string } } };

export type StartChatSessionMutationVariables = Exact<{
  input?: StartChatSessionInput | null | undefined;
}>;


export type StartChatSessionMutation = { startChatSession: { id: string, status: ChatSessionStatus, lastMessageAt: string | null, customer: { id: string, name: string } } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, clientMessageId: string | null, createdAt: string } };

export type SetTypingMutationVariables = Exact<{
  sessionId: string | number;
  isTyping: boolean;
}>;


export type SetTypingMutation = { setTyping: boolean };

export type GetChatSessionQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type GetChatSessionQuery = { chatSession: { id: string, status: ChatSessionStatus, closedAt: string | null, assignedAdmin: { id: string, name: string } | null, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, text: string | null, sender: MessageSender } }> } } | null };

export type ListChatSessionsQueryVariables = Exact<{
  filter?: ChatSessionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListChatSessionsQuery = { chatSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: ChatSessionStatus, customer: { id: string, name: string, email: string | null }, assignedAdmin: { id: string, name: string } | null, lastMessage: { id: string, text: string | null } | null } }> } };

export type AssignChatSessionMutationVariables = Exact<{
  id: string | number;
  adminId?: string | number | null | undefined;
}>;


export type AssignChatSessionMutation = { assignChatSession: { id: string, status: ChatSessionStatus, assignedAdmin: { id: string } | null } };

export type CloseChatSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseChatSessionMutation = { closeChatSession: { id: string, status: ChatSessionStatus, closedAt: string | null } };

export type GetWidgetConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type GetWidgetConfigQuery = { widgetConfig: { widgetTitle: string, welcomeMessage: string, primaryColor: string, position: string, allowFileUpload: boolean, maxFileSize: number, allowedFileTypes: Array<string>, online: boolean } };

export type OnMessageAddedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnMessageAddedSubscription = { messageAdded: { id: string, sessionId: string, sender: MessageSender, senderName: string | null, text: string | null, clientMessageId: string | null } };

export type OnTypingChangedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnTypingChangedSubscription = { typingChanged: { sessionId: string, sender: MessageSender, isTyping: boolean } };

export type OnChatSessionUpdatedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OnChatSessionUpdatedSubscription = { chatSessionUpdated: { id: string, status: ChatSessionStatus, assignedAdmin: { id: string } | null, customer: { name: string } } };

export type CreateAdminMutationVariables = Exact<{
  input: CreateAdminInput;
}>;


export type CreateAdminMutation = { createAdmin: { id: string, email: string | null, name: string, online: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type QueueChatStateQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueChatStateQuery = { chatSession: { id: string, status: ChatSessionStatus, queuePosition: number | null, estimatedWaitSeconds: number | null, assignedAdmin: { id: string } | null, team: { id: string } | null } | null };

export type QueueWaitingListQueryVariables = Exact<{
  filter: ChatSessionFilter;
  first?: number | null | undefined;
}>;


export type QueueWaitingListQuery = { chatSessions: { edges: Array<{ node: { id: string, queuePosition: number | null, estimatedWaitSeconds: number | null, team: { id: string } | null } }> } };

export type OnQueueChatUpdatedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OnQueueChatUpdatedSubscription = { chatSessionUpdated: { id: string, status: ChatSessionStatus, lastMessageAt: string | null, queuePosition: number | null, estimatedWaitSeconds: number | null, assignedAdmin: { id: string } | null } };

export type QueueTakeNextMutationVariables = Exact<{ [key: string]: never; }>;


export type QueueTakeNextMutation = { takeNextChatSession: { id: string, status: ChatSessionStatus, queuePosition: number | null, assignedAdmin: { id: string } | null } | null };

export type QueueUnassignMutationVariables = Exact<{
  id: string | number;
}>;


export type QueueUnassignMutation = { unassignChatSession: { id: string, status: ChatSessionStatus, queuePosition: number | null, assignedAdmin: { id: string } | null } };

export type QueueAssignMutationVariables = Exact<{
  id: string | number;
  adminId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
}>;


export type QueueAssignMutation = { assignChatSession: { id: string, status: ChatSessionStatus, assignedAdmin: { id: string } | null } };

export type QueueCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type QueueCloseMutation = { closeChatSession: { id: string, status: ChatSessionStatus } };

export type QueueCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type QueueCreateTeamMutation = { createTeam: { id: string } };

export type QueueSetRoutingMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type QueueSetRoutingMutation = { updateSettings: { routingMode: RoutingMode, defaultMaxConcurrentChats: number } };

export type QueueSetAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminInput;
}>;


export type QueueSetAgentMutation = { updateAdmin: { id: string } };

export type QueueSetMyStatusMutationVariables = Exact<{
  status: AgentStatus;
}>;


export type QueueSetMyStatusMutation = { setMyStatus: { id: string } };

export type QueueStartChatMutationVariables = Exact<{
  input?: StartChatSessionInput | null | undefined;
}>;


export type QueueStartChatMutation = { startChatSession: { id: string, status: ChatSessionStatus, queuePosition: number | null } };

export type DisableAgentMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
}>;


export type DisableAgentMutation = { updateAdmin: { id: string, disabled: boolean } };

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
export const DeskHoursFragmentDoc = new TypedDocumentString(`
    fragment DeskHours on Settings {
  offlineMessage
  businessHours {
    timezone
    holidays
    days {
      weekday
      opens
      closes
    }
  }
}
    `, {"fragmentName":"DeskHours"}) as unknown as TypedDocumentString<DeskHoursFragment, unknown>;
export const ReportFiguresFragmentDoc = new TypedDocumentString(`
    fragment ReportFigures on ReportRow {
  key
  label
  chats
  messages
  firstResponseSeconds {
    median
    p90
    count
  }
  resolutionSeconds {
    median
    p90
    count
  }
  averageRating
  ratingCount
}
    `, {"fragmentName":"ReportFigures"}) as unknown as TypedDocumentString<ReportFiguresFragment, unknown>;
export const ListAdminsDocument = new TypedDocumentString(`
    query ListAdmins {
  admins {
    id
    email
    name
    online
  }
}
    `) as unknown as TypedDocumentString<ListAdminsQuery, ListAdminsQueryVariables>;
export const UpdateAdminDocument = new TypedDocumentString(`
    mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {
  updateAdmin(id: $id, input: $input) {
    id
    name
    role
    maxConcurrentChats
    disabled
  }
}
    `) as unknown as TypedDocumentString<UpdateAdminMutation, UpdateAdminMutationVariables>;
export const SetMyStatusDocument = new TypedDocumentString(`
    mutation SetMyStatus($status: AgentStatus!) {
  setMyStatus(status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetMyStatusMutation, SetMyStatusMutationVariables>;
export const ListAgentLoadDocument = new TypedDocumentString(`
    query ListAgentLoad {
  admins {
    id
    role
    status
    activeChatCount
  }
}
    `) as unknown as TypedDocumentString<ListAgentLoadQuery, ListAgentLoadQueryVariables>;
export const OnAgentStatusDocument = new TypedDocumentString(`
    subscription OnAgentStatus {
  adminPresenceChanged {
    online
    status
    admin {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OnAgentStatusSubscription, OnAgentStatusSubscriptionVariables>;
export const GetStatsSummaryDocument = new TypedDocumentString(`
    query GetStatsSummary {
  stats {
    activeSessions
    waitingSessions
  }
}
    `) as unknown as TypedDocumentString<GetStatsSummaryQuery, GetStatsSummaryQueryVariables>;
export const ListAgentsDocument = new TypedDocumentString(`
    query ListAgents {
  admins {
    id
    name
    email
    role
  }
}
    `) as unknown as TypedDocumentString<ListAgentsQuery, ListAgentsQueryVariables>;
export const RenameAdminDocument = new TypedDocumentString(`
    mutation RenameAdmin($id: ID!, $input: UpdateAdminInput!) {
  updateAdmin(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RenameAdminMutation, RenameAdminMutationVariables>;
export const RaiseDefaultLimitDocument = new TypedDocumentString(`
    mutation RaiseDefaultLimit($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    defaultMaxConcurrentChats
  }
}
    `) as unknown as TypedDocumentString<RaiseDefaultLimitMutation, RaiseDefaultLimitMutationVariables>;
export const AuditLogPageDocument = new TypedDocumentString(`
    query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        at
        action
        targetType
        targetId
        ip
        details
        actor {
          kind
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const AuditActionListDocument = new TypedDocumentString(`
    query AuditActionList {
  auditActions
}
    `) as unknown as TypedDocumentString<AuditActionListQuery, AuditActionListQueryVariables>;
export const AuditUpdateSettingsDocument = new TypedDocumentString(`
    mutation AuditUpdateSettings($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    routingMode
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateSettingsMutation, AuditUpdateSettingsMutationVariables>;
export const AuditUpdateTeamDocument = new TypedDocumentString(`
    mutation AuditUpdateTeam($id: ID!, $input: UpdateTeamInput!) {
  updateTeam(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateTeamMutation, AuditUpdateTeamMutationVariables>;
export const AuditDeleteTeamDocument = new TypedDocumentString(`
    mutation AuditDeleteTeam($id: ID!) {
  deleteTeam(id: $id)
}
    `) as unknown as TypedDocumentString<AuditDeleteTeamMutation, AuditDeleteTeamMutationVariables>;
export const AuditCreateAdminDocument = new TypedDocumentString(`
    mutation AuditCreateAdmin($input: CreateAdminInput!) {
  createAdmin(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCreateAdminMutation, AuditCreateAdminMutationVariables>;
export const AuditUpdateCustomerDocument = new TypedDocumentString(`
    mutation AuditUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateCustomerMutation, AuditUpdateCustomerMutationVariables>;
export const AuditBlockCustomerDocument = new TypedDocumentString(`
    mutation AuditBlockCustomer($id: ID!, $reason: String) {
  blockCustomer(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditBlockCustomerMutation, AuditBlockCustomerMutationVariables>;
export const AuditUnblockCustomerDocument = new TypedDocumentString(`
    mutation AuditUnblockCustomer($id: ID!) {
  unblockCustomer(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditUnblockCustomerMutation, AuditUnblockCustomerMutationVariables>;
export const ListCannedResponsesDocument = new TypedDocumentString(`
    query ListCannedResponses($search: String) {
  cannedResponses(search: $search) {
    id
    shortcut
    title
    text
  }
}
    `) as unknown as TypedDocumentString<ListCannedResponsesQuery, ListCannedResponsesQueryVariables>;
export const CreateCannedResponseDocument = new TypedDocumentString(`
    mutation CreateCannedResponse($input: CannedResponseInput!) {
  createCannedResponse(input: $input) {
    id
    shortcut
    title
    text
  }
}
    `) as unknown as TypedDocumentString<CreateCannedResponseMutation, CreateCannedResponseMutationVariables>;
export const UpdateCannedResponseDocument = new TypedDocumentString(`
    mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {
  updateCannedResponse(id: $id, input: $input) {
    id
    shortcut
    title
    text
  }
}
    `) as unknown as TypedDocumentString<UpdateCannedResponseMutation, UpdateCannedResponseMutationVariables>;
export const DeleteCannedResponseDocument = new TypedDocumentString(`
    mutation DeleteCannedResponse($id: ID!) {
  deleteCannedResponse(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCannedResponseMutation, DeleteCannedResponseMutationVariables>;
export const StartChatSessionWithMessagesDocument = new TypedDocumentString(`
    mutation StartChatSessionWithMessages($input: StartChatSessionInput) {
  startChatSession(input: $input) {
    id
    status
    messages(first: 10) {
      edges {
        node {
          text
          clientMessageId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StartChatSessionWithMessagesMutation, StartChatSessionWithMessagesMutationVariables>;
export const OnInboxUpdatedDocument = new TypedDocumentString(`
    subscription OnInboxUpdated {
  chatSessionUpdated {
    id
    status
    lastMessage {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<OnInboxUpdatedSubscription, OnInboxUpdatedSubscriptionVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($id: ID!, $messageId: ID!) {
  markChatSessionRead(id: $id, messageId: $messageId) {
    id
    customerLastReadMessageId
    agentLastReadMessageId
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const ReadStateDocument = new TypedDocumentString(`
    query ReadState($id: ID!) {
  chatSession(id: $id) {
    customerLastReadMessageId
    agentLastReadMessageId
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<ReadStateQuery, ReadStateQueryVariables>;
export const CustomerViewDocument = new TypedDocumentString(`
    query CustomerView($id: ID!) {
  chatSession(id: $id) {
    customerLastReadMessageId
    unreadCount
    messages(first: 100) {
      edges {
        node {
          id
          sender
          internal
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerViewQuery, CustomerViewQueryVariables>;
export const InboxUnreadDocument = new TypedDocumentString(`
    query InboxUnread($filter: ChatSessionFilter) {
  chatSessions(filter: $filter, first: 20) {
    edges {
      node {
        id
        unreadCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxUnreadQuery, InboxUnreadQueryVariables>;
export const SendForReceiptsDocument = new TypedDocumentString(`
    mutation SendForReceipts($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SendForReceiptsMutation, SendForReceiptsMutationVariables>;
export const StartReceiptChatDocument = new TypedDocumentString(`
    mutation StartReceiptChat($input: StartChatSessionInput) {
  startChatSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartReceiptChatMutation, StartReceiptChatMutationVariables>;
export const CreateReceiptTeamDocument = new TypedDocumentString(`
    mutation CreateReceiptTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReceiptTeamMutation, CreateReceiptTeamMutationVariables>;
export const OnReadChangedDocument = new TypedDocumentString(`
    subscription OnReadChanged($id: ID) {
  chatSessionUpdated(id: $id) {
    id
    lastMessageAt
    customerLastReadMessageId
    agentLastReadMessageId
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<OnReadChangedSubscription, OnReadChangedSubscriptionVariables>;
export const StartTopicChatDocument = new TypedDocumentString(`
    mutation StartTopicChat($input: StartChatSessionInput) {
  startChatSession(input: $input) {
    id
    status
    team {
      id
      name
      members {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StartTopicChatMutation, StartTopicChatMutationVariables>;
export const CreateQueueTeamDocument = new TypedDocumentString(`
    mutation CreateQueueTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateQueueTeamMutation, CreateQueueTeamMutationVariables>;
export const DeleteQueueTeamDocument = new TypedDocumentString(`
    mutation DeleteQueueTeam($id: ID!) {
  deleteTeam(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteQueueTeamMutation, DeleteQueueTeamMutationVariables>;
export const AssignWithTeamDocument = new TypedDocumentString(`
    mutation AssignWithTeam($id: ID!, $adminId: ID, $teamId: ID) {
  assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {
    id
    status
    assignedAdmin {
      id
    }
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AssignWithTeamMutation, AssignWithTeamMutationVariables>;
export const SetAgentLimitDocument = new TypedDocumentString(`
    mutation SetAgentLimit($id: ID!, $input: UpdateAdminInput!) {
  updateAdmin(id: $id, input: $input) {
    id
    maxConcurrentChats
  }
}
    `) as unknown as TypedDocumentString<SetAgentLimitMutation, SetAgentLimitMutationVariables>;
export const SetDeskLimitDocument = new TypedDocumentString(`
    mutation SetDeskLimit($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    defaultMaxConcurrentChats
  }
}
    `) as unknown as TypedDocumentString<SetDeskLimitMutation, SetDeskLimitMutationVariables>;
export const ListQueueDocument = new TypedDocumentString(`
    query ListQueue($filter: ChatSessionFilter, $first: Int, $after: String) {
  chatSessions(filter: $filter, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        queuedAt
        team {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListQueueQuery, ListQueueQueryVariables>;
export const ReadChatDocument = new TypedDocumentString(`
    query ReadChat($id: ID!) {
  chatSession(id: $id) {
    id
    status
    team {
      id
    }
    messages {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ReadChatQuery, ReadChatQueryVariables>;
export const UpdateQueueTeamDocument = new TypedDocumentString(`
    mutation UpdateQueueTeam($id: ID!, $input: UpdateTeamInput!) {
  updateTeam(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateQueueTeamMutation, UpdateQueueTeamMutationVariables>;
export const BlockCustomerDocument = new TypedDocumentString(`
    mutation BlockCustomer($id: ID!, $reason: String) {
  blockCustomer(id: $id, reason: $reason) {
    id
    blocked
    blockedAt
    blockedReason
  }
}
    `) as unknown as TypedDocumentString<BlockCustomerMutation, BlockCustomerMutationVariables>;
export const UnblockCustomerDocument = new TypedDocumentString(`
    mutation UnblockCustomer($id: ID!) {
  unblockCustomer(id: $id) {
    id
    blocked
    blockedReason
  }
}
    `) as unknown as TypedDocumentString<UnblockCustomerMutation, UnblockCustomerMutationVariables>;
export const ListBlockedCustomersDocument = new TypedDocumentString(`
    query ListBlockedCustomers($first: Int, $after: String) {
  blockedCustomers(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        blockedReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListBlockedCustomersQuery, ListBlockedCustomersQueryVariables>;
export const BlockingOwnChatDocument = new TypedDocumentString(`
    query BlockingOwnChat($id: ID!) {
  chatSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BlockingOwnChatQuery, BlockingOwnChatQueryVariables>;
export const BlockingRegisterAgainDocument = new TypedDocumentString(`
    mutation BlockingRegisterAgain($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) {
    token
    customer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BlockingRegisterAgainMutation, BlockingRegisterAgainMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    id
    name
    email
    phone
    attributes
  }
}
    `) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const GetCustomerChatsDocument = new TypedDocumentString(`
    query GetCustomerChats($id: ID!, $first: Int, $after: String) {
  chatSession(id: $id) {
    id
    customer {
      id
      name
      attributes
      chatSessions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetCustomerChatsQuery, GetCustomerChatsQueryVariables>;
export const ListCustomersChatsDocument = new TypedDocumentString(`
    query ListCustomersChats($first: Int) {
  chatSessions(first: $first) {
    edges {
      node {
        id
        customer {
          id
          chatSessions(first: 2) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListCustomersChatsQuery, ListCustomersChatsQueryVariables>;
export const OnProfileChangedDocument = new TypedDocumentString(`
    subscription OnProfileChanged {
  chatSessionUpdated {
    id
    customer {
      id
      name
      attributes
    }
  }
}
    `) as unknown as TypedDocumentString<OnProfileChangedSubscription, OnProfileChangedSubscriptionVariables>;
export const RegisterVerifiedDocument = new TypedDocumentString(`
    mutation RegisterVerified($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) {
    token
    customer {
      id
      name
      email
      phone
      externalId
      verified
      blocked
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterVerifiedMutation, RegisterVerifiedMutationVariables>;
export const IdentityWhoAmIDocument = new TypedDocumentString(`
    query IdentityWhoAmI($id: ID!) {
  chatSession(id: $id) {
    id
    customer {
      id
      verified
      externalId
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityWhoAmIQuery, IdentityWhoAmIQueryVariables>;
export const SetIdentityRequiredDocument = new TypedDocumentString(`
    mutation SetIdentityRequired($required: Boolean!) {
  updateSettings(input: {identityRequired: $required}) {
    identityRequired
  }
}
    `) as unknown as TypedDocumentString<SetIdentityRequiredMutation, SetIdentityRequiredMutationVariables>;
export const IdentityLeaveOfflineDocument = new TypedDocumentString(`
    mutation IdentityLeaveOffline($input: LeaveOfflineMessageInput!) {
  leaveOfflineMessage(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<IdentityLeaveOfflineMutation, IdentityLeaveOfflineMutationVariables>;
export const WidgetIdentityRequiredDocument = new TypedDocumentString(`
    query WidgetIdentityRequired {
  widgetConfig {
    identityRequired
  }
}
    `) as unknown as TypedDocumentString<WidgetIdentityRequiredQuery, WidgetIdentityRequiredQueryVariables>;
export const IdentitySendFileDocument = new TypedDocumentString(`
    mutation IdentitySendFile($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentitySendFileMutation, IdentitySendFileMutationVariables>;
export const SendFileMessageDocument = new TypedDocumentString(`
    mutation SendFileMessage($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) {
    id
    sessionId
    sender
    text
    clientMessageId
    file {
      id
      filename
      mimeType
      size
      url
    }
  }
}
    `) as unknown as TypedDocumentString<SendFileMessageMutation, SendFileMessageMutationVariables>;
export const GetSessionFilesDocument = new TypedDocumentString(`
    query GetSessionFiles($id: ID!) {
  chatSession(id: $id) {
    id
    messages(first: 100) {
      totalCount
      edges {
        node {
          id
          text
          file {
            id
            filename
            mimeType
            size
            url
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetSessionFilesQuery, GetSessionFilesQueryVariables>;
export const OnFileMessageAddedDocument = new TypedDocumentString(`
    subscription OnFileMessageAdded($sessionId: ID!) {
  messageAdded(sessionId: $sessionId) {
    id
    sender
    text
    clientMessageId
    file {
      id
      filename
      mimeType
      size
      url
    }
  }
}
    `) as unknown as TypedDocumentString<OnFileMessageAddedSubscription, OnFileMessageAddedSubscriptionVariables>;
export const ListLabelsDocument = new TypedDocumentString(`
    query ListLabels {
  labels {
    id
    name
    color
  }
}
    `) as unknown as TypedDocumentString<ListLabelsQuery, ListLabelsQueryVariables>;
export const CreateLabelDocument = new TypedDocumentString(`
    mutation CreateLabel($input: CreateLabelInput!) {
  createLabel(input: $input) {
    id
    name
    color
  }
}
    `) as unknown as TypedDocumentString<CreateLabelMutation, CreateLabelMutationVariables>;
export const UpdateLabelDocument = new TypedDocumentString(`
    mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {
  updateLabel(id: $id, input: $input) {
    id
    name
    color
  }
}
    `) as unknown as TypedDocumentString<UpdateLabelMutation, UpdateLabelMutationVariables>;
export const DeleteLabelDocument = new TypedDocumentString(`
    mutation DeleteLabel($id: ID!) {
  deleteLabel(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteLabelMutation, DeleteLabelMutationVariables>;
export const SetChatSessionLabelsDocument = new TypedDocumentString(`
    mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {
  setChatSessionLabels(id: $id, labelIds: $labelIds) {
    id
    labels {
      id
      name
      color
    }
  }
}
    `) as unknown as TypedDocumentString<SetChatSessionLabelsMutation, SetChatSessionLabelsMutationVariables>;
export const ChatSessionLabelsDocument = new TypedDocumentString(`
    query ChatSessionLabels($id: ID!) {
  chatSession(id: $id) {
    id
    labels {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ChatSessionLabelsQuery, ChatSessionLabelsQueryVariables>;
export const LabelledChatsDocument = new TypedDocumentString(`
    query LabelledChats($filter: ChatSessionFilter) {
  chatSessions(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
        labels {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LabelledChatsQuery, LabelledChatsQueryVariables>;
export const OnLabelledChatUpdatedDocument = new TypedDocumentString(`
    subscription OnLabelledChatUpdated($id: ID) {
  chatSessionUpdated(id: $id) {
    id
    status
    lastMessageAt
    labels {
      name
      color
    }
  }
}
    `) as unknown as TypedDocumentString<OnLabelledChatUpdatedSubscription, OnLabelledChatUpdatedSubscriptionVariables>;
export const SendNoteDocument = new TypedDocumentString(`
    mutation SendNote($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    sender
    text
    internal
  }
}
    `) as unknown as TypedDocumentString<SendNoteMutation, SendNoteMutationVariables>;
export const ConversationAsSeenDocument = new TypedDocumentString(`
    query ConversationAsSeen($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  chatSession(id: $id) {
    status
    assignedAdmin {
      id
    }
    lastMessageAt
    queuedAt
    lastMessage {
      text
      internal
    }
    messages(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      edges {
        cursor
        node {
          text
          internal
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConversationAsSeenQuery, ConversationAsSeenQueryVariables>;
export const OnMessageWithInternalDocument = new TypedDocumentString(`
    subscription OnMessageWithInternal($sessionId: ID!) {
  messageAdded(sessionId: $sessionId) {
    text
    internal
  }
}
    `) as unknown as TypedDocumentString<OnMessageWithInternalSubscription, OnMessageWithInternalSubscriptionVariables>;
export const SendFileWithInternalDocument = new TypedDocumentString(`
    mutation SendFileWithInternal($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendFileWithInternalMutation, SendFileWithInternalMutationVariables>;
export const OnTypingWithNameDocument = new TypedDocumentString(`
    subscription OnTypingWithName($sessionId: ID!) {
  typingChanged(sessionId: $sessionId) {
    sender
    senderName
    isTyping
  }
}
    `) as unknown as TypedDocumentString<OnTypingWithNameSubscription, OnTypingWithNameSubscriptionVariables>;
export const DeskSettingsDocument = new TypedDocumentString(`
    query DeskSettings {
  settings {
    ...DeskHours
  }
}
    fragment DeskHours on Settings {
  offlineMessage
  businessHours {
    timezone
    holidays
    days {
      weekday
      opens
      closes
    }
  }
}`) as unknown as TypedDocumentString<DeskSettingsQuery, DeskSettingsQueryVariables>;
export const UpdateDeskHoursDocument = new TypedDocumentString(`
    mutation UpdateDeskHours($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    ...DeskHours
  }
}
    fragment DeskHours on Settings {
  offlineMessage
  businessHours {
    timezone
    holidays
    days {
      weekday
      opens
      closes
    }
  }
}`) as unknown as TypedDocumentString<UpdateDeskHoursMutation, UpdateDeskHoursMutationVariables>;
export const DeskOpeningDocument = new TypedDocumentString(`
    query DeskOpening {
  widgetConfig {
    open
    nextOpenAt
    timezone
    offlineMessage
    online
    agentsAvailable
  }
}
    `) as unknown as TypedDocumentString<DeskOpeningQuery, DeskOpeningQueryVariables>;
export const LeaveOfflineMessageDocument = new TypedDocumentString(`
    mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {
  leaveOfflineMessage(input: $input) {
    token
    customer {
      id
      name
      email
      phone
    }
    chatSession {
      id
      status
      offline
      team {
        id
      }
      messages {
        edges {
          node {
            sender
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeaveOfflineMessageMutation, LeaveOfflineMessageMutationVariables>;
export const OfflineChatDocument = new TypedDocumentString(`
    query OfflineChat($id: ID!) {
  chatSession(id: $id) {
    id
    status
    offline
    assignedAdmin {
      id
    }
    messages {
      edges {
        node {
          sender
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfflineChatQuery, OfflineChatQueryVariables>;
export const OfflineInboxDocument = new TypedDocumentString(`
    query OfflineInbox($filter: ChatSessionFilter) {
  chatSessions(filter: $filter) {
    edges {
      node {
        id
        offline
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfflineInboxQuery, OfflineInboxQueryVariables>;
export const LeaveOfflineForMailDocument = new TypedDocumentString(`
    mutation LeaveOfflineForMail($input: LeaveOfflineMessageInput!) {
  leaveOfflineMessage(input: $input) {
    token
    chatSession {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LeaveOfflineForMailMutation, LeaveOfflineForMailMutationVariables>;
export const OnAdminPresenceChangedDocument = new TypedDocumentString(`
    subscription OnAdminPresenceChanged {
  adminPresenceChanged {
    online
    admin {
      id
      name
      online
    }
  }
}
    `) as unknown as TypedDocumentString<OnAdminPresenceChangedSubscription, OnAdminPresenceChangedSubscriptionVariables>;
export const ListAdminsOnlineDocument = new TypedDocumentString(`
    query ListAdminsOnline {
  admins {
    id
    online
  }
}
    `) as unknown as TypedDocumentString<ListAdminsOnlineQuery, ListAdminsOnlineQueryVariables>;
export const TransferWithNoteDocument = new TypedDocumentString(`
    mutation TransferWithNote($id: ID!, $adminId: ID, $teamId: ID, $note: String) {
  assignChatSession(id: $id, adminId: $adminId, teamId: $teamId, note: $note) {
    id
    status
    assignedAdmin {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TransferWithNoteMutation, TransferWithNoteMutationVariables>;
export const TransferConversationDocument = new TypedDocumentString(`
    query TransferConversation($id: ID!) {
  chatSession(id: $id) {
    status
    assignedAdmin {
      id
    }
    messages(first: 100) {
      edges {
        node {
          sender
          senderName
          text
          internal
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TransferConversationQuery, TransferConversationQueryVariables>;
export const OnTransferMessageDocument = new TypedDocumentString(`
    subscription OnTransferMessage($sessionId: ID!) {
  messageAdded(sessionId: $sessionId) {
    sender
    senderName
    text
    internal
  }
}
    `) as unknown as TypedDocumentString<OnTransferMessageSubscription, OnTransferMessageSubscriptionVariables>;
export const WriteMentionNoteDocument = new TypedDocumentString(`
    mutation WriteMentionNote($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WriteMentionNoteMutation, WriteMentionNoteMutationVariables>;
export const OnMentionedDocument = new TypedDocumentString(`
    subscription OnMentioned {
  mentioned {
    sessionId
    sessionStatus
    mentionedBy
    customerName
    message {
      text
      internal
    }
  }
}
    `) as unknown as TypedDocumentString<OnMentionedSubscription, OnMentionedSubscriptionVariables>;
export const RateChatDocument = new TypedDocumentString(`
    mutation RateChat($id: ID!, $rating: Int!, $comment: String) {
  rateChatSession(id: $id, rating: $rating, comment: $comment) {
    id
    status
    rating
    ratingComment
  }
}
    `) as unknown as TypedDocumentString<RateChatMutation, RateChatMutationVariables>;
export const ChatRatingDocument = new TypedDocumentString(`
    query ChatRating($id: ID!) {
  chatSession(id: $id) {
    rating
    ratingComment
    transcriptUrl
  }
}
    `) as unknown as TypedDocumentString<ChatRatingQuery, ChatRatingQueryVariables>;
export const RatingStatsDocument = new TypedDocumentString(`
    query RatingStats {
  stats {
    averageRating
    ratingCount
  }
}
    `) as unknown as TypedDocumentString<RatingStatsQuery, RatingStatsQueryVariables>;
export const OnRatedDocument = new TypedDocumentString(`
    subscription OnRated($id: ID) {
  chatSessionUpdated(id: $id) {
    id
    status
    rating
    ratingComment
    lastMessageAt
  }
}
    `) as unknown as TypedDocumentString<OnRatedSubscription, OnRatedSubscriptionVariables>;
export const SearchMessagesDocument = new TypedDocumentString(`
    query SearchMessages($query: String!, $first: Int, $after: String) {
  searchMessages(query: $query, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      highlight
      node {
        id
        text
        internal
      }
      session {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchMessagesQuery, SearchMessagesQueryVariables>;
export const GetStatsDocument = new TypedDocumentString(`
    query GetStats($days: Int!) {
  stats {
    activeSessions
    waitingSessions
    messagesPerDay(days: $days) {
      date
      count
    }
    averageFirstResponseSeconds
  }
}
    `) as unknown as TypedDocumentString<GetStatsQuery, GetStatsQueryVariables>;
export const GetDefaultStatsDocument = new TypedDocumentString(`
    query GetDefaultStats {
  stats {
    messagesPerDay {
      date
      count
    }
  }
}
    `) as unknown as TypedDocumentString<GetDefaultStatsQuery, GetDefaultStatsQueryVariables>;
export const ListTeamsDocument = new TypedDocumentString(`
    query ListTeams {
  teams {
    id
    name
    showInWidget
    createdAt
    members {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ListTeamsQuery, ListTeamsQueryVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
    name
    showInWidget
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const UpdateTeamDocument = new TypedDocumentString(`
    mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
  updateTeam(id: $id, input: $input) {
    id
    name
    showInWidget
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const DeleteTeamDocument = new TypedDocumentString(`
    mutation DeleteTeam($id: ID!) {
  deleteTeam(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const UpdateAgentDocument = new TypedDocumentString(`
    mutation UpdateAgent($id: ID!, $input: UpdateAdminInput!) {
  updateAdmin(id: $id, input: $input) {
    id
    name
    role
    teams {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const ListAgentTeamsDocument = new TypedDocumentString(`
    query ListAgentTeams {
  admins {
    id
    teams {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ListAgentTeamsQuery, ListAgentTeamsQueryVariables>;
export const GetSettingsDocument = new TypedDocumentString(`
    query GetSettings {
  settings {
    routingMode
    defaultMaxConcurrentChats
  }
}
    `) as unknown as TypedDocumentString<GetSettingsQuery, GetSettingsQueryVariables>;
export const UpdateSettingsDocument = new TypedDocumentString(`
    mutation UpdateSettings($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    routingMode
    defaultMaxConcurrentChats
  }
}
    `) as unknown as TypedDocumentString<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const GetTopicsDocument = new TypedDocumentString(`
    query GetTopics {
  widgetConfig {
    topics {
      teamId
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GetTopicsQuery, GetTopicsQueryVariables>;
export const EmailTranscriptDocument = new TypedDocumentString(`
    mutation EmailTranscript($id: ID!) {
  emailTranscript(id: $id)
}
    `) as unknown as TypedDocumentString<EmailTranscriptMutation, EmailTranscriptMutationVariables>;
export const CanEmailDocument = new TypedDocumentString(`
    query CanEmail($id: ID!) {
  chatSession(id: $id) {
    canEmailTranscript
  }
}
    `) as unknown as TypedDocumentString<CanEmailQuery, CanEmailQueryVariables>;
export const SendRateLimitedFileDocument = new TypedDocumentString(`
    mutation SendRateLimitedFile($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendRateLimitedFileMutation, SendRateLimitedFileMutationVariables>;
export const ApiKeyRevocationChatSessionsDocument = new TypedDocumentString(`
    query ApiKeyRevocationChatSessions {
  chatSessions(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiKeyRevocationChatSessionsQuery, ApiKeyRevocationChatSessionsQueryVariables>;
export const ApiKeysListDocument = new TypedDocumentString(`
    query ApiKeysList {
  apiKeys {
    id
    name
    scopes
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiKeysListQuery, ApiKeysListQueryVariables>;
export const ApiKeysChatSessionsDocument = new TypedDocumentString(`
    query ApiKeysChatSessions {
  chatSessions(first: 50) {
    totalCount
    edges {
      node {
        id
        status
        labels {
          id
        }
        customer {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysChatSessionsQuery, ApiKeysChatSessionsQueryVariables>;
export const ApiKeysChatSessionDocument = new TypedDocumentString(`
    query ApiKeysChatSession($id: ID!) {
  chatSession(id: $id) {
    id
    status
    assignedAdmin {
      id
      email
    }
    messages(first: 50) {
      edges {
        node {
          id
          sender
          senderName
          text
          internal
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysChatSessionQuery, ApiKeysChatSessionQueryVariables>;
export const ApiKeysStatsDocument = new TypedDocumentString(`
    query ApiKeysStats {
  stats {
    waitingSessions
    averageFirstResponseSeconds
  }
}
    `) as unknown as TypedDocumentString<ApiKeysStatsQuery, ApiKeysStatsQueryVariables>;
export const ApiKeysUpdateCustomerDocument = new TypedDocumentString(`
    mutation ApiKeysUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ApiKeysUpdateCustomerMutation, ApiKeysUpdateCustomerMutationVariables>;
export const ApiKeysBlockedCustomersDocument = new TypedDocumentString(`
    query ApiKeysBlockedCustomers {
  blockedCustomers {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiKeysBlockedCustomersQuery, ApiKeysBlockedCustomersQueryVariables>;
export const ApiKeysSearchDocument = new TypedDocumentString(`
    query ApiKeysSearch($query: String!) {
  searchMessages(query: $query) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysSearchQuery, ApiKeysSearchQueryVariables>;
export const ApiKeysTeamsAndLabelsDocument = new TypedDocumentString(`
    query ApiKeysTeamsAndLabels {
  teams {
    id
  }
  labels {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiKeysTeamsAndLabelsQuery, ApiKeysTeamsAndLabelsQueryVariables>;
export const ApiKeysAdminsDocument = new TypedDocumentString(`
    query ApiKeysAdmins {
  admins {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiKeysAdminsQuery, ApiKeysAdminsQueryVariables>;
export const ApiKeysSettingsDocument = new TypedDocumentString(`
    query ApiKeysSettings {
  settings {
    routingMode
  }
}
    `) as unknown as TypedDocumentString<ApiKeysSettingsQuery, ApiKeysSettingsQueryVariables>;
export const ApiKeysCreateTeamDocument = new TypedDocumentString(`
    mutation ApiKeysCreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiKeysCreateTeamMutation, ApiKeysCreateTeamMutationVariables>;
export const ApiKeysMeDocument = new TypedDocumentString(`
    query ApiKeysMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiKeysMeQuery, ApiKeysMeQueryVariables>;
export const ApiKeysLogoutDocument = new TypedDocumentString(`
    mutation ApiKeysLogout {
  logout
}
    `) as unknown as TypedDocumentString<ApiKeysLogoutMutation, ApiKeysLogoutMutationVariables>;
export const ApiKeysCloseDocument = new TypedDocumentString(`
    mutation ApiKeysClose($id: ID!) {
  closeChatSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiKeysCloseMutation, ApiKeysCloseMutationVariables>;
export const ApiKeysAssignDocument = new TypedDocumentString(`
    mutation ApiKeysAssign($id: ID!, $adminId: ID) {
  assignChatSession(id: $id, adminId: $adminId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiKeysAssignMutation, ApiKeysAssignMutationVariables>;
export const ApiKeysTypingDocument = new TypedDocumentString(`
    mutation ApiKeysTyping($sessionId: ID!) {
  setTyping(sessionId: $sessionId, isTyping: true)
}
    `) as unknown as TypedDocumentString<ApiKeysTypingMutation, ApiKeysTypingMutationVariables>;
export const SendSlowFileDocument = new TypedDocumentString(`
    mutation SendSlowFile($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) {
    id
    file {
      size
    }
  }
}
    `) as unknown as TypedDocumentString<SendSlowFileMutation, SendSlowFileMutationVariables>;
export const ObservabilityProbeDocument = new TypedDocumentString(`
    query ObservabilityProbe {
  widgetConfig {
    widgetTitle
  }
}
    `) as unknown as TypedDocumentString<ObservabilityProbeQuery, ObservabilityProbeQueryVariables>;
export const ObservabilityOverSocketDocument = new TypedDocumentString(`
    query ObservabilityOverSocket {
  widgetConfig {
    widgetTitle
  }
}
    `) as unknown as TypedDocumentString<ObservabilityOverSocketQuery, ObservabilityOverSocketQueryVariables>;
export const ObservabilityRefusedDocument = new TypedDocumentString(`
    query ObservabilityRefused {
  admins {
    id
  }
}
    `) as unknown as TypedDocumentString<ObservabilityRefusedQuery, ObservabilityRefusedQueryVariables>;
export const QueueDeleteTeamDocument = new TypedDocumentString(`
    mutation QueueDeleteTeam($id: ID!) {
  deleteTeam(id: $id)
}
    `) as unknown as TypedDocumentString<QueueDeleteTeamMutation, QueueDeleteTeamMutationVariables>;
export const GetReportDocument = new TypedDocumentString(`
    query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {
  report(from: $from, to: $to, groupBy: $groupBy) {
    from
    to
    groupBy
    timezone
    csvUrl
    rows {
      ...ReportFigures
    }
    totals {
      ...ReportFigures
    }
  }
}
    fragment ReportFigures on ReportRow {
  key
  label
  chats
  messages
  firstResponseSeconds {
    median
    p90
    count
  }
  resolutionSeconds {
    median
    p90
    count
  }
  averageRating
  ratingCount
}`) as unknown as TypedDocumentString<GetReportQuery, GetReportQueryVariables>;
export const SetReportTimeZoneDocument = new TypedDocumentString(`
    mutation SetReportTimeZone($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    businessHours {
      timezone
    }
  }
}
    `) as unknown as TypedDocumentString<SetReportTimeZoneMutation, SetReportTimeZoneMutationVariables>;
export const CreateReportLabelDocument = new TypedDocumentString(`
    mutation CreateReportLabel($input: CreateLabelInput!) {
  createLabel(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReportLabelMutation, CreateReportLabelMutationVariables>;
export const CreateReportKeyDocument = new TypedDocumentString(`
    mutation CreateReportKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateReportKeyMutation, CreateReportKeyMutationVariables>;
export const RevokeReportKeyDocument = new TypedDocumentString(`
    mutation RevokeReportKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeReportKeyMutation, RevokeReportKeyMutationVariables>;
export const DemoteReportReaderDocument = new TypedDocumentString(`
    mutation DemoteReportReader($id: ID!, $input: UpdateAdminInput!) {
  updateAdmin(id: $id, input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<DemoteReportReaderMutation, DemoteReportReaderMutationVariables>;
export const SupportCreateApiKeyDocument = new TypedDocumentString(`
    mutation SupportCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      scopes
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SupportCreateApiKeyMutation, SupportCreateApiKeyMutationVariables>;
export const SupportRevokeApiKeyDocument = new TypedDocumentString(`
    mutation SupportRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<SupportRevokeApiKeyMutation, SupportRevokeApiKeyMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    admin {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RegisterCustomerDocument = new TypedDocumentString(`
    mutation RegisterCustomer($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) {
    token
    customer {
      id
      name
      email
      phone
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const StartChatSessionDocument = new TypedDocumentString(`
    mutation StartChatSession($input: StartChatSessionInput) {
  startChatSession(input: $input) {
    id
    status
    lastMessageAt
    customer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StartChatSessionMutation, StartChatSessionMutationVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    id
    sessionId
    sender
    senderName
    text
    clientMessageId
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const SetTypingDocument = new TypedDocumentString(`
    mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {
  setTyping(sessionId: $sessionId, isTyping: $isTyping)
}
    `) as unknown as TypedDocumentString<SetTypingMutation, SetTypingMutationVariables>;
export const GetChatSessionDocument = new TypedDocumentString(`
    query GetChatSession($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  chatSession(id: $id) {
    id
    status
    closedAt
    assignedAdmin {
      id
      name
    }
    messages(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          text
          sender
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetChatSessionQuery, GetChatSessionQueryVariables>;
export const ListChatSessionsDocument = new TypedDocumentString(`
    query ListChatSessions($filter: ChatSessionFilter, $first: Int, $after: String) {
  chatSessions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        status
        customer {
          id
          name
          email
        }
        assignedAdmin {
          id
          name
        }
        lastMessage {
          id
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListChatSessionsQuery, ListChatSessionsQueryVariables>;
export const AssignChatSessionDocument = new TypedDocumentString(`
    mutation AssignChatSession($id: ID!, $adminId: ID) {
  assignChatSession(id: $id, adminId: $adminId) {
    id
    status
    assignedAdmin {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AssignChatSessionMutation, AssignChatSessionMutationVariables>;
export const CloseChatSessionDocument = new TypedDocumentString(`
    mutation CloseChatSession($id: ID!) {
  closeChatSession(id: $id) {
    id
    status
    closedAt
  }
}
    `) as unknown as TypedDocumentString<CloseChatSessionMutation, CloseChatSessionMutationVariables>;
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
  }
}
    `) as unknown as TypedDocumentString<GetWidgetConfigQuery, GetWidgetConfigQueryVariables>;
export const OnMessageAddedDocument = new TypedDocumentString(`
    subscription OnMessageAdded($sessionId: ID!) {
  messageAdded(sessionId: $sessionId) {
    id
    sessionId
    sender
    senderName
    text
    clientMessageId
  }
}
    `) as unknown as TypedDocumentString<OnMessageAddedSubscription, OnMessageAddedSubscriptionVariables>;
export const OnTypingChangedDocument = new TypedDocumentString(`
    subscription OnTypingChanged($sessionId: ID!) {
  typingChanged(sessionId: $sessionId) {
    sessionId
    sender
    isTyping
  }
}
    `) as unknown as TypedDocumentString<OnTypingChangedSubscription, OnTypingChangedSubscriptionVariables>;
export const OnChatSessionUpdatedDocument = new TypedDocumentString(`
    subscription OnChatSessionUpdated($id: ID) {
  chatSessionUpdated(id: $id) {
    id
    status
    assignedAdmin {
      id
    }
    customer {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OnChatSessionUpdatedSubscription, OnChatSessionUpdatedSubscriptionVariables>;
export const CreateAdminDocument = new TypedDocumentString(`
    mutation CreateAdmin($input: CreateAdminInput!) {
  createAdmin(input: $input) {
    id
    email
    name
    online
  }
}
    `) as unknown as TypedDocumentString<CreateAdminMutation, CreateAdminMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const QueueChatStateDocument = new TypedDocumentString(`
    query QueueChatState($id: ID!) {
  chatSession(id: $id) {
    id
    status
    queuePosition
    estimatedWaitSeconds
    assignedAdmin {
      id
    }
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueueChatStateQuery, QueueChatStateQueryVariables>;
export const QueueWaitingListDocument = new TypedDocumentString(`
    query QueueWaitingList($filter: ChatSessionFilter!, $first: Int) {
  chatSessions(filter: $filter, first: $first) {
    edges {
      node {
        id
        queuePosition
        estimatedWaitSeconds
        team {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueueWaitingListQuery, QueueWaitingListQueryVariables>;
export const OnQueueChatUpdatedDocument = new TypedDocumentString(`
    subscription OnQueueChatUpdated($id: ID) {
  chatSessionUpdated(id: $id) {
    id
    status
    lastMessageAt
    queuePosition
    estimatedWaitSeconds
    assignedAdmin {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OnQueueChatUpdatedSubscription, OnQueueChatUpdatedSubscriptionVariables>;
export const QueueTakeNextDocument = new TypedDocumentString(`
    mutation QueueTakeNext {
  takeNextChatSession {
    id
    status
    queuePosition
    assignedAdmin {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueueTakeNextMutation, QueueTakeNextMutationVariables>;
export const QueueUnassignDocument = new TypedDocumentString(`
    mutation QueueUnassign($id: ID!) {
  unassignChatSession(id: $id) {
    id
    status
    queuePosition
    assignedAdmin {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueueUnassignMutation, QueueUnassignMutationVariables>;
export const QueueAssignDocument = new TypedDocumentString(`
    mutation QueueAssign($id: ID!, $adminId: ID, $teamId: ID) {
  assignChatSession(id: $id, adminId: $adminId, teamId: $teamId) {
    id
    status
    assignedAdmin {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueueAssignMutation, QueueAssignMutationVariables>;
export const QueueCloseDocument = new TypedDocumentString(`
    mutation QueueClose($id: ID!) {
  closeChatSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<QueueCloseMutation, QueueCloseMutationVariables>;
export const QueueCreateTeamDocument = new TypedDocumentString(`
    mutation QueueCreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueueCreateTeamMutation, QueueCreateTeamMutationVariables>;
export const QueueSetRoutingDocument = new TypedDocumentString(`
    mutation QueueSetRouting($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    routingMode
    defaultMaxConcurrentChats
  }
}
    `) as unknown as TypedDocumentString<QueueSetRoutingMutation, QueueSetRoutingMutationVariables>;
export const QueueSetAgentDocument = new TypedDocumentString(`
    mutation QueueSetAgent($id: ID!, $input: UpdateAdminInput!) {
  updateAdmin(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueueSetAgentMutation, QueueSetAgentMutationVariables>;
export const QueueSetMyStatusDocument = new TypedDocumentString(`
    mutation QueueSetMyStatus($status: AgentStatus!) {
  setMyStatus(status: $status) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueueSetMyStatusMutation, QueueSetMyStatusMutationVariables>;
export const QueueStartChatDocument = new TypedDocumentString(`
    mutation QueueStartChat($input: StartChatSessionInput) {
  startChatSession(input: $input) {
    id
    status
    queuePosition
  }
}
    `) as unknown as TypedDocumentString<QueueStartChatMutation, QueueStartChatMutationVariables>;
export const DisableAgentDocument = new TypedDocumentString(`
    mutation DisableAgent($id: ID!, $disabled: Boolean!) {
  updateAdmin(id: $id, input: {disabled: $disabled}) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<DisableAgentMutation, DisableAgentMutationVariables>;