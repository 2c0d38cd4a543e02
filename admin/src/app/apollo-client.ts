import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { createCache } from './cache';
import type { ConnectionMonitor } from './connection-monitor';
import { adminConfig } from './admin-config';
import { createUploadLink, hasFiles } from './upload-link';

/** graphql-ws closes with this when the token is bad, expired or revoked. */
export const CLOSE_UNAUTHORIZED = 4401;
/** The API closes an agent's sockets with this when an admin disables the account. */
export const CLOSE_DISABLED = 4403;

export interface ClientOptions {
  token: string | null;
  monitor: ConnectionMonitor;
  /** The token no longer works (expired or revoked): sign the agent out with a message. */
  onAuthLost(): void;
  /** An admin disabled this agent: sign it out saying so. */
  onAccountDisabled(): void;
}

export interface ConsoleClient {
  apollo: ApolloClient;
  ws: WsClient | null;
  dispose(): void;
}

const closeCode = (event: unknown) =>
  event && typeof event === 'object' && 'code' in event ? (event as { code: number }).code : undefined;

/** Backs off from 0.5 s to 5 s, with jitter so a fleet of consoles does not reconnect at once. */
const retryWait = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 5000) + Math.random() * 300));

export function createConsoleClient({ token, monitor, onAuthLost, onAccountDisabled }: ClientOptions): ConsoleClient {
  const { apiUrl, wsUrl } = adminConfig();
  const headers = (): Record<string, string> => ({
    'apollo-require-preflight': 'true',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });

  const ws = token
    ? createClient({
        url: wsUrl,
        // Lazy, so a client made and thrown away during a render never opens a socket; the
        // console always holds the live session feed, which keeps it open while signed in.
        lazy: true,
        lazyCloseTimeout: 3000,
        keepAlive: 10_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        retryWait,
        connectionParams: { authorization: `Bearer ${token}` },
        shouldRetry: (event) => closeCode(event) !== CLOSE_UNAUTHORIZED && closeCode(event) !== CLOSE_DISABLED,
        on: {
          connected: () => monitor.connected(),
          closed: (event) => {
            monitor.lost();
            if (closeCode(event) === CLOSE_UNAUTHORIZED) onAuthLost();
            if (closeCode(event) === CLOSE_DISABLED) onAccountDisabled();
          },
          error: () => monitor.lost(),
        },
      })
    : null;

  // Only a signed-in agent's requests can lose their authentication; a failed login cannot.
  const authLink = new ErrorLink(({ error }) => {
    if (!token || !CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onAuthLost();
  });

  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };
  const http = ApolloLink.split(
    (operation) => hasFiles(operation.variables),
    createUploadLink({ uri: apiUrl, headers }),
    new HttpLink({ uri: apiUrl, headers: headers() }),
  );
  // Typing goes over the socket the console always holds: no HTTP request for each pause in typing.
  const overSocket = (operation: ApolloLink.Operation) => isSubscription(operation) || operation.operationName === 'SetTyping';
  const transport = ws ? ApolloLink.split(overSocket, new GraphQLWsLink(ws), http) : http;

  const apollo = new ApolloClient({ link: ApolloLink.from([authLink, transport]), cache: createCache() });
  return {
    apollo,
    ws,
    dispose() {
      apollo.stop();
      void ws?.dispose();
    },
  };
}
