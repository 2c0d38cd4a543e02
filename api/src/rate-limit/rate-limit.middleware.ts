import type { GraphQLError } from 'graphql';
import type { MiddlewareFn, ResolverData } from 'type-graphql';
import type { Context } from '../http/context';
import { clientMessageId as parseClientMessageId, isUuid } from '../input/text-rules';
import { senderKey } from './rate-limits';

// Resolver middlewares (`@UseMiddleware`), so that a refused call never reaches its service: it
// stores and publishes nothing, over HTTP and over the WebSocket alike.

/**
 * Counts the attempt before the password is checked (refused while this identity, from this IP,
 * is locked out), keeps it counted for a wrong password, and gives it back otherwise; a success
 * ends the run of failures. Anonymous callers of changePassword are left to its service.
 */
function throttlePasswordGuesses(
  identityOf: (action: ResolverData<Context>) => string | null,
  isWrongPassword: (error: GraphQLError) => boolean,
): MiddlewareFn<Context> {
  return async (action, next) => {
    const { login } = action.context.rateLimits;
    const { clientIp } = action.context;
    const identity = identityOf(action);
    if (identity === null) return next();
    const attempt = await login.begin(clientIp, identity);
    let result: unknown;
    try {
      result = await next();
    } catch (error) {
      await (isWrongPassword(error as GraphQLError) ? attempt.failed() : attempt.abandoned());
      throw error;
    }
    await attempt.succeeded();
    return result;
  };
}

/** A missing or wrong two-factor code came after the right password: the code throttle counts it instead. */
export const ThrottleLogin = throttlePasswordGuesses(
  ({ args }) => String(args.email),
  (error) => error.extensions?.code === 'UNAUTHENTICATED' && error.extensions?.reason !== 'OTP_REQUIRED',
);

/** changePassword: a stolen token must not be a way around login's lockouts to guess the password. */
export const ThrottlePasswordCheck = throttlePasswordGuesses(
  ({ context }) => (context.viewer?.role === 'ADMIN' ? `admin-id:${context.viewer.adminId}` : null),
  (error) => error.extensions?.field === 'currentPassword',
);

export const LimitRegisterCustomerPerIp: MiddlewareFn<Context> = async ({ context }, next) => {
  await context.rateLimits.registerCustomer.consume(context.clientIp);
  return next();
};

/** A retried start (the same first message's clientMessageId) is not counted again. */
export const LimitStartChatSessionPerIp: MiddlewareFn<Context> = async ({ args, context }, next) => {
  const { viewer } = context;
  const retryOf = viewer ? retryKey(senderKey(viewer), inputOf(args).clientMessageId) : undefined;
  await context.rateLimits.startChatSession.consume(context.clientIp, retryOf);
  return next();
};

/** leaveOfflineMessage opens a chat, and for an anonymous caller makes a visitor as well: both limits count it. */
export const LimitOfflineMessagePerIp: MiddlewareFn<Context> = async ({ context }, next) => {
  if (!context.viewer) await context.rateLimits.registerCustomer.consume(context.clientIp);
  await context.rateLimits.startChatSession.consume(context.clientIp);
  return next();
};

/**
 * sendMessage and sendFileMessage: one allowance per sender. An anonymous call is refused by the
 * service. A retried send (the same clientMessageId in the same session) is not counted again.
 */
export const LimitMessagesPerSender: MiddlewareFn<Context> = async ({ args, context }, next) => {
  if (!context.viewer) return next();
  const input = inputOf(args);
  const sessionId = typeof input.sessionId === 'string' && isUuid(input.sessionId) ? input.sessionId : null;
  const retryOf = sessionId ? retryKey(sessionId, input.clientMessageId) : undefined;
  await context.rateLimits.messages.consume(senderKey(context.viewer), retryOf);
  return next();
};

const inputOf = (args: Record<string, unknown>) => (args.input ?? {}) as Record<string, unknown>;

/** Only a well-formed clientMessageId names an action; the service refuses any other. */
function retryKey(scope: string, clientMessageId: unknown): string | undefined {
  if (typeof clientMessageId !== 'string') return undefined;
  try {
    return `${scope}|${parseClientMessageId(clientMessageId)}`;
  } catch {
    return undefined;
  }
}

/**
 * setTyping: the excess is dropped quietly (true, nothing published). Typing is a hint the next
 * call repeats, so refusing it with an error would only make clients noisier.
 */
export const ThrottleTyping: MiddlewareFn<Context> = async ({ args, context }, next) => {
  if (!context.viewer) return next();
  const allowed = await context.rateLimits.typing.allows(`${senderKey(context.viewer)}:${String(args.sessionId)}`);
  return allowed ? next() : true;
};
