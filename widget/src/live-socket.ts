import { createClient, type Client } from 'graphql-ws';
import { persistedQuery, type Document } from './graphql-client';

/** `reconnecting` is what the visitor sees as the "menyambungkan kembali…" bar. */
export type LinkState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15_000;
const KEEP_ALIVE_MS = 15_000;
const PONG_TIMEOUT_MS = 6_000;
const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_FORBIDDEN = 4403;

/**
 * Exponential backoff with "equal jitter": the wait doubles up to a ceiling, and half of it is
 * random, so a restarted API is not hit by every visitor in the same instant.
 */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** retries);
  return ceiling / 2 + random() * (ceiling / 2);
}

export interface LiveSocketOptions {
  url: string;
  token: () => string | null;
  onState: (state: LinkState) => void;
  /** After every (re)connection: the moment to ask for what was missed. */
  onConnected: () => void;
  /** The server refused the token (4401): it expired or was revoked. */
  onUnauthorized: () => void;
  /** The server refused the visitor (4403): it was blocked. */
  onForbidden?: () => void;
}

export interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string };
}

export interface LiveSocket {
  subscribe<R, V>(
    document: Document<R, V>,
    variables: V,
    onData: (data: R) => void,
    onError?: (errors: GraphQLErrorLike[]) => void,
  ): () => void;
  /**
   * Runs a mutation over the socket if it is connected, its answer unread, and says whether it
   * did: when it did not, send it over HTTP.
   */
  sendIfConnected<R, V>(document: Document<R, V>, variables: V): boolean;
  dispose(): void;
}

export function createLiveSocket(options: LiveSocketOptions): LiveSocket {
  /** Once a connection has failed or dropped, every further attempt is a reconnection the visitor sees. */
  let down = false;
  let connected = false;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let client!: Client;

  client = createClient({
    url: options.url,
    connectionParams: () => ({ authorization: `Bearer ${options.token() ?? ''}` }),
    lazy: true,
    // Switching sessions drops to zero subscriptions for a moment; keep the socket meanwhile.
    lazyCloseTimeout: 3_000,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Infinity,
    // A browser reports a refused connection as an `error` event, not a close: retry that too.
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    on: {
      connecting: () => options.onState(down ? 'reconnecting' : 'connecting'),
      connected: () => {
        connected = true;
        down = false;
        options.onState('connected');
        options.onConnected();
      },
      closed: (event) => {
        connected = false;
        clearTimeout(pongTimer);
        const code = (event as { code?: number } | undefined)?.code;
        if (code === CLOSE_UNAUTHORIZED) return options.onUnauthorized();
        if (code === CLOSE_FORBIDDEN && options.onForbidden) return options.onForbidden();
        // 1000 is our own lazy close once nothing is subscribed. Any other close, even of a first
        // attempt that never connected (the API unreachable when the page opened), is an outage.
        if (code === 1000) return options.onState('idle');
        down = true;
        options.onState('reconnecting');
      },
      // A socket can die silently (a laptop lid, a lost Wi-Fi): no pong in time means reconnect.
      ping: (received) => {
        if (!received) pongTimer = setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });

  return {
    subscribe(document, variables, onData, onError) {
      return client.subscribe<Record<string, unknown>>(
        // graphql-ws requires a string `query`: an empty one, beside the hash.
        { query: '', variables: variables as Record<string, unknown>, extensions: persistedQuery(document) },
        {
          next: (result) => {
            if (result.data) onData(result.data as never);
          },
          error: (error) => {
            if (Array.isArray(error)) onError?.(error as GraphQLErrorLike[]);
          },
          complete: () => {},
        },
      );
    },
    sendIfConnected(document, variables) {
      if (!connected) return false;
      const ignore = () => {};
      client.subscribe({ query: '', variables: variables as Record<string, unknown>, extensions: persistedQuery(document) }, { next: ignore, error: ignore, complete: ignore });
      return true;
    },
    dispose() {
      clearTimeout(pongTimer);
      void client.dispose();
    },
  };
}
