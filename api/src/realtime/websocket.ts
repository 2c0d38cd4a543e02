import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { bearerToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config/config';
import { appError } from '../errors/app-error';
import type { createErrorFormatter } from '../errors/format-error';
import { clientIpOf, compileTrustProxy } from '../http/client-ip';
import type { Presence } from '../modules/presence/presence';
import type { TrustedDocuments } from '../trusted-documents/trusted-documents';
import type { Metrics, OperationRecorder } from '../observability/metrics';
import { createGraphqlWsServer, type ContextFor } from './graphql-ws-server';
import { createOperationGuard, createUpgradeGuard, WS_LIMITS } from './websocket-guards';

import { CLOSE_FORBIDDEN, CLOSE_GOING_AWAY, CLOSE_RECONNECT, CLOSE_TRY_AGAIN_LATER, CLOSE_UNAUTHORIZED } from './close-codes';

export { CLOSE_FORBIDDEN, CLOSE_GOING_AWAY, CLOSE_RECONNECT, CLOSE_TRY_AGAIN_LATER, CLOSE_UNAUTHORIZED } from './close-codes';

const CLOSE_REASONS: Record<number, string> = {
  [CLOSE_UNAUTHORIZED]: 'Token revoked',
  [CLOSE_FORBIDDEN]: 'Account disabled',
  [CLOSE_RECONNECT]: 'Role changed',
};

/** graphql-ws's default: dead peers (a laptop closed mid-chat) are found within two of these. */
const KEEP_ALIVE_MS = 12_000;
/** How long a peer has to answer the close frame when the server stops. */
const CLOSE_HANDSHAKE_MS = 2_000;

export interface WebSocketGateway {
  /** Closes, on this instance, every socket that a revoked token opened. */
  closeSocketsOfToken(tokenId: string): void;
  /**
   * Closes, on this instance, every socket of this agent except the ones `keptTokenId` opened, if
   * given: with 4401 (revoked tokens) unless `code` says otherwise (4403 for a disabled agent).
   */
  closeSocketsOfAdmin(adminId: string, keptTokenId?: string, code?: number): void;
  /** Closes, on this instance, every socket of this visitor with 4403 (a blocked visitor). */
  closeSocketsOfCustomer(customerId: string): void;
  openSockets(): number;
  /** Who the open sockets on this instance speak for (signed-in ones only), e.g. to re-check their accounts. */
  viewers(): Viewer[];
  close(): Promise<void>;
}

/** What the WebSocket server needs from the app, and nothing more. */
export interface RealtimeOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  contextFor: ContextFor;
  /**
   * The viewer of connection_init's bearer token (null without one). Throws UNAUTHENTICATED for a
   * token that is no good, which closes the socket with 4401; anything else closes it with 1013.
   */
  authenticate(token: string | undefined): Promise<Viewer | null>;
  presence: Pick<Presence, 'connected' | 'disconnected'>;
  /** An agent's first console came online (on any instance): in AUTO mode it is routed chats. */
  agentCameOnline(adminId: string): void;
  metrics: Pick<Metrics, 'openSockets' | 'activeSubscriptions'>;
  config: Pick<Config, 'corsOrigins' | 'publicUrl' | 'trustProxy' | 'websocket' | 'introspection'>;
  formatError: ReturnType<typeof createErrorFormatter>;
  recordOperation: OperationRecorder;
  /** Which documents a socket's viewer may run, and the text of a hash (graphql-ws payloads carry `extensions` too). */
  trustedDocuments: Pick<TrustedDocuments, 'documentFor'>;
  logger: Logger;
}

