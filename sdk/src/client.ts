import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient as createSocketClient, type Client as SocketClient } from 'graphql-ws';

/** Any typed document of this SDK (or one an integrator generates the same way). */
export type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

export interface LivechatClientOptions {
  /** The API's GraphQL endpoint, e.g. `https://chat.example.go.id/graphql`. */
  url: string;
  /** An API key (`lco_…`) created on the console's Integrasi page, or an agent's token. */
  apiKey: string;
  /** The WebSocket endpoint; by default `url` with ws(s):. */
  websocketUrl?: string;
  /** Where `globalThis.WebSocket` is missing (Node.js before 22), e.g. the `ws` package. */
  webSocketImpl?: unknown;
  fetch?: typeof fetch;
}

/** A GraphQL error as the API reports it: `code` is the contract's `extensions.code`. */
export class LivechatError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'LivechatError';
  }
}

interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface LivechatClient {
  /** Runs a query or mutation over HTTP; resolves with its data or rejects with a `LivechatError`. */
  request<Result, Variables>(document: TypedDocument<Result, Variables>, ...variables: VariablesOf<Variables>): Promise<Result>;
  /** A subscription over graphql-ws, as an async iterator of its results; `return()` (or `break`) ends it. */
  subscribe<Result, Variables>(document: TypedDocument<Result, Variables>, ...variables: VariablesOf<Variables>): AsyncIterableIterator<Result>;
  /** Closes the WebSocket, if one was opened. */
  close(): Promise<void>;
}

/** Variables may be left out when the document takes none. */
type VariablesOf<Variables> = Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

export function createLivechatClient(options: LivechatClientOptions): LivechatClient {
  const doFetch = options.fetch ?? fetch;
  const authorization = `Bearer ${options.apiKey}`;
  let socket: SocketClient | undefined;
  const openSocket = () =>
    (socket ??= createSocketClient({
      url: options.websocketUrl ?? options.url.replace(/^http/, 'ws'),
      connectionParams: { authorization },
      webSocketImpl: options.webSocketImpl,
      lazy: true,
      retryAttempts: 5,
    }));

  return {
    async request(document, ...[variables]) {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      const body = (await response.json().catch(() => null)) as GraphQLResponse<never> | null;
      if (!body) throw new LivechatError(`The API answered ${response.status} without a GraphQL body`, 'INTERNAL_SERVER_ERROR');
      throwOnErrors(body);
      return body.data as never;
    },
    subscribe(document, ...[variables]) {
      const results = openSocket().iterate({ query: document.toString(), variables: (variables ?? {}) as Record<string, unknown> });
      return {
        async next() {
          const step = await results.next();
          if (step.done) return { done: true, value: undefined };
          throwOnErrors(step.value as GraphQLResponse<never>);
          return { done: false, value: step.value.data as never };
        },
        async return() {
          await results.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
    async close() {
      await socket?.dispose();
      socket = undefined;
    },
  };
}

function throwOnErrors(body: GraphQLResponse<unknown>) {
  const [first] = body.errors ?? [];
  if (!first) return;
  const extensions = first.extensions ?? {};
  throw new LivechatError(first.message, String(extensions.code ?? 'INTERNAL_SERVER_ERROR'), extensions.reason as string | undefined, extensions);
}
