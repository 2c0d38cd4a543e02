import type { HolderSpec } from '../holders/protocol';

/** A customer's chat: the session, and what the customer needs to send into it. */
export interface Conversation {
  sessionId: string;
  /** The customer's token (the API); the floor has no auth. */
  token: string;
}

/** Called for every message a watcher receives. */
export type OnDelivery = (sessionId: string, clientMessageId: string) => void;

/** An agent's socket that follows sessions. */
export interface Watcher {
  watch(sessionId: string): void;
  close(): Promise<void>;
}

/** A customer's socket that sends over the WebSocket. */
export interface SocketSender {
  send(text: string, clientMessageId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The message path of one server (the API, the floor or the Socket.IO design), as the scenarios drive it. Sends go to
 * one instance and watchers to another, which is how the two-instance figure is taken.
 */
export interface Target {
  readonly kind: 'api' | 'floor' | 'socketio';
  newConversation(): Promise<Conversation>;
  sendHttp(conversation: Conversation, text: string, clientMessageId: string): Promise<void>;
  openSocketSender(conversation: Conversation): Promise<SocketSender>;
  openWatcher(onDelivery: OnDelivery): Promise<Watcher>;
  holderSpec(sessionId: string): HolderSpec;
  /** How many stored messages have a clientMessageId starting with `prefix`: the persistence check. */
  countStored(prefix: string): Promise<number>;
}
