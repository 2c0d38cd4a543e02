#!/usr/bin/env node
// Serves the demo pages and the built widget on http://localhost:5173 (`npm run demo` builds
// first). WIDGET_DEMO_PORT and LIVECHAT_API_URL change the port and the API the pages point at.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const widgetDir = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.WIDGET_DEMO_PORT ?? 5173);
const apiUrl = (process.env.LIVECHAT_API_URL ?? 'http://localhost:8000').replace(/\/+$/, '');
const bundlePath = path.join(widgetDir, 'dist', 'livechat-oss-widget.umd.js');

if (!fs.existsSync(bundlePath)) {
  console.error('dist/livechat-oss-widget.umd.js is missing: run `npm run build -w widget` first.');
  process.exit(1);
}

const pages = { '/demo.html': 'demo.html', '/demo-manual.html': 'demo-manual.html' };

const server = http.createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (pathname === '/' || pathname === '/index.html') {
    return void res.writeHead(302, { location: '/demo.html' }).end();
  }
  if (pathname === '/favicon.ico') return void res.writeHead(204).end();
  if (pathname === '/livechat-oss-widget.umd.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    return void fs.createReadStream(bundlePath).pipe(res);
  }
  const page = pages[pathname];
  if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  const html = fs.readFileSync(path.join(widgetDir, 'demo', page), 'utf8').replaceAll('%API_URL%', apiUrl);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(html);
});

server.listen(port, () => {
  console.log(`widget demo: http://localhost:${port}/demo.html and /demo-manual.html (API ${apiUrl})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
