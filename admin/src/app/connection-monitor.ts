export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

/**
 * The live socket's state for the banner, and a signal whenever the socket connects after
 * having failed, so open views fetch what they missed, or what they could not load at all.
 */
export class ConnectionMonitor {
  private state: ConnectionState = 'connecting';
  private readonly listeners = new Set<() => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private everConnected = false;
  /** A connection failed (or dropped) since the last one opened, so requests may have failed too. */
  private failed = false;

  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Called after the socket connects again, and after a first connection that came only after
   * failed attempts: a console opened while the API was unreachable loaded nothing.
   */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  connected(): void {
    const recovered = this.failed;
    this.failed = false;
    this.everConnected = true;
    this.set('connected');
    if (recovered) for (const listener of this.reconnectListeners) listener();
  }

  lost(): void {
    this.failed = true;
    this.set(this.everConnected ? 'disconnected' : 'connecting');
  }

  private set(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