export function attachWebSocketServer(options: RealtimeOptions): WebSocketGateway {
  const { config, presence, formatError, recordOperation, logger } = options;
  const wsServer = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: WS_LIMITS.maxPayloadBytes });
  const trustProxy = compileTrustProxy(config.trustProxy);
  const clientIp = (request: IncomingMessage) => clientIpOf(request, trustProxy);
  const upgradeGuard = createUpgradeGuard(wsServer, {
    clientIp,
    corsOrigins: config.corsOrigins,
    ownOrigin: config.publicUrl ? new URL(config.publicUrl).origin : undefined,
    maxSocketsPerIp: config.websocket.maxSocketsPerIp,
  });
  options.httpServer.on('upgrade', upgradeGuard.onUpgrade);
  const { openSockets } = options.metrics;
  const countClosed = () => openSockets.dec();
  wsServer.on('connection', (socket) => {
    openSockets.inc();
    socket.on('close', countClosed); // `once` would wrap it in two more objects per socket
  });
  /** The sockets each token opened, and one timer per token that closes them when it expires. */
  const socketsByToken = new Map<string, { sockets: Set<WebSocket>; expiry?: NodeJS.Timeout }>();

  const track = (socket: WebSocket, viewer: Viewer) => {
    let opened = socketsByToken.get(viewer.tokenId);
    if (!opened) {
      opened = { sockets: new Set() };
      socketsByToken.set(viewer.tokenId, opened);
      // setTimeout overflows past ~24.8 days; a longer-lived socket is re-checked by revocation only.
      const msLeft = viewer.expiresAt * 1000 - Date.now();
      if (msLeft < 2 ** 31 - 1) opened.expiry = setTimeout(closeAll, Math.max(0, msLeft), opened.sockets, 'Token expired').unref();
    }
    opened.sockets.add(socket);
  };

  const untrack = (socket: WebSocket, viewer: Viewer) => {
    const opened = socketsByToken.get(viewer.tokenId);
    opened?.sockets.delete(socket);
    if (opened?.sockets.size === 0) {
      clearTimeout(opened.expiry);
      socketsByToken.delete(viewer.tokenId);
    }
  };

  const graphqlWs = createGraphqlWsServer(wsServer, {
    contextFor: options.contextFor,
    logger,
    connectionInitTimeoutMs: config.websocket.connectionInitTimeoutMs,
    keepAliveMs: KEEP_ALIVE_MS,
    clientIp,
    async accept(socket, params) {
      let viewer: Viewer | null;
      try {
        viewer = await options.authenticate(tokenOf(params?.authorization));
      } catch (error) {
        // 4401 tells the client to drop its token: only for a token that is really bad.
        const code = (error as GraphQLError).extensions?.code;
        const badToken = code === 'UNAUTHENTICATED';
        logger[badToken || code === 'FORBIDDEN' ? 'debug' : 'warn']({ err: error }, 'websocket refused');
        if (code === 'FORBIDDEN') socket.close(CLOSE_FORBIDDEN, 'Forbidden');
        else socket.close(badToken ? CLOSE_UNAUTHORIZED : CLOSE_TRY_AGAIN_LATER, badToken ? 'Unauthorized' : 'Try again later');
        return null;
      }
      if (viewer) track(socket, viewer);
      if (viewer?.role === 'ADMIN') {
        const cameOnline = await presence.connected(viewer.adminId).catch((error) => {
          logger.warn({ err: error }, 'presence unavailable');
          return false;
        });
        if (cameOnline) options.agentCameOnline(viewer.adminId);
      }
      return { viewer };
    },
    onDisconnect(socket, { viewer }) {
      if (viewer) untrack(socket, viewer);
      if (viewer?.role === 'ADMIN') {
        presence.disconnected(viewer.adminId).catch((error) => logger.warn({ err: error }, 'presence unavailable'));
      }
    },
    prepare: trustedOperations(options.trustedDocuments, createOperationGuard(options.schema, { introspection: config.introspection })),
    formatError: (error) => formatError(error.toJSON(), error),
    recordOperation,
    activeSubscriptions: options.metrics.activeSubscriptions,
  });

  return {
    closeSocketsOfToken(tokenId) {
      const opened = socketsByToken.get(tokenId);
      if (opened) closeAll(opened.sockets, 'Token revoked');
    },
    closeSocketsOfAdmin(adminId, keptTokenId, code = CLOSE_UNAUTHORIZED) {
      for (const socket of wsServer.clients) {
        const viewer = graphqlWs.identityOf(socket)?.viewer;
        if (viewer?.role === 'ADMIN' && viewer.adminId === adminId && viewer.tokenId !== keptTokenId) {
          socket.close(code, CLOSE_REASONS[code] ?? 'Closed');
        }
      }
    },
    closeSocketsOfCustomer(customerId) {
      for (const socket of wsServer.clients) {
        const viewer = graphqlWs.identityOf(socket)?.viewer;
        if (viewer?.role === 'CUSTOMER' && viewer.customerId === customerId) socket.close(CLOSE_FORBIDDEN, 'Blocked');
      }
    },
    openSockets: () => wsServer.clients.size,
    viewers: () => [...wsServer.clients].flatMap((socket) => graphqlWs.identityOf(socket)?.viewer ?? []),
    async close() {
      upgradeGuard.drain();
      graphqlWs.close();
      for (const socket of wsServer.clients) socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
      const closed = new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
      // The server closes once every peer has answered its close frame; one that never answers
      // would hold the stop for ws's own 30 s close timeout.
      const unanswered = setTimeout(() => {
        for (const socket of wsServer.clients) socket.terminate();
      }, CLOSE_HANDSHAKE_MS);
      try {
        await closed;
      } finally {
        clearTimeout(unanswered);
      }
    },
  };
}

/**
 * No `authorization` is an anonymous socket (a visitor before it registers); one that is there but
 * is not `Bearer <token>` is a bad token, refused like any other rather than taken as anonymous.
 */
function tokenOf(authorization: unknown): string | undefined {
  if (authorization === undefined || authorization === null) return undefined;
  const token = bearerToken(authorization);
  if (!token) throw appError('UNAUTHENTICATED', 'The authorization must be "Bearer <token>".');
  return token;
}

/**
 * graphql-ws requires `query` to be a string: a client that sends a hash sends `query: ""` beside
 * `extensions.persistedQuery`, and the guard gets the manifest's text in its place.
 */
function trustedOperations(trusted: RealtimeOptions['trustedDocuments'], guard: ReturnType<typeof createOperationGuard>) {
  return (operationsRunning: number, payload: SubscribePayload, viewer: Viewer | null) => {
    let query: string | undefined;
    try {
      query = trusted.documentFor(viewer, payload);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    return guard(operationsRunning, query === undefined || query === payload.query ? payload : { ...payload, query });
  };
}

function closeAll(sockets: Iterable<WebSocket>, reason: string) {
  for (const socket of [...sockets]) socket.close(CLOSE_UNAUTHORIZED, reason);
}
