import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUNDLE_PATH } from './paths';

export interface PageServer {
  origin: string;
  /** Serves `html` at `path` from now on. */
  setPage(path: string, html: string): string;
  close(): Promise<void>;
}

/** The host site: a real HTTP origin (not the API's) serving test pages and the built widget. */
export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/livechat-oss-widget.umd.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(fs.readFileSync(BUNDLE_PATH));
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages.get(path);
    if (page === undefined) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    setPage(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The contract's embedding snippet, with `config` as the page's LivechatOSSConfig. */
export function embeddingPage(options: {
  config: Record<string, unknown>;
  manualInit?: boolean;
  head?: string;
  body?: string;
  afterScript?: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
${options.head ?? ''}
</head>
<body>
${options.body ?? '<main><h1>Host page</h1><p>Content of a site we do not control.</p></main>'}
<script>window.LivechatOSSConfig = ${JSON.stringify(options.config)};</script>
<script src="/livechat-oss-widget.umd.js"${options.manualInit ? ' data-manual-init="true"' : ''}></script>
${options.afterScript ? `<script>${options.afterScript}</script>` : ''}
</body>
</html>`;
}
