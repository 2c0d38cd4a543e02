import type { ApiKeyViewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';

export enum ApiScope {
  READ_CHATS = 'READ_CHATS',
  WRITE_MESSAGES = 'WRITE_MESSAGES',
  MANAGE_CUSTOMERS = 'MANAGE_CUSTOMERS',
  READ_REPORTS = 'READ_REPORTS',
}

/**
 * The one place that says what a scope allows: each operation an API key may run, and the scope it
 * needs (the README's table is this one). A service admits a key only by naming its operation here
 * (`requireStaffOrKey`, `findVisible`); everything else refuses keys with FORBIDDEN. Where a key is
 * admitted it sees what a SUPERVISOR sees: every chat, private notes included.
 */
export const KEY_ACCESS = {
  chatSessions: ApiScope.READ_CHATS,
  chatSession: ApiScope.READ_CHATS,
  /** `Customer.chatSessions`, and a chat's `messages` with it. */
  customerChatSessions: ApiScope.READ_CHATS,
  /** `FileAttachment.url` of a message the key may read. */
  fileDownload: ApiScope.READ_CHATS,
  searchMessages: ApiScope.READ_CHATS,
  labels: ApiScope.READ_CHATS,
  teams: ApiScope.READ_CHATS,
  messageAdded: ApiScope.READ_CHATS,
  chatSessionUpdated: ApiScope.READ_CHATS,
  sendMessage: ApiScope.WRITE_MESSAGES,
  sendFileMessage: ApiScope.WRITE_MESSAGES,
  updateCustomer: ApiScope.MANAGE_CUSTOMERS,
  blockCustomer: ApiScope.MANAGE_CUSTOMERS,
  unblockCustomer: ApiScope.MANAGE_CUSTOMERS,
  blockedCustomers: ApiScope.MANAGE_CUSTOMERS,
  stats: ApiScope.READ_REPORTS,
  report: ApiScope.READ_REPORTS,
} as const satisfies Record<string, ApiScope>;

export type KeyOperation = keyof typeof KEY_ACCESS;

/** FORBIDDEN (reason MISSING_SCOPE, with the scope it lacks) unless the key holds what `operation` needs. */
export function requireKeyScope(key: ApiKeyViewer, operation: KeyOperation): ApiKeyViewer {
  const scope = KEY_ACCESS[operation];
  if (!key.scopes.includes(scope)) {
    throw appError('FORBIDDEN', `This API key may not use ${operation}: that needs the ${scope} scope.`, {
      reason: 'MISSING_SCOPE',
      requiredScope: scope,
    });
  }
  return key;
}

/** What no scope allows: agents, settings, teams and keys are managed by people. */
export const notForApiKeys = () =>
  appError('FORBIDDEN', 'An API key may not do this: sign in as an agent.', { reason: 'NOT_FOR_API_KEYS' });
