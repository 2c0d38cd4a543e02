import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { I18n } from '../features/i18n/i18n';
import type { MessageKey } from '../features/i18n/messages';

export interface ApiErrorInfo {
  code?: string;
  field?: string;
  /** Which entry of a map-like field was refused (an attribute's key). */
  key?: string;
  /** A stable word for why, where the API gives one (`LIMIT_REACHED`, `DISABLED`). */
  reason?: string;
  message: string;
  retryAfter?: number;
}

/** The first GraphQL error's code and field, or nothing when it was not a GraphQL error. */
export function apiErrors(error: unknown): ApiErrorInfo[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => ({
    code: typeof e.extensions?.code === 'string' ? e.extensions.code : undefined,
    field: typeof e.extensions?.field === 'string' ? e.extensions.field : undefined,
    key: typeof e.extensions?.key === 'string' ? e.extensions.key : undefined,
    reason: typeof e.extensions?.reason === 'string' ? e.extensions.reason : undefined,
    retryAfter: typeof e.extensions?.retryAfter === 'number' ? e.extensions.retryAfter : undefined,
    message: e.message,
  }));
}

/** The API said the thing does not exist (or is not the viewer's), as opposed to not answering. */
export const isNotFound = (error: unknown) => apiErrors(error).some((e) => e.code === 'NOT_FOUND');

/** Reasons an agent can act on, more precise than their code. */
const KNOWN_REASONS = ['LIMIT_REACHED'] as const;

const KNOWN_CODES = ['SESSION_CLOSED', 'NOT_FOUND', 'FORBIDDEN', 'FILE_TOO_LARGE', 'UNSUPPORTED_FILE_TYPE'] as const;

/** Words an agent can act on, in the console's language; the server's own message as a fallback. */
export function describeError(error: unknown, t: I18n['t']): string {
  const [first] = apiErrors(error);
  if (!first) return t('error.network');
  if ((KNOWN_REASONS as readonly string[]).includes(first.reason ?? '')) return t(`reason.${first.reason}` as MessageKey);
  if (first.code === 'RATE_LIMITED') return t('error.RATE_LIMITED', { seconds: first.retryAfter ?? 60 });
  if ((KNOWN_CODES as readonly string[]).includes(first.code ?? '')) return t(`error.${first.code}` as MessageKey);
  return first.message || t('error.generic', { message: first.code ?? '' });
}
