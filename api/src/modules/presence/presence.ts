/**
 * Which agents have a console connected. This in-process version counts this instance's sockets;
 * a Redis-backed one shares it across instances.
 */
export interface Presence {
  connected(adminId: string): Promise<void>;
  disconnected(adminId: string): Promise<void>;
  isOnline(adminId: string): Promise<boolean>;
  anyOnline(): Promise<boolean>;
  close(): Promise<void>;
}

export function createLocalPresence(): Presence {
  const sockets = new Map<string, number>();
  return {
    async connected(adminId) {
      sockets.set(adminId, (sockets.get(adminId) ?? 0) + 1);
    },
    async disconnected(adminId) {
      const remaining = (sockets.get(adminId) ?? 1) - 1;
      if (remaining > 0) sockets.set(adminId, remaining);
      else sockets.delete(adminId);
    },
    async isOnline(adminId) {
      return sockets.has(adminId);
    },
    async anyOnline() {
      return sockets.size > 0;
    },
    async close() {},
  };
}
