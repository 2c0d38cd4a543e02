import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
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
    const code = isAppErrorCode(rawCode) ? rawCode : FRAMEWORK_CODES[String(rawCode)];
    const isExpected = code !== undefined && code !== 'INTERNAL_SERVER_ERROR';
    if (isExpected) {
      const { stacktrace, http, ...extensions } = formatted.extensions ?? {};
      // Suggestions would let anyone map the schema field by field even with introspection off.
      const message = exposeDetails ? formatted.message : formatted.message.replace(/ Did you mean .*\?$/, '');
      return {
        message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...extensions, code, ...(exposeDetails && stacktrace ? { stacktrace } : {}) },
      };
    }
    logger.error({ err: unwrap(original), path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: exposeDetails ? formatted.message : 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function unwrap(error: unknown): unknown {
  if (error && typeof error === 'object' && 'originalError' in error && error.originalError) {
    return (error as { originalError: unknown }).originalError;
  }
  return error;
}
