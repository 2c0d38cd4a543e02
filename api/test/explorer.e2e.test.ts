import { chromium, type Browser, type Page } from 'playwright-core';
import { createApiKeyFor } from './support/api-keys';
import { loginWithConsoleDocument } from './support/console-login';
import { useTestApp } from './support/test-app';

// GET /graphql in Chromium: GraphiQL from the API's own assets, its docs, a query run with an API
// key pasted in the headers, against an API that holds anonymous callers to registered documents.

const handle = useTestApp({ TRUSTED_DOCUMENTS: 'customers' });
let browser: Browser;

beforeAll(async () => {
  // testing/browser.ts's launcher, which the API's tsconfig cannot reach: Debian's Chromium, off any network.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Sets the text of the CodeMirror editor inside `selector` (GraphiQL's query, headers and result panes). */
async function setEditor(page: Page, selector: string, text: string) {
  await page.locator(`${selector} .CodeMirror:visible`).first().evaluate((element, value) => {
    (element as unknown as { CodeMirror: { setValue(text: string): void } }).CodeMirror.setValue(value);
  }, text);
}

const response = (page: Page) => page.locator('.graphiql-response .CodeMirror').first().evaluate((element) => (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

/** Waits for the result pane to show `text`; fails with what it shows instead. */
async function responseShows(page: Page, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await response(page);
    if (shown.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the result pane shows ${shown}, not ${text}`);
}

it('serves GraphiQL with the docs, runs a query with a pasted API key, and loads nothing from off this machine', async () => {
  const admin = { id: '', token: await loginWithConsoleDocument(handle.app.httpUrl) };
  const key = await createApiKeyFor(handle.app.httpUrl, ['READ_CHATS'], { admin, name: 'Penjelajah' });
  const origin = new URL(handle.app.httpUrl).origin;

  const context = await browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  const opened = await page.goto(`${origin}/graphql`);
  expect(opened?.headers()['content-type']).toMatch(/^text\/html/);
  expect(opened?.headers()['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'; style-src 'self'/);
  await page.locator('.graphiql-container').waitFor();

  // The docs come from introspection, which the explorer may run without a key.
  await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
  await page.locator('.graphiql-doc-explorer').getByText('chatSessions', { exact: true }).first().waitFor();

  // Without a key, this API refuses a free-form document: what follows succeeds because of the key.
  await setEditor(page, '.graphiql-query-editor', 'query Count { chatSessions(first: 1) { totalCount } }');
  await page.getByRole('button', { name: /Execute query/ }).click();
  await responseShows(page, 'PERSISTED_QUERY_NOT_ALLOWED');

  // The headers editor is open from the start, prefilled with `Bearer ` to paste the key after.
  expect(await page.locator('.graphiql-editor-tool .CodeMirror:visible').first().textContent()).toContain('Bearer');
  await setEditor(page, '.graphiql-editor-tool', JSON.stringify({ Authorization: `Bearer ${key.token}` }));
  await page.getByRole('button', { name: /Execute query/ }).click();
  await responseShows(page, '"totalCount": 0');

  expect(requested.length).toBeGreaterThan(4);
  expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  // The one error is the refusal provoked above (400); a Content-Security-Policy violation would be another.
  expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  await context.close();
});

it('still runs a query sent with GET, and answers a client that asks for JSON with JSON', async () => {
  const run = await fetch(`${handle.app.httpUrl}?query=${encodeURIComponent('{ __schema { queryType { name } } }')}`, {
    headers: { accept: 'text/html,application/json;q=0.9', 'apollo-require-preflight': 'true' },
  });
  expect(((await run.json()) as { data: { __schema: { queryType: { name: string } } } }).data.__schema.queryType.name).toBe('Query');
  const json = await fetch(handle.app.httpUrl, { headers: { accept: 'application/json' } });
  expect(json.headers.get('content-type')).not.toMatch(/text\/html/);
});
