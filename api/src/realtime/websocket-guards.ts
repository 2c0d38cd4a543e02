import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { parseOptions, queryLimitRules } from '../http/query-limits';
import type { PreparedOperation } from './graphql-ws-server';

/** Pinned, like the query limits: clients are written against them. */
export const WS_LIMITS = {
  /** A bigger frame closes the socket with 1009; the biggest real message is a 2,000-token query. */
  maxPayloadBytes: 64 * 1024,
  /** The widget holds 3 subscriptions and the console a handful; 50 leaves room for many tabs' worth. */
  maxOperationsPerSocket: 50,
} as const;

export const WS_PATH = '/graphql';

interface UpgradeRefusal {
  status: 403 | 404 | 429 | 503;
  message: string;
  headers?: Record<string, string>;
}

export interface UpgradeGuardOptions {
  /** CORS_ORIGIN: `*` allows any origin. */
  corsOrigins: string[];
  /**
   * PUBLIC_URL's origin, always allowed: the console served beside the API (deploy/nginx.conf)
   * is same-origin, so its HTTP requests need no CORS, and its socket must not need it either.
   */
  ownOrigin?: string;
  /** 0 turns the cap off. */
  maxSocketsPerIp: number;
  clientIp?: (request: IncomingMessage) => string;
}

/**
 * Decides at the HTTP upgrade, before a WebSocket exists, so a refusal is a real HTTP answer
 * (403, 429, 503) that a browser or proxy can log, not an opened-then-closed socket.
 */
export function createUpgradeGuard(wsServer: WebSocketServer, options: UpgradeGuardOptions) {
  const allowAnyOrigin = options.corsOrigins.includes('*');
  const allowedOrigins = new Set(options.ownOrigin ? [...options.corsOrigins, options.ownOrigin] : options.corsOrigins);
  const clientIp = options.clientIp ?? ((request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown');
  const socketsPerIp = new Map<string, number>();
  let draining = false;

  const refusalFor = (request: IncomingMessage, ip: string): UpgradeRefusal | null => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== WS_PATH) return { status: 404, message: 'Not found' };
    if (draining) return { status: 503, message: 'Server shutting down', headers: { 'Retry-After': '2' } };
    // CORS is a browser protection and only browsers send Origin: a request without one (a
    // server-to-server integration, a mobile app, a CLI) is allowed, and authenticates by token.
    const origin = request.headers.origin;
    if (origin !== undefined && !allowAnyOrigin && !allowedOrigins.has(origin)) {
      return { status: 403, message: 'Origin not allowed' };
    }
    if (options.maxSocketsPerIp > 0 && (socketsPerIp.get(ip) ?? 0) >= options.maxSocketsPerIp) {
      return { status: 429, message: 'Too many open connections from this address', headers: { 'Retry-After': '30' } };
    }
    return null;
  };

  const countSocket = (ip: string, socket: Duplex) => {
    socketsPerIp.set(ip, (socketsPerIp.get(ip) ?? 0) + 1);
    // The raw socket closes whether the handshake succeeds or not, so the count never leaks.
    socket.on('close', () => {
      const left = (socketsPerIp.get(ip) ?? 1) - 1;
      if (left > 0) socketsPerIp.set(ip, left);
      else socketsPerIp.delete(ip);
    });
  };

  return {
    /** The http server's 'upgrade' listener. */
    onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      const ip = clientIp(request);
      const refusal = refusalFor(request, ip);
      if (refusal) return refuseUpgrade(socket, refusal);
      countSocket(ip, socket);
      wsServer.handleUpgrade(request, socket, head, (ws: WebSocket) => wsServer.emit('connection', ws, request));
    },
    /** New upgrades get 503 from now on; open sockets are left to their owner to close. */
    drain() {
      draining = true;
    },
    socketsOf: (ip: string) => socketsPerIp.get(ip) ?? 0,
  };
}

function refuseUpgrade(socket: Duplex, refusal: UpgradeRefusal) {
  socket.on('error', () => {}); // a client that hung up already needs no answer
  const body = JSON.stringify({ error: refusal.message });
  const headers = {
    Connection: 'close',
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    ...refusal.headers,
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n${head}\r\n${body}`);
}

/**
 * Every operation on a socket passes the same limits as over HTTP (token limit at parse, the
 * graphql-armor rules at validation), and a socket runs at most WS_LIMITS.maxOperationsPerSocket
 * operations at once. The errors returned reach the client formatted, with the codes HTTP gives
 * for the same request (QUERY_TOO_COMPLEX, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT).
 */
export function createOperationGuard(schema: GraphQLSchema, options: { introspection: boolean }) {
  const rules = [...specifiedRules, ...queryLimitRules(options)];
  /**
   * Thousands of widgets send the same few operations: each text is parsed and validated once,
   * and the sockets share its document (which also lets their subscriptions share results).
   */
  const checkedDocuments = new Map<string, DocumentNode>();
  function check(query: string): DocumentNode | GraphQLError[] {
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch (error) {
      return [asValidationError(error)];
    }
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return errors.map(asValidationError);
    if (checkedDocuments.size >= CHECKED_DOCUMENTS_KEPT) checkedDocuments.delete(checkedDocuments.keys().next().value!);
    checkedDocuments.set(query, document);
    return document;
  }

  return (operationsRunning: number, payload: SubscribePayload): PreparedOperation | GraphQLError[] => {
    if (operationsRunning > WS_LIMITS.maxOperationsPerSocket) {
      // Not RATE_LIMITED: waiting does not help (no retryAfter to give); the client must complete
      // one of its operations first, which is a change to its request.
      return [
        new GraphQLError(
          `This connection already runs ${WS_LIMITS.maxOperationsPerSocket} operations; complete one before starting another.`,
          { extensions: { code: 'BAD_USER_INPUT', limit: WS_LIMITS.maxOperationsPerSocket } },
        ),
      ];
    }
    const document = checkedDocuments.get(payload.query) ?? check(payload.query);
    if (Array.isArray(document)) return document;
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [operationNotFound(payload.operationName)];
    // Apollo coerces variables before it runs anything and answers BAD_USER_INPUT; graphql-js
    // would answer the same mistake as an error without a code.
    const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 10 });
    if (errors) return errors.map(asBadUserInput);
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      operation,
    };
  };
}

function operationNotFound(operationName: string | null | undefined): GraphQLError {
  const message = operationName
    ? `Unknown operation named "${operationName}".`
    : 'Must provide operation name if query contains multiple operations.';
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
}

function asBadUserInput(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } });
}

const CHECKED_DOCUMENTS_KEPT = 500;

/** Apollo's code for the same refusals over HTTP; formatError turns limit refusals into QUERY_TOO_COMPLEX. */
function asValidationError(error: unknown): GraphQLError {
  const source = error instanceof GraphQLError ? error : new GraphQLError(String(error));
  return new GraphQLError(source.message, {
    nodes: source.nodes,
    source: source.source,
    positions: source.positions,
    extensions: { ...source.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}
