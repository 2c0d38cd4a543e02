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

export type CreateWebhookInput = {
  /** 1 to 80 characters. */
  name: string;
  /** One subscription operation selecting messageAdded, chatSessionUpdated or adminPresenceChanged, without variables. */
  query: string;
  /** http(s); loopback and private addresses are refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true. */
  url: string;
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

export type UpdateWebhookInput = {
  active?: boolean | null | undefined;
  name?: string | null | undefined;
  query?: string | null | undefined;
  url?: string | null | undefined;
};

export type WebhookDeliveryStatus =
  /** The receiver answered 2xx within the timeout. */
  | 'DELIVERED'
  /** Given up after 24 h of retries (or the webhook was off); `redeliverWebhookDelivery` sends it again. */
  | 'FAILED'
  /** Not acknowledged yet: the next attempt is at `nextAttemptAt`. */
  | 'PENDING';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type AdminsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminsQuery = { admins: Array<{ activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean, teams: Array<{ createdAt: string, id: string, name: string, showInWidget: boolean }> }> };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ createdAt: string, id: string, lastUsedAt: string | null, name: string, prefix: string, revokedAt: string | null, scopes: Array<ApiScope> }> };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { auditActions: Array<string> };

export type AuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { action: string, at: string, details: Record<string, unknown>, id: string, ip: string | null, targetId: string | null, targetType: string | null, actor: { id: string | null, kind: AuditActorKind, name: string | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type BlockedCustomersQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BlockedCustomersQuery = { blockedCustomers: { totalCount: number, edges: Array<{ cursor: string, node: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type CannedResponsesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CannedResponsesQuery = { cannedResponses: Array<{ id: string, shortcut: string, text: string, title: string }> };

export type ChatSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatSessionQuery = { chatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } | null };

export type ChatSessionsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: ChatSessionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ChatSessionsQuery = { chatSessions: { totalCount: number, edges: Array<{ cursor: string, node: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type LabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabelsQuery = { labels: Array<{ color: string, id: string, name: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean, teams: Array<{ createdAt: string, id: string, name: string, showInWidget: boolean }> } };

export type ReportQueryVariables = Exact<{
  from: string;
  groupBy: ReportGrouping;
  to: string;
}>;


export type ReportQuery = { report: { csvUrl: string, from: string, groupBy: ReportGrouping, timezone: string, to: string, rows: Array<{ averageRating: number | null, chats: number, key: string | null, label: string, messages: number, ratingCount: number }>, totals: { averageRating: number | null, chats: number, key: string | null, label: string, messages: number, ratingCount: number } } };

export type SearchMessagesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  query: string;
}>;


export type SearchMessagesQuery = { searchMessages: { totalCount: number, edges: Array<{ cursor: string, highlight: string | null, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null }, session: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { settings: { defaultMaxConcurrentChats: number, identityRequired: boolean, offlineMessage: string, retentionDays: number | null, routingMode: RoutingMode, businessHours: { holidays: Array<string>, timezone: string } } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { activeSessions: number, averageFirstResponseSeconds: number | null, averageRating: number | null, ratingCount: number, waitingSessions: number, messagesPerDay: Array<{ count: number, date: string }> } };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ createdAt: string, id: string, name: string, showInWidget: boolean, members: Array<{ activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean }> }> };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ active: boolean, createdAt: string, id: string, name: string, query: string, secret: string, url: string, deliveries: { totalCount: number, edges: Array<{ cursor: string, node: { attempts: number, createdAt: string, deliveredAt: string | null, event: string, id: string, lastError: string | null, lastStatusCode: number | null, nextAttemptAt: string | null, payload: string, status: WebhookDeliveryStatus } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } }> };

export type WidgetConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetConfigQuery = { widgetConfig: { agentsAvailable: boolean, allowFileUpload: boolean, allowedFileTypes: Array<string>, identityRequired: boolean, maxFileSize: number, nextOpenAt: string | null, offlineMessage: string, online: boolean, open: boolean, position: string, primaryColor: string, timezone: string, welcomeMessage: string, widgetTitle: string, topics: Array<{ name: string, teamId: string }> } };

export type AssignChatSessionMutationVariables = Exact<{
  adminId?: string | number | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  teamId?: string | number | null | undefined;
}>;


export type AssignChatSessionMutation = { assignChatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type BeginTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTwoFactorSetupMutation = { beginTwoFactorSetup: { otpauthUrl: string, secret: string } };

export type BlockCustomerMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type BlockCustomerMutation = { blockCustomer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number, edges: Array<{ cursor: string, node: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CloseChatSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseChatSessionMutation = { closeChatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type CreateAdminMutationVariables = Exact<{
  input: CreateAdminInput;
}>;


export type CreateAdminMutation = { createAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean, teams: Array<{ createdAt: string, id: string, name: string, showInWidget: boolean }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { createdAt: string, id: string, lastUsedAt: string | null, name: string, prefix: string, revokedAt: string | null, scopes: Array<ApiScope> } } };

export type CreateCannedResponseMutationVariables = Exact<{
  input: CannedResponseInput;
}>;


export type CreateCannedResponseMutation = { createCannedResponse: { id: string, shortcut: string, text: string, title: string } };

export type CreateLabelMutationVariables = Exact<{
  input: CreateLabelInput;
}>;


export type CreateLabelMutation = { createLabel: { color: string, id: string, name: string } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { createdAt: string, id: string, name: string, showInWidget: boolean, members: Array<{ activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { active: boolean, createdAt: string, id: string, name: string, query: string, secret: string, url: string, deliveries: { totalCount: number, edges: Array<{ cursor: string, node: { attempts: number, createdAt: string, deliveredAt: string | null, event: string, id: string, lastError: string | null, lastStatusCode: number | null, nextAttemptAt: string | null, payload: string, status: WebhookDeliveryStatus } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type DeleteCannedResponseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCannedResponseMutation = { deleteCannedResponse: boolean };

export type DeleteLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLabelMutation = { deleteLabel: boolean };

export type DeleteTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTeamMutation = { deleteTeam: boolean };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: boolean };

export type DisableTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type EmailTranscriptMutationVariables = Exact<{
  id: string | number;
}>;


export type EmailTranscriptMutation = { emailTranscript: boolean };

export type EnableTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type EnableTwoFactorMutation = { enableTwoFactor: Array<string> };

export type EraseCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseCustomerMutation = { eraseCustomer: boolean };

export type ExportCustomerDataMutationVariables = Exact<{
  id: string | number;
}>;


export type ExportCustomerDataMutation = { exportCustomerData: { expiresAt: string, url: string } };

export type LeaveOfflineMessageMutationVariables = Exact<{
  input: LeaveOfflineMessageInput;
}>;


export type LeaveOfflineMessageMutation = { leaveOfflineMessage: { token: string | null, chatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, messages: { totalCount: number } }, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } } } };

export type LoginMutationVariables = Exact<{
  email: string;
  otp?: string | null | undefined;
  password: string;
}>;


export type LoginMutation = { login: { token: string, admin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MarkChatSessionReadMutationVariables = Exact<{
  id: string | number;
  messageId: string | number;
}>;


export type MarkChatSessionReadMutation = { markChatSessionRead: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type RateChatSessionMutationVariables = Exact<{
  comment?: string | null | undefined;
  id: string | number;
  rating: number;
}>;


export type RateChatSessionMutation = { rateChatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookDeliveryMutation = { redeliverWebhookDelivery: { attempts: number, createdAt: string, deliveredAt: string | null, event: string, id: string, lastError: string | null, lastStatusCode: number | null, nextAttemptAt: string | null, payload: string, status: WebhookDeliveryStatus } };

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterCustomerMutation = { registerCustomer: { token: string, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { createdAt: string, id: string, lastUsedAt: string | null, name: string, prefix: string, revokedAt: string | null, scopes: Array<ApiScope> } };

export type RunRetentionMutationVariables = Exact<{
  dryRun: boolean;
}>;


export type RunRetentionMutation = { runRetention: { bytes: number, chats: number, customers: number, cutoff: string | null, dryRun: boolean, files: number, messages: number, retentionDays: number | null, sample: Array<{ closedAt: string, customerName: string, id: string }> } };

export type SendFileMessageMutationVariables = Exact<{
  input: SendFileMessageInput;
}>;


export type SendFileMessageMutation = { sendFileMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } };

export type SetChatSessionLabelsMutationVariables = Exact<{
  id: string | number;
  labelIds: Array<string | number> | string | number;
}>;


export type SetChatSessionLabelsMutation = { setChatSessionLabels: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type SetMyStatusMutationVariables = Exact<{
  status: AgentStatus;
}>;


export type SetMyStatusMutation = { setMyStatus: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean, teams: Array<{ createdAt: string, id: string, name: string, showInWidget: boolean }> } };

export type SetTypingMutationVariables = Exact<{
  isTyping: boolean;
  sessionId: string | number;
}>;


export type SetTypingMutation = { setTyping: boolean };

export type StartChatSessionMutationVariables = Exact<{
  input?: StartChatSessionInput | null | undefined;
}>;


export type StartChatSessionMutation = { startChatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type TakeNextChatSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type TakeNextChatSessionMutation = { takeNextChatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } | null };

export type UnassignChatSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type UnassignChatSessionMutation = { unassignChatSession: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type UnblockCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type UnblockCustomerMutation = { unblockCustomer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number, edges: Array<{ cursor: string, node: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type UpdateAdminMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdminInput;
}>;


export type UpdateAdminMutation = { updateAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean, teams: Array<{ createdAt: string, id: string, name: string, showInWidget: boolean }> } };

export type UpdateCannedResponseMutationVariables = Exact<{
  id: string | number;
  input: CannedResponseInput;
}>;


export type UpdateCannedResponseMutation = { updateCannedResponse: { id: string, shortcut: string, text: string, title: string } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number, edges: Array<{ cursor: string, node: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type UpdateLabelMutationVariables = Exact<{
  id: string | number;
  input: UpdateLabelInput;
}>;


export type UpdateLabelMutation = { updateLabel: { color: string, id: string, name: string } };

export type UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type UpdateSettingsMutation = { updateSettings: { defaultMaxConcurrentChats: number, identityRequired: boolean, offlineMessage: string, retentionDays: number | null, routingMode: RoutingMode, businessHours: { holidays: Array<string>, timezone: string } } };

export type UpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { createdAt: string, id: string, name: string, showInWidget: boolean, members: Array<{ activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean }> } };

export type UpdateWebhookMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { active: boolean, createdAt: string, id: string, name: string, query: string, secret: string, url: string, deliveries: { totalCount: number, edges: Array<{ cursor: string, node: { attempts: number, createdAt: string, deliveredAt: string | null, event: string, id: string, lastError: string | null, lastStatusCode: number | null, nextAttemptAt: string | null, payload: string, status: WebhookDeliveryStatus } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type OnAdminPresenceChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnAdminPresenceChangedSubscription = { adminPresenceChanged: { online: boolean, status: AgentStatus, admin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } } };

export type OnChatSessionUpdatedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OnChatSessionUpdatedSubscription = { chatSessionUpdated: { agentLastReadMessageId: string | null, canEmailTranscript: boolean, closedAt: string | null, createdAt: string, customerLastReadMessageId: string | null, estimatedWaitSeconds: number | null, id: string, lastMessageAt: string | null, offline: boolean, queuePosition: number | null, queuedAt: string | null, rating: number | null, ratingComment: string | null, status: ChatSessionStatus, transcriptUrl: string, unreadCount: number, assignedAdmin: { activeChatCount: number, disabled: boolean, email: string | null, id: string, maxConcurrentChats: number | null, name: string, online: boolean, role: AdminRole, status: AgentStatus, twoFactorEnabled: boolean } | null, customer: { attributes: Record<string, unknown>, blocked: boolean, blockedAt: string | null, blockedReason: string | null, createdAt: string, email: string | null, erased: boolean, externalId: string | null, id: string, name: string, phone: string | null, verified: boolean, chatSessions: { totalCount: number } }, labels: Array<{ color: string, id: string, name: string }>, lastMessage: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } | null, messages: { totalCount: number, edges: Array<{ cursor: string, node: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } }, team: { createdAt: string, id: string, name: string, showInWidget: boolean } | null } };

export type OnMentionedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnMentionedSubscription = { mentioned: { customerName: string, mentionedBy: string | null, sessionId: string, sessionStatus: ChatSessionStatus, message: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null } } };

export type OnMessageAddedSubscriptionVariables = Exact<{
  sessionId?: string | number | null | undefined;
}>;


export type OnMessageAddedSubscription = { messageAdded: { clientMessageId: string | null, createdAt: string, id: string, internal: boolean, sender: MessageSender, senderName: string | null, sessionId: string, text: string | null, file: { filename: string, id: string, mimeType: string, size: number, url: string } | null } };

export type OnTypingChangedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type OnTypingChangedSubscription = { typingChanged: { isTyping: boolean, sender: MessageSender, senderName: string | null, sessionId: string } };

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

export const AdminsDocument = new TypedDocumentString(`
    query Admins {
  admins {
    activeChatCount
    disabled
    email
    id
    maxConcurrentChats
    name
    online
    role
    status
    teams {
      createdAt
      id
      name
      showInWidget
    }
    twoFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<AdminsQuery, AdminsQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    createdAt
    id
    lastUsedAt
    name
    prefix
    revokedAt
    scopes
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const AuditActionsDocument = new TypedDocumentString(`
    query AuditActions {
  auditActions
}
    `) as unknown as TypedDocumentString<AuditActionsQuery, AuditActionsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($after: String, $filter: AuditLogFilter, $first: Int) {
  auditLog(after: $after, filter: $filter, first: $first) {
    edges {
      cursor
      node {
        action
        actor {
          id
          kind
          name
        }
        at
        details
        id
        ip
        targetId
        targetType
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const BlockedCustomersDocument = new TypedDocumentString(`
    query BlockedCustomers($after: String, $first: Int) {
  blockedCustomers(after: $after, first: $first) {
    edges {
      cursor
      node {
        attributes
        blocked
        blockedAt
        blockedReason
        chatSessions {
          totalCount
        }
        createdAt
        email
        erased
        externalId
        id
        name
        phone
        verified
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BlockedCustomersQuery, BlockedCustomersQueryVariables>;
export const CannedResponsesDocument = new TypedDocumentString(`
    query CannedResponses($search: String) {
  cannedResponses(search: $search) {
    id
    shortcut
    text
    title
  }
}
    `) as unknown as TypedDocumentString<CannedResponsesQuery, CannedResponsesQueryVariables>;
export const ChatSessionDocument = new TypedDocumentString(`
    query ChatSession($id: ID!) {
  chatSession(id: $id) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<ChatSessionQuery, ChatSessionQueryVariables>;
export const ChatSessionsDocument = new TypedDocumentString(`
    query ChatSessions($after: String, $filter: ChatSessionFilter, $first: Int) {
  chatSessions(after: $after, filter: $filter, first: $first) {
    edges {
      cursor
      node {
        agentLastReadMessageId
        assignedAdmin {
          activeChatCount
          disabled
          email
          id
          maxConcurrentChats
          name
          online
          role
          status
          twoFactorEnabled
        }
        canEmailTranscript
        closedAt
        createdAt
        customer {
          attributes
          blocked
          blockedAt
          blockedReason
          chatSessions {
            totalCount
          }
          createdAt
          email
          erased
          externalId
          id
          name
          phone
          verified
        }
        customerLastReadMessageId
        estimatedWaitSeconds
        id
        labels {
          color
          id
          name
        }
        lastMessage {
          clientMessageId
          createdAt
          id
          internal
          sender
          senderName
          sessionId
          text
        }
        lastMessageAt
        messages {
          totalCount
        }
        offline
        queuePosition
        queuedAt
        rating
        ratingComment
        status
        team {
          createdAt
          id
          name
          showInWidget
        }
        transcriptUrl
        unreadCount
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ChatSessionsQuery, ChatSessionsQueryVariables>;
export const LabelsDocument = new TypedDocumentString(`
    query Labels {
  labels {
    color
    id
    name
  }
}
    `) as unknown as TypedDocumentString<LabelsQuery, LabelsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    activeChatCount
    disabled
    email
    id
    maxConcurrentChats
    name
    online
    role
    status
    teams {
      createdAt
      id
      name
      showInWidget
    }
    twoFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ReportDocument = new TypedDocumentString(`
    query Report($from: DateTimeISO!, $groupBy: ReportGrouping!, $to: DateTimeISO!) {
  report(from: $from, groupBy: $groupBy, to: $to) {
    csvUrl
    from
    groupBy
    rows {
      averageRating
      chats
      key
      label
      messages
      ratingCount
    }
    timezone
    to
    totals {
      averageRating
      chats
      key
      label
      messages
      ratingCount
    }
  }
}
    `) as unknown as TypedDocumentString<ReportQuery, ReportQueryVariables>;
export const SearchMessagesDocument = new TypedDocumentString(`
    query SearchMessages($after: String, $first: Int, $query: String!) {
  searchMessages(after: $after, first: $first, query: $query) {
    edges {
      cursor
      highlight
      node {
        clientMessageId
        createdAt
        file {
          filename
          id
          mimeType
          size
          url
        }
        id
        internal
        sender
        senderName
        sessionId
        text
      }
      session {
        agentLastReadMessageId
        assignedAdmin {
          activeChatCount
          disabled
          email
          id
          maxConcurrentChats
          name
          online
          role
          status
          twoFactorEnabled
        }
        canEmailTranscript
        closedAt
        createdAt
        customer {
          attributes
          blocked
          blockedAt
          blockedReason
          chatSessions {
            totalCount
          }
          createdAt
          email
          erased
          externalId
          id
          name
          phone
          verified
        }
        customerLastReadMessageId
        estimatedWaitSeconds
        id
        labels {
          color
          id
          name
        }
        lastMessage {
          clientMessageId
          createdAt
          id
          internal
          sender
          senderName
          sessionId
          text
        }
        lastMessageAt
        messages {
          totalCount
        }
        offline
        queuePosition
        queuedAt
        rating
        ratingComment
        status
        team {
          createdAt
          id
          name
          showInWidget
        }
        transcriptUrl
        unreadCount
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SearchMessagesQuery, SearchMessagesQueryVariables>;
export const SettingsDocument = new TypedDocumentString(`
    query Settings {
  settings {
    businessHours {
      holidays
      timezone
    }
    defaultMaxConcurrentChats
    identityRequired
    offlineMessage
    retentionDays
    routingMode
  }
}
    `) as unknown as TypedDocumentString<SettingsQuery, SettingsQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    activeSessions
    averageFirstResponseSeconds
    averageRating
    messagesPerDay {
      count
      date
    }
    ratingCount
    waitingSessions
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const TeamsDocument = new TypedDocumentString(`
    query Teams {
  teams {
    createdAt
    id
    members {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    name
    showInWidget
  }
}
    `) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
export const WebhooksDocument = new TypedDocumentString(`
    query Webhooks {
  webhooks {
    active
    createdAt
    deliveries {
      edges {
        cursor
        node {
          attempts
          createdAt
          deliveredAt
          event
          id
          lastError
          lastStatusCode
          nextAttemptAt
          payload
          status
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    id
    name
    query
    secret
    url
  }
}
    `) as unknown as TypedDocumentString<WebhooksQuery, WebhooksQueryVariables>;
export const WidgetConfigDocument = new TypedDocumentString(`
    query WidgetConfig {
  widgetConfig {
    agentsAvailable
    allowFileUpload
    allowedFileTypes
    identityRequired
    maxFileSize
    nextOpenAt
    offlineMessage
    online
    open
    position
    primaryColor
    timezone
    topics {
      name
      teamId
    }
    welcomeMessage
    widgetTitle
  }
}
    `) as unknown as TypedDocumentString<WidgetConfigQuery, WidgetConfigQueryVariables>;
export const AssignChatSessionDocument = new TypedDocumentString(`
    mutation AssignChatSession($adminId: ID, $id: ID!, $note: String, $teamId: ID) {
  assignChatSession(adminId: $adminId, id: $id, note: $note, teamId: $teamId) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<AssignChatSessionMutation, AssignChatSessionMutationVariables>;
export const BeginTwoFactorSetupDocument = new TypedDocumentString(`
    mutation BeginTwoFactorSetup {
  beginTwoFactorSetup {
    otpauthUrl
    secret
  }
}
    `) as unknown as TypedDocumentString<BeginTwoFactorSetupMutation, BeginTwoFactorSetupMutationVariables>;
export const BlockCustomerDocument = new TypedDocumentString(`
    mutation BlockCustomer($id: ID!, $reason: String) {
  blockCustomer(id: $id, reason: $reason) {
    attributes
    blocked
    blockedAt
    blockedReason
    chatSessions {
      edges {
        cursor
        node {
          agentLastReadMessageId
          assignedAdmin {
            activeChatCount
            disabled
            email
            id
            maxConcurrentChats
            name
            online
            role
            status
            twoFactorEnabled
          }
          canEmailTranscript
          closedAt
          createdAt
          customerLastReadMessageId
          estimatedWaitSeconds
          id
          labels {
            color
            id
            name
          }
          lastMessage {
            clientMessageId
            createdAt
            id
            internal
            sender
            senderName
            sessionId
            text
          }
          lastMessageAt
          messages {
            totalCount
          }
          offline
          queuePosition
          queuedAt
          rating
          ratingComment
          status
          team {
            createdAt
            id
            name
            showInWidget
          }
          transcriptUrl
          unreadCount
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    createdAt
    email
    erased
    externalId
    id
    name
    phone
    verified
  }
}
    `) as unknown as TypedDocumentString<BlockCustomerMutation, BlockCustomerMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CloseChatSessionDocument = new TypedDocumentString(`
    mutation CloseChatSession($id: ID!) {
  closeChatSession(id: $id) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<CloseChatSessionMutation, CloseChatSessionMutationVariables>;
export const CreateAdminDocument = new TypedDocumentString(`
    mutation CreateAdmin($input: CreateAdminInput!) {
  createAdmin(input: $input) {
    activeChatCount
    disabled
    email
    id
    maxConcurrentChats
    name
    online
    role
    status
    teams {
      createdAt
      id
      name
      showInWidget
    }
    twoFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<CreateAdminMutation, CreateAdminMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      createdAt
      id
      lastUsedAt
      name
      prefix
      revokedAt
      scopes
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const CreateCannedResponseDocument = new TypedDocumentString(`
    mutation CreateCannedResponse($input: CannedResponseInput!) {
  createCannedResponse(input: $input) {
    id
    shortcut
    text
    title
  }
}
    `) as unknown as TypedDocumentString<CreateCannedResponseMutation, CreateCannedResponseMutationVariables>;
export const CreateLabelDocument = new TypedDocumentString(`
    mutation CreateLabel($input: CreateLabelInput!) {
  createLabel(input: $input) {
    color
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateLabelMutation, CreateLabelMutationVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    createdAt
    id
    members {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    name
    showInWidget
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    active
    createdAt
    deliveries {
      edges {
        cursor
        node {
          attempts
          createdAt
          deliveredAt
          event
          id
          lastError
          lastStatusCode
          nextAttemptAt
          payload
          status
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    id
    name
    query
    secret
    url
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteCannedResponseDocument = new TypedDocumentString(`
    mutation DeleteCannedResponse($id: ID!) {
  deleteCannedResponse(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCannedResponseMutation, DeleteCannedResponseMutationVariables>;
export const DeleteLabelDocument = new TypedDocumentString(`
    mutation DeleteLabel($id: ID!) {
  deleteLabel(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteLabelMutation, DeleteLabelMutationVariables>;
export const DeleteTeamDocument = new TypedDocumentString(`
    mutation DeleteTeam($id: ID!) {
  deleteTeam(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($code: String!) {
  disableTwoFactor(code: $code)
}
    `) as unknown as TypedDocumentString<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const EmailTranscriptDocument = new TypedDocumentString(`
    mutation EmailTranscript($id: ID!) {
  emailTranscript(id: $id)
}
    `) as unknown as TypedDocumentString<EmailTranscriptMutation, EmailTranscriptMutationVariables>;
export const EnableTwoFactorDocument = new TypedDocumentString(`
    mutation EnableTwoFactor($code: String!) {
  enableTwoFactor(code: $code)
}
    `) as unknown as TypedDocumentString<EnableTwoFactorMutation, EnableTwoFactorMutationVariables>;
export const EraseCustomerDocument = new TypedDocumentString(`
    mutation EraseCustomer($id: ID!) {
  eraseCustomer(id: $id)
}
    `) as unknown as TypedDocumentString<EraseCustomerMutation, EraseCustomerMutationVariables>;
export const ExportCustomerDataDocument = new TypedDocumentString(`
    mutation ExportCustomerData($id: ID!) {
  exportCustomerData(id: $id) {
    expiresAt
    url
  }
}
    `) as unknown as TypedDocumentString<ExportCustomerDataMutation, ExportCustomerDataMutationVariables>;
export const LeaveOfflineMessageDocument = new TypedDocumentString(`
    mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {
  leaveOfflineMessage(input: $input) {
    chatSession {
      agentLastReadMessageId
      canEmailTranscript
      closedAt
      createdAt
      customerLastReadMessageId
      estimatedWaitSeconds
      id
      lastMessageAt
      messages {
        totalCount
      }
      offline
      queuePosition
      queuedAt
      rating
      ratingComment
      status
      transcriptUrl
      unreadCount
    }
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    token
  }
}
    `) as unknown as TypedDocumentString<LeaveOfflineMessageMutation, LeaveOfflineMessageMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $otp: String, $password: String!) {
  login(email: $email, otp: $otp, password: $password) {
    admin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    token
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MarkChatSessionReadDocument = new TypedDocumentString(`
    mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {
  markChatSessionRead(id: $id, messageId: $messageId) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkChatSessionReadMutation, MarkChatSessionReadMutationVariables>;
export const RateChatSessionDocument = new TypedDocumentString(`
    mutation RateChatSession($comment: String, $id: ID!, $rating: Int!) {
  rateChatSession(comment: $comment, id: $id, rating: $rating) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<RateChatSessionMutation, RateChatSessionMutationVariables>;
export const RedeliverWebhookDeliveryDocument = new TypedDocumentString(`
    mutation RedeliverWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    attempts
    createdAt
    deliveredAt
    event
    id
    lastError
    lastStatusCode
    nextAttemptAt
    payload
    status
  }
}
    `) as unknown as TypedDocumentString<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const RegisterCustomerDocument = new TypedDocumentString(`
    mutation RegisterCustomer($input: RegisterCustomerInput!) {
  registerCustomer(input: $input) {
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    token
  }
}
    `) as unknown as TypedDocumentString<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    createdAt
    id
    lastUsedAt
    name
    prefix
    revokedAt
    scopes
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RunRetentionDocument = new TypedDocumentString(`
    mutation RunRetention($dryRun: Boolean!) {
  runRetention(dryRun: $dryRun) {
    bytes
    chats
    customers
    cutoff
    dryRun
    files
    messages
    retentionDays
    sample {
      closedAt
      customerName
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RunRetentionMutation, RunRetentionMutationVariables>;
export const SendFileMessageDocument = new TypedDocumentString(`
    mutation SendFileMessage($input: SendFileMessageInput!) {
  sendFileMessage(input: $input) {
    clientMessageId
    createdAt
    file {
      filename
      id
      mimeType
      size
      url
    }
    id
    internal
    sender
    senderName
    sessionId
    text
  }
}
    `) as unknown as TypedDocumentString<SendFileMessageMutation, SendFileMessageMutationVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    clientMessageId
    createdAt
    file {
      filename
      id
      mimeType
      size
      url
    }
    id
    internal
    sender
    senderName
    sessionId
    text
  }
}
    `) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const SetChatSessionLabelsDocument = new TypedDocumentString(`
    mutation SetChatSessionLabels($id: ID!, $labelIds: [ID!]!) {
  setChatSessionLabels(id: $id, labelIds: $labelIds) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<SetChatSessionLabelsMutation, SetChatSessionLabelsMutationVariables>;
export const SetMyStatusDocument = new TypedDocumentString(`
    mutation SetMyStatus($status: AgentStatus!) {
  setMyStatus(status: $status) {
    activeChatCount
    disabled
    email
    id
    maxConcurrentChats
    name
    online
    role
    status
    teams {
      createdAt
      id
      name
      showInWidget
    }
    twoFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<SetMyStatusMutation, SetMyStatusMutationVariables>;
export const SetTypingDocument = new TypedDocumentString(`
    mutation SetTyping($isTyping: Boolean!, $sessionId: ID!) {
  setTyping(isTyping: $isTyping, sessionId: $sessionId)
}
    `) as unknown as TypedDocumentString<SetTypingMutation, SetTypingMutationVariables>;
export const StartChatSessionDocument = new TypedDocumentString(`
    mutation StartChatSession($input: StartChatSessionInput) {
  startChatSession(input: $input) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<StartChatSessionMutation, StartChatSessionMutationVariables>;
export const TakeNextChatSessionDocument = new TypedDocumentString(`
    mutation TakeNextChatSession {
  takeNextChatSession {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<TakeNextChatSessionMutation, TakeNextChatSessionMutationVariables>;
export const UnassignChatSessionDocument = new TypedDocumentString(`
    mutation UnassignChatSession($id: ID!) {
  unassignChatSession(id: $id) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<UnassignChatSessionMutation, UnassignChatSessionMutationVariables>;
export const UnblockCustomerDocument = new TypedDocumentString(`
    mutation UnblockCustomer($id: ID!) {
  unblockCustomer(id: $id) {
    attributes
    blocked
    blockedAt
    blockedReason
    chatSessions {
      edges {
        cursor
        node {
          agentLastReadMessageId
          assignedAdmin {
            activeChatCount
            disabled
            email
            id
            maxConcurrentChats
            name
            online
            role
            status
            twoFactorEnabled
          }
          canEmailTranscript
          closedAt
          createdAt
          customerLastReadMessageId
          estimatedWaitSeconds
          id
          labels {
            color
            id
            name
          }
          lastMessage {
            clientMessageId
            createdAt
            id
            internal
            sender
            senderName
            sessionId
            text
          }
          lastMessageAt
          messages {
            totalCount
          }
          offline
          queuePosition
          queuedAt
          rating
          ratingComment
          status
          team {
            createdAt
            id
            name
            showInWidget
          }
          transcriptUrl
          unreadCount
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    createdAt
    email
    erased
    externalId
    id
    name
    phone
    verified
  }
}
    `) as unknown as TypedDocumentString<UnblockCustomerMutation, UnblockCustomerMutationVariables>;
export const UpdateAdminDocument = new TypedDocumentString(`
    mutation UpdateAdmin($id: ID!, $input: UpdateAdminInput!) {
  updateAdmin(id: $id, input: $input) {
    activeChatCount
    disabled
    email
    id
    maxConcurrentChats
    name
    online
    role
    status
    teams {
      createdAt
      id
      name
      showInWidget
    }
    twoFactorEnabled
  }
}
    `) as unknown as TypedDocumentString<UpdateAdminMutation, UpdateAdminMutationVariables>;
export const UpdateCannedResponseDocument = new TypedDocumentString(`
    mutation UpdateCannedResponse($id: ID!, $input: CannedResponseInput!) {
  updateCannedResponse(id: $id, input: $input) {
    id
    shortcut
    text
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateCannedResponseMutation, UpdateCannedResponseMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    attributes
    blocked
    blockedAt
    blockedReason
    chatSessions {
      edges {
        cursor
        node {
          agentLastReadMessageId
          assignedAdmin {
            activeChatCount
            disabled
            email
            id
            maxConcurrentChats
            name
            online
            role
            status
            twoFactorEnabled
          }
          canEmailTranscript
          closedAt
          createdAt
          customerLastReadMessageId
          estimatedWaitSeconds
          id
          labels {
            color
            id
            name
          }
          lastMessage {
            clientMessageId
            createdAt
            id
            internal
            sender
            senderName
            sessionId
            text
          }
          lastMessageAt
          messages {
            totalCount
          }
          offline
          queuePosition
          queuedAt
          rating
          ratingComment
          status
          team {
            createdAt
            id
            name
            showInWidget
          }
          transcriptUrl
          unreadCount
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    createdAt
    email
    erased
    externalId
    id
    name
    phone
    verified
  }
}
    `) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const UpdateLabelDocument = new TypedDocumentString(`
    mutation UpdateLabel($id: ID!, $input: UpdateLabelInput!) {
  updateLabel(id: $id, input: $input) {
    color
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateLabelMutation, UpdateLabelMutationVariables>;
export const UpdateSettingsDocument = new TypedDocumentString(`
    mutation UpdateSettings($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    businessHours {
      holidays
      timezone
    }
    defaultMaxConcurrentChats
    identityRequired
    offlineMessage
    retentionDays
    routingMode
  }
}
    `) as unknown as TypedDocumentString<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const UpdateTeamDocument = new TypedDocumentString(`
    mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
  updateTeam(id: $id, input: $input) {
    createdAt
    id
    members {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    name
    showInWidget
  }
}
    `) as unknown as TypedDocumentString<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const UpdateWebhookDocument = new TypedDocumentString(`
    mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
  updateWebhook(id: $id, input: $input) {
    active
    createdAt
    deliveries {
      edges {
        cursor
        node {
          attempts
          createdAt
          deliveredAt
          event
          id
          lastError
          lastStatusCode
          nextAttemptAt
          payload
          status
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    id
    name
    query
    secret
    url
  }
}
    `) as unknown as TypedDocumentString<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const OnAdminPresenceChangedDocument = new TypedDocumentString(`
    subscription OnAdminPresenceChanged {
  adminPresenceChanged {
    admin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    online
    status
  }
}
    `) as unknown as TypedDocumentString<OnAdminPresenceChangedSubscription, OnAdminPresenceChangedSubscriptionVariables>;
export const OnChatSessionUpdatedDocument = new TypedDocumentString(`
    subscription OnChatSessionUpdated($id: ID) {
  chatSessionUpdated(id: $id) {
    agentLastReadMessageId
    assignedAdmin {
      activeChatCount
      disabled
      email
      id
      maxConcurrentChats
      name
      online
      role
      status
      twoFactorEnabled
    }
    canEmailTranscript
    closedAt
    createdAt
    customer {
      attributes
      blocked
      blockedAt
      blockedReason
      chatSessions {
        totalCount
      }
      createdAt
      email
      erased
      externalId
      id
      name
      phone
      verified
    }
    customerLastReadMessageId
    estimatedWaitSeconds
    id
    labels {
      color
      id
      name
    }
    lastMessage {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    lastMessageAt
    messages {
      edges {
        cursor
        node {
          clientMessageId
          createdAt
          file {
            filename
            id
            mimeType
            size
            url
          }
          id
          internal
          sender
          senderName
          sessionId
          text
        }
      }
      pageInfo {
        endCursor
        hasNextPage
        hasPreviousPage
        startCursor
      }
      totalCount
    }
    offline
    queuePosition
    queuedAt
    rating
    ratingComment
    status
    team {
      createdAt
      id
      name
      showInWidget
    }
    transcriptUrl
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<OnChatSessionUpdatedSubscription, OnChatSessionUpdatedSubscriptionVariables>;
export const OnMentionedDocument = new TypedDocumentString(`
    subscription OnMentioned {
  mentioned {
    customerName
    mentionedBy
    message {
      clientMessageId
      createdAt
      id
      internal
      sender
      senderName
      sessionId
      text
    }
    sessionId
    sessionStatus
  }
}
    `) as unknown as TypedDocumentString<OnMentionedSubscription, OnMentionedSubscriptionVariables>;
export const OnMessageAddedDocument = new TypedDocumentString(`
    subscription OnMessageAdded($sessionId: ID) {
  messageAdded(sessionId: $sessionId) {
    clientMessageId
    createdAt
    file {
      filename
      id
      mimeType
      size
      url
    }
    id
    internal
    sender
    senderName
    sessionId
    text
  }
}
    `) as unknown as TypedDocumentString<OnMessageAddedSubscription, OnMessageAddedSubscriptionVariables>;
export const OnTypingChangedDocument = new TypedDocumentString(`
    subscription OnTypingChanged($sessionId: ID!) {
  typingChanged(sessionId: $sessionId) {
    isTyping
    sender
    senderName
    sessionId
  }
}
    `) as unknown as TypedDocumentString<OnTypingChangedSubscription, OnTypingChangedSubscriptionVariables>;