import type { IncomingMessage } from 'node:http';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, MessageType, parseMessage, type Message, type SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocket, type RawData, type WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer';
import type { OperationRecorder } from '../observability/metrics';
import { EventStream } from '../pubsub/event-stream';
import type { AppDeps } from '../app-deps';
import { createContext } from '../http/context';
import { sharedOperation, SharedResults, type SharedOperation } from './shared-results';

/** Who a socket speaks for, decided once, at connection_init. */
export interface SocketIdentity {
  viewer: Viewer | null;
}

export interface GraphqlWsServerOptions {
  deps: AppDeps;
  logger: Logger;
  connectionInitTimeoutMs: number;
  /** A socket that does not answer a ping within this time is dropped. */
  keepAliveMs: number;
  clientIp(request: IncomingMessage): string;
  /** connection_init: the socket's identity, or null once the hook has closed the socket (a bad token). */
  accept(socket: WebSocket, params: Record<string, unknown> | undefined): Promise<SocketIdentity | null>;
  /** A socket that `accept` let in has closed. */
  onDisconnect(socket: WebSocket, identity: SocketIdentity): void;
  /** Checks an operation before it runs: its document, its limits, and how many run (this one included). */
  prepare(operationsRunning: number, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[];
  formatError(error: GraphQLError): GraphQLFormattedError;
  recordOperation: OperationRecorder;
}

export interface GraphqlWsServer {
  identityOf(socket: WebSocket): SocketIdentity | undefined;
  close(): void;
}

/** A socket whose unsent frames pile past this is not reading; it is dropped and catches up when it reconnects. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * The graphql-transport-ws protocol (the one graphql-ws's client speaks), served without
 * graphql-ws's server loop. That loop awaits a promise chain per event and subscriber and keeps
 * closures and a suspended async function per socket; here a socket is one small object, its
 * listeners are shared, and an event reaches a subscriber as one string concatenation around a
 * payload that was resolved and serialized once for all subscribers alike (see SharedResults).
 */
export function createGraphqlWsServer(wsServer: WebSocketServer, options: GraphqlWsServerOptions): GraphqlWsServer {
  const { deps, logger } = options;
  const connections = new WeakMap<WebSocket, Connection>();
  const results = new SharedResults(deps, options.formatError, logger);

  wsServer.options.handleProtocols = (protocols) =>
    protocols.has(GRAPHQL_TRANSPORT_WS_PROTOCOL) ? GRAPHQL_TRANSPORT_WS_PROTOCOL : false;

  wsServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    connections.set(socket, new Connection(options.clientIp(request)));
    socket.on('error', onSocketError);
    socket.on('message', onMessage);
    socket.on('pong', onPong);
    socket.on('close', onClose);
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    connections.get(socket)!.initTimer = setTimeout(closeUninitialised, options.connectionInitTimeoutMs, socket);
  });

  // One timer for every socket rather than two per socket: a socket that has not answered the
  // previous round's ping by the next round is dropped.
  const keepAlive = setInterval(() => {
    for (const socket of wsServer.clients) {
      const connection = connections.get(socket);
      if (!connection || socket.readyState !== WebSocket.OPEN) continue;
      if (!connection.alive) {
        socket.terminate();
        continue;
      }
      connection.alive = false;
      socket.ping();
    }
  }, options.keepAliveMs).unref();

  function onMessage(this: WebSocket, data: RawData) {
    receive(this, String(data)).catch((error: unknown) => {
      logger.error({ err: error }, 'websocket message failed');
      this.close(CloseCode.InternalServerError, 'Internal server error');
    });
  }

  function onPong(this: WebSocket) {
    const connection = connections.get(this);
    if (connection) connection.alive = true;
  }

  function onSocketError(this: WebSocket, error: Error & { code?: string }) {
    // ws closes the socket itself (1009 for a frame over the limit, 1002/1007 for a broken one).
    logger.debug({ err: error, code: error.code }, 'websocket protocol error');
  }

  function onClose(this: WebSocket) {
    const connection = connections.get(this);
    if (!connection) return;
    connections.delete(this);
    clearTimeout(connection.initTimer);
    for (const operation of connection.operations.values()) operation?.stop();
    connection.operations.clear();
    if (connection.identity) options.onDisconnect(this, connection.identity);
  }

  async function receive(socket: WebSocket, text: string): Promise<void> {
    const connection = connections.get(socket);
    if (!connection) return;
    let message: Message;
    try {
      message = parseMessage(text);
    } catch {
      return socket.close(CloseCode.BadRequest, 'Invalid message received');
    }
    switch (message.type) {
      case MessageType.ConnectionInit:
        return initialise(socket, connection, message.payload ?? undefined);
      case MessageType.Ping:
        return sendFrame(socket, JSON.stringify(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong }));
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        return start(socket, connection, message.id, message.payload);
      case MessageType.Complete: {
        const operation = connection.operations.get(message.id);
        connection.operations.delete(message.id);
        return operation?.stop();
      }
      default:
        return socket.close(CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  async function initialise(socket: WebSocket, connection: Connection, params: Record<string, unknown> | undefined) {
    if (connection.initReceived) return socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
    connection.initReceived = true;
    clearTimeout(connection.initTimer);
    connection.initTimer = undefined;
    const identity = await options.accept(socket, params);
    if (!identity) return;
    if (socket.readyState !== WebSocket.OPEN) {
      // It closed while its token was checked: undo what accepting it did.
      options.onDisconnect(socket, identity);
      return;
    }
    connection.identity = identity;
    sendFrame(socket, CONNECTION_ACK);
  }

  async function start(socket: WebSocket, connection: Connection, id: string, payload: SubscribePayload) {
    const identity = connection.identity;
    if (!identity) return socket.close(CloseCode.Unauthorized, 'Unauthorized');
    if (connection.operations.has(id)) return socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    connection.operations.set(id, null);
    const args = options.prepare(connection.operations.size, payload);
    const operation = isErrorList(args) ? null : getOperationAST(args.document, args.operationName);
    if (isErrorList(args) || !operation) {
      connection.operations.delete(id);
      const errors = isErrorList(args) ? args : [new GraphQLError('Unable to identify operation')];
      return sendFrame(socket, errorFrame(id, errors, options.formatError));
    }
    const contextValue = createContext(deps, identity.viewer, connection.clientIp);

    if (operation.operation !== 'subscription') {
      const started = process.hrtime.bigint();
      const result = await execute({ ...args, contextValue });
      options.recordOperation(operation.name?.value, operation.operation, Boolean(result.errors?.length), started);
      if (connection.operations.has(id)) answerOnce(socket, id, results.serialize(result));
      connection.operations.delete(id);
      return;
    }

    const stream = await createSourceEventStream({ ...args, contextValue });
    if (!(stream instanceof EventStream)) {
      if (Symbol.asyncIterator in stream) throw new Error('Subscription resolvers must return an EventStream');
      // Refused (not found, forbidden, bad variables): graphql-js answers with the errors.
      if (connection.operations.has(id)) answerOnce(socket, id, results.serialize(stream as ExecutionResult));
      connection.operations.delete(id);
      return;
    }
    if (!connection.operations.has(id)) return; // completed while it was being authorised
    // The subscription lives for hours: it keeps the operation, not this context and its EntityManager.
    const subscription = new LiveSubscription(socket, id, sharedOperation(args, identity.viewer), results, deps);
    connection.operations.set(id, subscription);
    try {
      subscription.listening(await stream.listen(subscription.deliver));
    } catch (error) {
      logger.warn({ err: error }, 'a subscription could not start');
      if (connection.operations.get(id) !== subscription) return;
      connection.operations.delete(id);
      sendFrame(socket, errorFrame(id, [new GraphQLError('The subscription could not start.', { originalError: error as Error })], options.formatError));
    }
  }

  return {
    identityOf: (socket) => connections.get(socket)?.identity,
    close() {
      clearInterval(keepAlive);
    },
  };
}

class Connection {
  initReceived = false;
  /** Set once connection_init is accepted; operations are refused until then. */
  identity: SocketIdentity | undefined;
  alive = true;
  initTimer: NodeJS.Timeout | undefined;
  /** By the client's id; null while an operation starts, or for a query or mutation. */
  readonly operations = new Map<string, LiveSubscription | null>();

  constructor(readonly clientIp: string) {}
}

/** One client subscription: events in, frames out, in the order the events came. */
class LiveSubscription {
  private readonly framePrefix: string;
  private stopListening: (() => void) | undefined;
  private stopped = false;
  /** An earlier event whose payload is still being resolved; later ones wait for it. */
  private pending: Promise<void> | undefined;

  constructor(
    private readonly socket: WebSocket,
    id: string,
    private readonly operation: SharedOperation,
    private readonly results: SharedResults,
    private readonly deps: AppDeps,
  ) {
    this.framePrefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  readonly deliver = (event: unknown): void => {
    if (this.stopped) return;
    const payload = this.results.payloadFor(event, this.operation);
    if (typeof payload === 'string' && !this.pending) return this.send(payload);
    const pending: Promise<void> = Promise.all([this.pending, payload]).then(([, json]) => {
      if (this.pending === pending) this.pending = undefined;
      this.send(json);
    });
    this.pending = pending;
  };

  listening(stopListening: () => void) {
    if (this.stopped) return stopListening();
    this.stopListening = stopListening;
    this.deps.metrics.activeSubscriptions.inc();
  }

  stop() {
    if (this.stopped) return;
    this.stopped = true;
    if (!this.stopListening) return;
    this.stopListening();
    this.deps.metrics.activeSubscriptions.dec();
  }

  private send(payload: string) {
    if (!this.stopped) sendFrame(this.socket, this.framePrefix + payload + '}');
  }
}

function isErrorList(value: ExecutionArgs | readonly GraphQLError[]): value is readonly GraphQLError[] {
  return Array.isArray(value);
}

const CONNECTION_ACK = JSON.stringify({ type: MessageType.ConnectionAck });

function answerOnce(socket: WebSocket, id: string, payload: string) {
  sendFrame(socket, `{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
  sendFrame(socket, JSON.stringify({ id, type: MessageType.Complete }));
}

function errorFrame(id: string, errors: readonly GraphQLError[], formatError: (error: GraphQLError) => GraphQLFormattedError) {
  return JSON.stringify({ id, type: MessageType.Error, payload: errors.map(formatError) });
}

function sendFrame(socket: WebSocket, frame: string) {
  if (socket.readyState !== WebSocket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
    socket.terminate();
    return;
  }
  socket.send(frame);
}

function closeUninitialised(socket: WebSocket) {
  socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
}
