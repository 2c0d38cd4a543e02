export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

/**
 * The live socket's state for the banner, and a signal after every reconnect so open views
 * can fetch what they missed while it was down.
 */
export class ConnectionMonitor {
  private state: ConnectionState = 'connecting';
  private readonly listeners = new Set<() => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private everConnected = false;

  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  connected(): void {
    const wasReconnect = this.everConnected;
    this.everConnected = true;
    this.set('connected');
    if (wasReconnect) for (const listener of this.reconnectListeners) listener();
  }

  lost(): void {
    this.set(this.everConnected ? 'disconnected' : 'connecting');
  }

  private set(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
