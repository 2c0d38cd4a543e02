import type { IncomingMessage } from 'node:http';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
} from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, MessageType, parseMessage, type Message, type SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocket, type RawData, type WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer';
import { rootFieldsOf, type OperationRecorder } from '../observability/metrics';
import { EventStream } from '../pubsub/event-stream';
import { sharedOperation, SharedResults, type SharedOperation } from './shared-results';

/** Who a socket speaks for, decided once, at connection_init. */
export interface SocketIdentity {
  viewer: Viewer | null;
}

/** The context of one operation, or of one subscription event: made fresh for each. */
export type ContextFor = (viewer: Viewer | null, clientIp: string) => object;

export interface GraphqlWsServerOptions {
  contextFor: ContextFor;
  logger: Logger;
  connectionInitTimeoutMs: number;
  /** A socket that does not answer a ping within this time is dropped. */
  keepAliveMs: number;
  clientIp(request: IncomingMessage): string;
  /** connection_init: the socket's identity, or null once the hook has closed the socket (a bad token). */
  accept(socket: WebSocket, params: Record<string, unknown> | undefined): Promise<SocketIdentity | null>;
  /** A socket that `accept` let in has closed. */
  onDisconnect(socket: WebSocket, identity: SocketIdentity): void;
  /**
   * Checks an operation before it runs: its document, its limits, its operation and variables, and
   * how many run (this one included). What it refuses is answered with an `error` message.
   */
  prepare(operationsRunning: number, payload: SubscribePayload, viewer: Viewer | null): PreparedOperation | readonly GraphQLError[];
  formatError(error: GraphQLError): GraphQLFormattedError;
  recordOperation: OperationRecorder;
  /** Subscriptions listening now, on this instance (a gauge). */
  activeSubscriptions: { inc(): void; dec(): void };
}

/** Execution arguments whose document names exactly one operation, and whose variables fit it. */
export type PreparedOperation = Omit<ExecutionArgs, 'contextValue' | 'rootValue'> & {
  /** The operation the document and operationName name. */
  operation: OperationDefinitionNode;
};

export interface GraphqlWsServer {
  identityOf(socket: WebSocket): SocketIdentity | undefined;
  close(): void;
}

/** A socket whose unsent frames pile past this is not reading; it is dropped and catches up when it reconnects. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** A close frame carries 125 bytes: the code takes two. */
const MAX_CLOSE_REASON_BYTES = 123;

/**
 * The graphql-transport-ws protocol (the one graphql-ws's client speaks), served without
 * graphql-ws's server loop. That loop awaits a promise chain per event and subscriber and keeps
 * closures and a suspended async function per socket; here a socket is one small object, its
 * listeners are shared, and an event reaches a subscriber as one string concatenation around a
 * payload that was resolved and serialized once for all subscribers alike (see SharedResults).
 */
