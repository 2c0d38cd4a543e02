import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isQueryTooComplex } from '../http/query-limits';
import { isAppErrorCode, type ErrorCode } from './app-error';

/** Codes that graphql-js and Apollo produce themselves, mapped onto the contract's closed set. */
const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_SUPPORTED: 'GRAPHQL_VALIDATION_FAILED',
};

/**
 * Keeps known errors as they are and turns anything else into INTERNAL_SERVER_ERROR, after
 * logging it, so no stack trace or SQL reaches a client.
 */
export function createErrorFormatter(logger: Logger, exposeDetails: boolean) {
  return function formatError(formatted: GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
    const rawCode = formatted.extensions?.code;
    const code = isQueryTooComplex(formatted)
      ? 'QUERY_TOO_COMPLEX'
      : isAppErrorCode(rawCode)
        ? rawCode
        : FRAMEWORK_CODES[String(rawCode)];
    const isExpected = code !== undefined && code !== 'INTERNAL_SERVER_ERROR';
    if (isExpected) {
      const { stacktrace, http, ...extensions } = formatted.extensions ?? {};
      const message = boundedMessage(exposeDetails ? formatted.message : withoutSuggestions(formatted.message));
      return {
        message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...extensions, code, ...(exposeDetails && stacktrace ? { stacktrace } : {}) },
      };
    }
    const cause = unwrap(original);
    if (isDatabaseUnavailable(cause)) {
      logger.warn({ err: cause, path: formatted.path }, 'database unavailable');
      return {
        message: 'The service is briefly unavailable. Please try again in a moment.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: true },
      };
    }
    logger.error({ err: cause, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: exposeDetails ? boundedMessage(formatted.message) : 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

const SUGGESTION = ' Did you mean ';
/** graphql-js quotes every input it echoes; a longer quotation is cut to this many characters. */
const MAX_QUOTED_CHARS = 80;
const MAX_MESSAGE_CHARS = 1000;
/** `[^"]` cannot run past the closing quote, so each quotation is scanned once: no backtracking. */
const LONG_QUOTATION = new RegExp(`"[^"]{${MAX_QUOTED_CHARS + 1},}"`, 'g');

/**
 * Suggestions would let anyone map the schema field by field even with introspection off.
 * graphql-js appends its suggestion last, so the last occurrence is the one to cut; a search
 * from the end cannot be made slow by an input that echoes the phrase many times.
 */
function withoutSuggestions(message: string): string {
  if (!message.endsWith('?')) return message;
  const start = message.lastIndexOf(SUGGESTION);
  return start === -1 ? message : message.slice(0, start);
}

/** An error that echoes a 100 KB variable need not send it back: quotations and the whole are capped. */
function boundedMessage(message: string): string {
  const quotationsCut = message.replace(LONG_QUOTATION, (quoted) => `${quoted.slice(0, MAX_QUOTED_CHARS + 1).toWellFormed()}…"`);
  if (quotationsCut.length <= MAX_MESSAGE_CHARS) return quotationsCut;
  return `${quotationsCut.slice(0, MAX_MESSAGE_CHARS).toWellFormed()}…`;
}

function unwrap(error: unknown): unknown {
  if (error && typeof error === 'object' && 'originalError' in error && error.originalError) {
    return (error as { originalError: unknown }).originalError;
  }
  return error;
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03']);

/** PostgreSQL down, restarting or unreachable: worth a retry, unlike a bug. */
function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as { code?: unknown; cause?: unknown; name?: string; message?: string } | undefined, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current.code === 'string' && (CONNECTION_ERROR_CODES.has(current.code) || current.code.startsWith('08'))) return true;
    if (current.name === 'ConnectionException' || /Connection terminated|timeout exceeded when trying to connect/.test(current.message ?? '')) return true;
    current = current.cause as typeof current;
  }
  return false;
}
