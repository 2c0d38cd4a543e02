import type { IncomingMessage } from 'node:http';
import type { Server } from 'node:http';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticator } from '../auth/authenticator';
import { bearerToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { createContext, type AppDeps, type Context } from './context';
import type { createErrorFormatter } from '../errors/format-error';
import type { OperationRecorder } from '../observability/metrics';
import { clientIpOf, compileTrustProxy } from './client-ip';
import { createOperationGuard, createUpgradeGuard, requireAccount, WS_LIMITS } from './websocket-guards';

export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_TRY_AGAIN_LATER = 1013;

type SocketExtra = {
  socket: WebSocket;
  request: IncomingMessage;
};

export interface WebSocketGateway {
  /** Closes, on this instance, every socket that a revoked token opened. */
  closeSocketsOfToken(tokenId: string): void;
  /** Closes, on this instance, every socket of this agent except the ones `keptTokenId` opened. */
  closeSocketsOfAdmin(adminId: string, keptTokenId: string): void;
  openSockets(): number;
  close(): Promise<void>;
}

export function attachWebSocketServer(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  deps: AppDeps;
  authenticator: Authenticator;
  formatError: ReturnType<typeof createErrorFormatter>;
  recordOperation: OperationRecorder;
  logger: Logger;
}): WebSocketGateway {
  const { deps, authenticator, formatError, recordOperation, logger } = options;
  const wsServer = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: WS_LIMITS.maxPayloadBytes });
  const trustProxy = compileTrustProxy(deps.config.trustProxy);
  const clientIp = (request: IncomingMessage) => clientIpOf(request, trustProxy);
  const upgradeGuard = createUpgradeGuard(wsServer, {
    clientIp,
    corsOrigins: deps.config.corsOrigins,
    maxSocketsPerIp: deps.config.websocket.maxSocketsPerIp,
  });
  options.httpServer.on('upgrade', upgradeGuard.onUpgrade);
  wsServer.on('connection', (socket) => {
    deps.metrics.openSockets.inc();
    socket.once('close', () => deps.metrics.openSockets.dec());
  });
  const viewers = new WeakMap<WebSocket, Viewer | null>();
  const clientIps = new WeakMap<WebSocket, string>();
  const socketsByToken = new Map<string, Set<WebSocket>>();
  const expiryTimers = new WeakMap<WebSocket, NodeJS.Timeout>();

  const track = (socket: WebSocket, viewer: Viewer) => {
    const sockets = socketsByToken.get(viewer.tokenId) ?? new Set();
    sockets.add(socket);
    socketsByToken.set(viewer.tokenId, sockets);
    // setTimeout overflows past ~24.8 days; a longer-lived socket is re-checked by revocation only.
    const msLeft = viewer.expiresAt * 1000 - Date.now();
    if (msLeft < 2 ** 31 - 1) {
      expiryTimers.set(
        socket,
        setTimeout(() => socket.close(CLOSE_UNAUTHORIZED, 'Token expired'), Math.max(0, msLeft)).unref(),
      );
    }
  };

  const untrack = (socket: WebSocket) => {
    clearTimeout(expiryTimers.get(socket));
    const viewer = viewers.get(socket);
    if (!viewer) return;
    const sockets = socketsByToken.get(viewer.tokenId);
    sockets?.delete(socket);
    if (sockets?.size === 0) socketsByToken.delete(viewer.tokenId);
  };

  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: deps.config.websocket.connectionInitTimeoutMs,
      onSubscribe: createOperationGuard(options.schema, { introspection: deps.config.introspection }),
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        clientIps.set(socket, clientIp(ctx.extra.request));
        const authorization = ctx.connectionParams?.authorization;
        forgetHandshake(ctx);
        let viewer: Viewer | null;
        try {
          viewer = await authenticator.authenticate(bearerToken(authorization));
          if (viewer) await requireAccount(deps.orm, viewer);
        } catch (error) {
          // 4401 tells the client to drop its token: only for a token that is really bad.
          const badToken = (error as GraphQLError).extensions?.code === 'UNAUTHENTICATED';
          logger[badToken ? 'debug' : 'warn']({ err: error }, 'websocket refused');
          socket.close(badToken ? CLOSE_UNAUTHORIZED : CLOSE_TRY_AGAIN_LATER, badToken ? 'Unauthorized' : 'Try again later');
          return false;
        }
        viewers.set(socket, viewer);
        if (viewer) track(socket, viewer);
        if (viewer?.role === 'ADMIN') {
          await deps.presence.connected(viewer.adminId).catch((error) => logger.warn({ err: error }, 'presence unavailable'));
        }
        return true;
      },
      onDisconnect: async (ctx) => {
        const viewer = viewers.get(ctx.extra.socket);
        untrack(ctx.extra.socket);
        if (viewer?.role === 'ADMIN') {
          await deps.presence.disconnected(viewer.adminId).catch((error) => logger.warn({ err: error }, 'presence unavailable'));
        }
      },
      context: (ctx): Context => createContext(deps, viewers.get(ctx.extra.socket) ?? null, clientIps.get(ctx.extra.socket)),
      execute: async (args) => {
        const started = process.hrtime.bigint();
        const result = await execute(args);
        const operation = getOperationAST(args.document, args.operationName);
        recordOperation(operation?.name?.value, operation?.operation ?? 'invalid', Boolean(result.errors?.length), started);
        return result;
      },
      subscribe: (args) => subscribeSharingResults(args, deps),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
      onError: (_ctx, _id, _payload, errors) => errors.map((error: GraphQLError) => formatError(error.toJSON(), error)),
    },
    wsServer,
  );

  return {
    closeSocketsOfToken(tokenId) {
      for (const socket of socketsByToken.get(tokenId) ?? []) socket.close(CLOSE_UNAUTHORIZED, 'Token revoked');
    },
    closeSocketsOfAdmin(adminId, keptTokenId) {
      for (const socket of wsServer.clients) {
        const viewer = viewers.get(socket);
        if (viewer?.role === 'ADMIN' && viewer.adminId === adminId && viewer.tokenId !== keptTokenId) {
          socket.close(CLOSE_UNAUTHORIZED, 'Token revoked');
        }
      }
    },
    openSockets: () => wsServer.clients.size,
    async close() {
      upgradeGuard.drain();
      for (const socket of wsServer.clients) socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
      await cleanup.dispose();
    },
  };
}

