import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SocketProxy {
  port: number;
  /** Cuts every open connection, as a dropped network or a restarted load balancer would. */
  killAll(): void;
  /** While down, new connections are cut at once, so the console cannot reconnect. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/** A TCP proxy in front of the API's WebSocket, so a test can kill the console's socket. */
export async function startSocketProxy(targetPort: number): Promise<SocketProxy> {
  const open = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    killAll() {
      for (const socket of open) socket.destroy();
    },
    setDown(value) {
      down = value;
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