export function createGraphqlWsServer(wsServer: WebSocketServer, options: GraphqlWsServerOptions): GraphqlWsServer {
  const { logger, contextFor } = options;
  const connections = new WeakMap<WebSocket, Connection>();
  const results = new SharedResults(contextFor, options.formatError, logger);

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
    for (const operation of connection.operations.values()) operation.stop();
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
      return close(socket, CloseCode.BadRequest, 'Invalid message received');
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
        return close(socket, CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  async function initialise(socket: WebSocket, connection: Connection, params: Record<string, unknown> | undefined) {
    if (connection.initReceived) return close(socket, CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
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
    if (!identity) return close(socket, CloseCode.Unauthorized, 'Unauthorized');
    if (connection.operations.has(id)) return close(socket, CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    // The id may be completed and used again while this one awaits: each await is followed by a
    // check that the id still names this very operation.
    const operation = new Operation(options.activeSubscriptions);
    connection.operations.set(id, operation);
    const current = () => connection.operations.get(id) === operation;
    const refuse = (errors: readonly GraphQLError[]) => {
      if (!current()) return;
      connection.operations.delete(id);
      sendFrame(socket, errorFrame(id, errors, options.formatError));
    };
    try {
      const args = options.prepare(connection.operations.size, payload, identity.viewer);
      if (isErrorList(args)) return refuse(args);
      const contextValue = contextFor(identity.viewer, connection.clientIp);
      if (args.operation.operation !== 'subscription') {
        const started = process.hrtime.bigint();
        const result = await execute({ ...args, contextValue });
        options.recordOperation(args.operation.name?.value, args.operation.operation, Boolean(result.errors?.length), started, rootFieldsOf(args.operation));
        if (!current()) return; // completed by the client: it wants no answer
        connection.operations.delete(id);
        return answerOnce(socket, id, results.serialize(result));
      }
      const source = await openSource({ ...args, contextValue });
      if (!current()) return;
      if (!(source instanceof EventStream)) {
        // Refused (not found, forbidden): graphql-js answers with the errors.
        connection.operations.delete(id);
        return answerOnce(socket, id, results.serialize(source));
      }
      // The subscription lives for hours: it keeps the operation, not this context and its EntityManager.
      const sharing = sharedOperation(args, identity.viewer, connection.clientIp);
      const subscription = new LiveSubscription(socket, id, sharing, results, () => {
        if (current()) connection.operations.delete(id);
        operation.stop();
      });
      operation.subscription = subscription;
      const stopListening = await source.listen(subscription.deliver, subscription.ended);
      if (!current() || subscription.done) return stopListening();
      operation.listening(stopListening);
    } catch (error) {
      logger.warn({ err: error, operationName: payload.operationName }, 'an operation could not start');
      operation.stop();
      refuse([new GraphQLError('The operation could not start.', { originalError: error as Error })]);
    }
  }

  /** A close reason may echo what the client sent (an id): it is cut to fit a close frame. */
  function close(socket: WebSocket, code: number, reason: string) {
    socket.close(code, closeReason(reason));
  }

  return {
    identityOf: (socket) => connections.get(socket)?.identity,
    close() {
      clearInterval(keepAlive);
    },
  };
}

/**
 * A subscription's source as the server takes it: an EventStream, or the result that refused it.
 * graphql-js types a source as any async iterable; one that is not an EventStream is adapted.
 */
async function openSource(args: ExecutionArgs): Promise<EventStream<unknown> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  return Symbol.asyncIterator in source ? EventStream.from(source) : source;
}

class Connection {
  initReceived = false;
  /** Set once connection_init is accepted; operations are refused until then. */
  identity: SocketIdentity | undefined;
  alive = true;
  initTimer: NodeJS.Timeout | undefined;
  /** By the client's id; an id used again after `complete` names a new Operation. */
  readonly operations = new Map<string, Operation>();

  constructor(readonly clientIp: string) {}
}

/** One operation under one id, from `subscribe` until it completes, however often the id is used again. */
class Operation {
  subscription: LiveSubscription | undefined;
  private stopListening: (() => void) | undefined;
  private stopped = false;

  constructor(private readonly activeSubscriptions: GraphqlWsServerOptions['activeSubscriptions']) {}

  listening(stopListening: () => void) {
    this.stopListening = stopListening;
    this.activeSubscriptions.inc();
  }

  stop() {
    if (this.stopped) return;
    this.stopped = true;
    this.subscription?.stop();
    if (!this.stopListening) return;
    this.stopListening();
    this.activeSubscriptions.dec();
  }
}

/** One client subscription: events in, frames out, in the order the events came. */
class LiveSubscription {
  private readonly framePrefix: string;
  private stopped = false;
  /** The source ended (or failed), and the client was told so, after the events before it. */
  done = false;
  /** An earlier event whose payload is still being resolved; later ones wait for it. */
  private pending: Promise<void> | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly id: string,
    private readonly operation: SharedOperation,
    private readonly results: SharedResults,
    private readonly onEnd: () => void,
  ) {
    this.framePrefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  readonly deliver = (event: unknown): void => {
    if (this.stopped) return;
    const payload = this.results.payloadFor(event, this.operation);
    if (typeof payload === 'string' && !this.pending) return this.send(payload);
    this.afterPending(payload);
  };

  /** The source has no more events: `complete` after the last one, or `error` if it failed. */
  readonly ended = (error?: unknown): void => {
    if (this.stopped || this.done) return;
    this.done = true;
    const frame =
      error === undefined
        ? JSON.stringify({ id: this.id, type: MessageType.Complete })
        : errorFrame(this.id, [new GraphQLError('The subscription failed.', { originalError: error as Error })], this.results.formatError);
    const finish = () => {
      if (this.stopped) return;
      this.stopped = true;
      this.onEnd();
      sendFrame(this.socket, frame);
    };
    if (this.pending) void this.pending.then(finish);
    else finish();
  };

  stop() {
    this.stopped = true;
  }

  private afterPending(payload: string | Promise<string>) {
    const pending: Promise<void> = Promise.all([this.pending, payload]).then(([, json]) => {
      if (this.pending === pending) this.pending = undefined;
      this.send(json);
    });
    this.pending = pending;
  }

  private send(payload: string) {
    if (!this.stopped) sendFrame(this.socket, this.framePrefix + payload + '}');
  }
}

function isErrorList(value: PreparedOperation | readonly GraphQLError[]): value is readonly GraphQLError[] {
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

/** ws throws on a longer reason: the text is cut on a character boundary to fit. */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_CLOSE_REASON_BYTES) return reason;
  let cut = Buffer.from(reason).subarray(0, MAX_CLOSE_REASON_BYTES - 3).toString();
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1); // half a character at the cut
  return `${cut}...`;
}

function closeUninitialised(socket: WebSocket) {
  socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
}