/**
 * graphql-ws keeps a socket's context, with the upgrade request and the connection params (the
 * token), for as long as the socket lives. Neither is read after the handshake, and on an idle
 * socket they are over a kilobyte of its memory.
 */
function forgetHandshake(ctx: { extra: SocketExtra; connectionParams?: unknown }) {
  (ctx.extra as { request?: IncomingMessage }).request = undefined;
  (ctx as { connectionParams?: unknown }).connectionParams = undefined;
}

/**
 * Every subscriber of a topic is handed the same event object. Subscribers that run the same
 * operation with the same variables as the same kind of viewer get the same result, so it is
 * computed once per event (here, keyed by that object) rather than once per subscriber.
 */
const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/**
 * graphql-js would resolve every event of a subscription with the context made when it started,
 * for hours. Instead each event executes with a fresh context of its own (made lazily), and the
 * subscribe-time context, with its EntityManager, is let go once the stream is open.
 */
async function subscribeSharingResults(args: ExecutionArgs, deps: AppDeps) {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const viewer = (args.contextValue as Context).viewer;
  // graphql-ws holds these args until the subscription ends.
  args.contextValue = undefined;
  const operationKey = sharedOperationKey(args);
  const source = stream as AsyncGenerator<unknown>;
  const { activeSubscriptions } = deps.metrics;
  activeSubscriptions.inc();
  let ended = false;
  const end = () => {
    if (!ended) activeSubscriptions.dec();
    ended = true;
  };
  const resultFor = (event: unknown): Promise<ExecutionResult> => {
    const execution = () => Promise.resolve(execute({ ...args, rootValue: event, contextValue: createContext(deps, viewer) }));
    if (typeof event !== 'object' || event === null) return execution();
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    const key = `${operationKey}|${viewerClass(viewer, event)}`;
    let result = results.get(key);
    if (!result) results.set(key, (result = execution()));
    return result;
  };
  const events: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const event = await source.next();
      if (event.done) {
        end();
        return { done: true, value: undefined };
      }
      return { done: false, value: await resultFor(event.value) };
    },
    async return() {
      end();
      await source.return?.(undefined);
      return { done: true, value: undefined };
    },
    async throw(error) {
      end();
      await source.return?.(undefined);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return events;
}

/** Documents are shared between sockets by the operation guard's cache, so their identity will do. */
function sharedOperationKey(args: ExecutionArgs): string {
  let documentId = documentIds.get(args.document);
  if (documentId === undefined) documentIds.set(args.document, (documentId = nextDocumentId++));
  return `${documentId}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
}

/**
 * Who may share a result: all agents alike, each visitor alone. A file's link is signed for its
 * reader, so an event that carries one is resolved per viewer.
 */
function viewerClass(viewer: Viewer | null, event: object): string {
  if (!viewer) return 'anonymous';
  const personal = viewer.role === 'CUSTOMER' || ('file' in event && event.file != null);
  return personal ? viewer.tokenId : viewer.role;
}
