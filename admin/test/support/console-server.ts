import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** `ADMIN_TEST_DIST` lets several test runs on one checkout build and serve a console each. */
export const DIST_DIR = path.resolve(__dirname, '../..', process.env.ADMIN_TEST_DIST ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ConsoleServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built console like any static host, with `/config.js` written for this test:
 * the runtime config is how one build points at whichever API.
 */
export async function serveConsole(config: { apiUrl: string; wsUrl?: string; waitingAlertIntervalMs?: number }): Promise<ConsoleServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (pathname === '/config.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
      response.end(`window.LivechatOSSAdminConfig = ${JSON.stringify(config)};`);
      return;
    }
    const file = path.join(DIST_DIR, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(DIST_DIR) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
