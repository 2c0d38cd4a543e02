import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { withTimeout } from '../infra/time';

/** A graphql-ws client that is connected (connection_ack received) when this resolves. */
export async function connectGraphqlSocket(url: string, token: string): Promise<Client> {
  let onError: (error: unknown) => void = () => {};
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: (error) => onError(error),
  });
  const connected = new Promise<void>((resolve, reject) => {
    onError = reject;
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`socket closed before connection_ack: ${JSON.stringify(event)}`)));
  });
  try {
    await withTimeout(connected, 15_000, `graphql-ws connect to ${url}`);
  } catch (error) {
    await client.dispose();
    throw error;
  }
  return client;
}

/** A graphql-ws client that connects with its first operation. */
export function createLazyGraphqlSocket(url: string, token: string): Client {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
}

/** Runs a query or mutation over the socket; rejects on GraphQL errors. */
export function executeOverSocket<T>(client: Client, query: string, variables: Record<string, unknown>): Promise<T> {
  return new Promise((resolve, reject) => {
    let data: T | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) reject(new Error(result.errors.map((error) => error.message).join('; ')));
          else data = result.data as T;
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => (data === undefined ? reject(new Error('no result')) : resolve(data)),
      },
    );
  });
}
