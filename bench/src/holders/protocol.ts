/** How a holder worker opens one subscribed socket, for either server. */
export interface HolderSpec {
  url: string;
  protocol: 'graphql-ws' | 'floor' | 'socketio';
  sessionId: string;
  /** The admin's token, for graphql-ws's connection_init or Socket.IO's handshake. */
  token?: string;
}

export type HolderCommand =
  | { cmd: 'open'; spec: HolderSpec; count: number; concurrency: number }
  | { cmd: 'wait'; ready?: number; received?: number; timeoutMs: number }
  | { cmd: 'quiet'; quietMs: number; timeoutMs: number }
  | { cmd: 'reset' }
  | { cmd: 'close' };

export type HolderReply =
  | { evt: 'opened'; open: number; failed: number; error?: string }
  | { evt: 'counts'; ready: number; received: number; lastAt: number; open: number; timedOut: boolean }
  | { evt: 'closed' };

export const MESSAGE_ADDED_QUERY =
  'subscription OnMessageAdded($id: ID!) { messageAdded(sessionId: $id) { id text clientMessageId createdAt } }';
