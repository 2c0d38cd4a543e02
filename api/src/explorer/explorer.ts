import { readFileSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import type { Logger } from 'pino';

/**
 * GraphiQL, served by the API itself from the npm packages: no CDN, since a government intranet
 * may have no internet. GraphiQL 3 ships a prebuilt bundle for React 18's UMD builds, so nothing is
 * built; GraphiQL 5 would need a bundler and Monaco's web workers.
 */
const inPackage = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
// React's exports map does not list its UMD builds, hence the paths inside the packages.
const ASSETS: Record<string, { name: string; file: string; type: string }> = {
  'react.js': { name: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { name: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { name: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { name: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** Every asset read once, at start: a deployment without them (a pruned install) says so and serves no explorer. */
function readAssets(): Map<string, { body: Buffer; type: string }> {
  const bodies = new Map<string, { body: Buffer; type: string }>([
    ['start.js', { body: Buffer.from(START), type: 'text/javascript' }],
    ['page.css', { body: Buffer.from(PAGE_CSS), type: 'text/css' }],
  ]);
  for (const [asset, { name, file, type }] of Object.entries(ASSETS)) bodies.set(asset, { body: readFileSync(inPackage(name, file)), type });
  return bodies;
}

export const EXPLORER_ASSETS_PATH = '/graphql/explorer';

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL's editors set element styles from script; markup carries no inline style.
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Livechat OSS GraphQL explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${EXPLORER_ASSETS_PATH}/graphiql.css">
<link rel="stylesheet" href="${EXPLORER_ASSETS_PATH}/page.css">
</head>
<body>
<div id="graphiql" aria-label="GraphQL explorer">Loading the explorer…</div>
<script src="${EXPLORER_ASSETS_PATH}/react.js"></script>
<script src="${EXPLORER_ASSETS_PATH}/react-dom.js"></script>
<script src="${EXPLORER_ASSETS_PATH}/graphiql.js"></script>
<script src="${EXPLORER_ASSETS_PATH}/start.js"></script>
</body>
</html>
`;

/**
 * Requests go to this page's own /graphql as JSON (which CSRF prevention lets through), with the
 * headers of the editor: an API key or an agent's token is pasted there.
 */
const START = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: location.origin + location.pathname, headers: { 'apollo-require-preflight': 'true' } });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: 'headers',
    // Left empty, the header is ignored (an anonymous request): the key goes after "Bearer ".
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
    defaultQuery: '# Paste an API key (lco_...) or an agent token after "Bearer " in Headers below, then run a query.\\n# The Docs button (top left) shows the schema.\\nquery WidgetConfig {\\n  widgetConfig {\\n    widgetTitle\\n    online\\n  }\\n}\\n',
    shouldPersistHeaders: false,
    isHeadersEditorEnabled: true,
  }));
})();
`;

const PAGE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** Only a browser's plain visit (it asks for HTML and sends no operation) gets the page; GET with a query still runs it. */
export function wantsExplorer(req: express.Request): boolean {
  if (req.method !== 'GET') return false;
  if ('query' in req.query || 'extensions' in req.query) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** The page on GET /graphql (browsers) and its assets under /graphql/explorer; null when the packages are missing. */
export function explorerRoutes(logger: Pick<Logger, 'warn'>): { page: express.RequestHandler; assets: express.RequestHandler } | null {
  let bodies: Map<string, { body: Buffer; type: string }>;
  try {
    bodies = readAssets();
  } catch (error) {
    logger.warn({ err: error }, 'the GraphQL explorer is not served: its packages (graphiql, react 18) are not installed');
    return null;
  }
  return {
    page(req, res, next) {
      if (!wantsExplorer(req)) return next();
      res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
      res.send(PAGE);
    },
    assets(req, res, next) {
      const found = bodies.get(String(req.params.file));
      if (!found) return next();
      res.set({ 'Content-Type': `${found.type}; charset=utf-8`, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=3600' });
      res.send(found.body);
    },
  };
}
