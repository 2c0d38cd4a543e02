import fs from 'node:fs';
import path from 'node:path';
import { freePort, type ApiProcess } from '../../api/test/support/api-process';
import { registerCustomer, startSession, type Actor } from '../../api/test/support/actors';
import { OnMessageAdded, SendMessage } from '../../api/test/support/operations';
import { connectSocket, graphqlRequest, subscribe, type SocketClient } from '../../api/test/support/test-app';
import { multipartRequest } from '../../api/test/support/upload';
import { REPO_ROOT, startNginx, type RunningNginx } from './support/nginx';
import {
  assembleWebRoot,
  createTestDatabase,
  instanceEnv,
  loginFirstAdmin,
  metricValue,
  startInstances,
  stopInstances,
  tempDir,
  uniquePrefix,
  type TestDatabase,
} from './support/stack';

// Production's shape on one machine: two API instances on the machine's PostgreSQL and Redis,
// behind nginx running deploy/nginx.conf. Every client below talks to nginx only.
const SendFileMessage = `
  mutation SendFileMessage($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) { id text file { id filename mimeType size url } }
  }`;

let db: TestDatabase;
let instances: ApiProcess[] = [];
let nginx: RunningNginx;
let uploadDir: string;
let webRoot: string;
const sockets: SocketClient[] = [];

const graphqlUrl = () => `${nginx.baseUrl}/graphql`;
const socketUrl = () => `ws://127.0.0.1:${nginx.port}/graphql`;
const connect = (token: string) => {
  const socket = connectSocket(socketUrl(), token);
  sockets.push(socket);
  return socket;
};

beforeAll(async () => {
  webRoot = assembleWebRoot();
  uploadDir = tempDir('livechat-uploads-');
  db = await createTestDatabase();
  const [nginxPort, ...apiPorts] = await Promise.all([freePort(), freePort(), freePort()]);
  const env = instanceEnv({
    databaseUrl: db.url,
    redisPrefix: uniquePrefix(),
    uploadDir,
    publicUrl: `http://127.0.0.1:${nginxPort}`,
  });
  instances = await startInstances(env, apiPorts);
  nginx = await startNginx({ apiPorts, port: nginxPort, webRoot });
}, 120_000);

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await nginx?.stop();
  await stopInstances(instances);
  await db?.drop();
  for (const dir of [uploadDir, webRoot]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves the console at /, its runtime config pointing at this origin, and the SPA fallback', async () => {
    const index = await fetch(`${nginx.baseUrl}/`);
    expect(index.status).toBe(200);
    const html = await index.text();
    expect(html).toBe(fs.readFileSync(path.join(REPO_ROOT, 'admin/dist/index.html'), 'utf8'));
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    expect(index.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

    const config = await fetch(`${nginx.baseUrl}/config.js`);
    expect(await config.text()).toContain("apiUrl: '/graphql'");

    const deepLink = await fetch(`${nginx.baseUrl}/inbox/waiting/123`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(html);

    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${nginx.baseUrl}/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves the widget script to any site, cached for a day', async () => {
    const response = await fetch(`${nginx.baseUrl}/widget/livechat-oss-widget.umd.js`, {
      headers: { origin: 'https://shop.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toContain('max-age=86400');
    expect(response.headers.get('etag')).toBeTruthy();
    const expected = fs.readFileSync(path.join(REPO_ROOT, 'widget/dist/livechat-oss-widget.umd.js'));
    expect(Buffer.from(await response.arrayBuffer()).equals(expected)).toBe(true);
  });

  it('keeps the instances\' health and metrics endpoints private', async () => {
    for (const endpoint of ['/metrics', '/readyz', '/healthz']) {
      expect((await fetch(`${nginx.baseUrl}${endpoint}`)).status).toBe(404);
    }
  });
});

describe('the API through nginx', () => {
  it('lets a customer and an agent chat live over WebSockets held by different instances', async () => {
    const admin = await loginFirstAdmin(graphqlUrl());
    const customer = await registerCustomer(graphqlUrl(), 'Siti Rahma');
    const sessionId = await startSession(graphqlUrl(), customer, 'Halo, saya mau tanya NIB');

    connect(admin.token);
    await waitForSocketsTotal(1);
    const agentInstance = (await instanceWithSockets(1))!;
    // Round robin, no stickiness: the customer's socket goes wherever nginx sends it. Reconnect
    // until it lands on the other instance, as the widget on another page load would.
    let customerSocket = connect(customer.token);
    await waitForSocketsTotal(2);
    for (let attempt = 0; (await socketsOn(agentInstance)) > 1 && attempt < 4; attempt++) {
      await sockets.pop()!.dispose();
      await waitForSocketsTotal(1);
      customerSocket = connect(customer.token);
      await waitForSocketsTotal(2);
    }
    expect(await socketsOn(agentInstance)).toBe(1);
    expect(await socketsOn(otherThan(agentInstance))).toBe(1);

    const agentSees = subscribe(sockets[0], OnMessageAdded, { sessionId });
    const customerSees = subscribe(customerSocket, OnMessageAdded, { sessionId });
    await waitUntilSubscribed(2);

    await send(customer, sessionId, 'Dari pelanggan');
    await send(admin, sessionId, 'Dari agen');
    await agentSees.waitFor(2);
    await customerSees.waitFor(2);
    for (const seen of [agentSees, customerSees]) {
      expect(seen.events.map((event) => event.messageAdded.text)).toEqual(['Dari pelanggan', 'Dari agen']);
    }
  });

  it('passes an upload to an instance, and its download link works through nginx', async () => {
    const customer = await registerCustomer(graphqlUrl(), 'Andi');
    const sessionId = await startSession(graphqlUrl(), customer);
    const content = new TextEncoder().encode('Nomor NIB: 1234567890123\n'.repeat(2000));
    const response = await multipartRequest<{ sendFileMessage: { file: { url: string; size: number } } }, unknown>(
      graphqlUrl(),
      SendFileMessage,
      { input: { sessionId, file: null, caption: 'dokumen' } },
      'variables.input.file',
      { content, filename: 'nib.txt', type: 'text/plain' },
      { token: customer.token },
    );
    expect(response.errors).toBeUndefined();
    const file = response.data!.sendFileMessage.file;
    expect(file.size).toBe(content.byteLength);
    expect(file.url.startsWith(`${nginx.baseUrl}/files/`)).toBe(true);

    const download = await fetch(file.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('nib.txt');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(content);
  });

  it('refuses a body over client_max_body_size at nginx, before any instance reads it', async () => {
    const customer = await registerCustomer(graphqlUrl(), 'Besar');
    const sessionId = await startSession(graphqlUrl(), customer);
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: SendFileMessage, variables: { input: { sessionId, file: null } } }));
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([new Uint8Array(12 * 1024 * 1024)]), 'big.txt');
    const response = await fetch(graphqlUrl(), {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${customer.token}` },
      body: form,
    });
    expect(response.status).toBe(413);
  });
});

describe('losing an instance', () => {
  it('keeps the product working through the other one, with no client retries', async () => {
    const admin = await loginFirstAdmin(graphqlUrl());
    const [victim, survivor] = instances;
    victim.child.kill('SIGKILL');
    await victim.exited;

    // Enough requests that round robin offers the dead instance several times; each must succeed
    // at the first attempt (nginx moves a refused connection to the survivor).
    for (let round = 0; round < 3; round++) {
      const customer = await registerCustomer(graphqlUrl(), `Pelanggan ${round}`);
      const sessionId = await startSession(graphqlUrl(), customer);
      const subscribed = await metricValue(survivor, 'livechat_subscriptions_active');
      const agentSees = subscribe(connect(admin.token), OnMessageAdded, { sessionId });
      const customerSees = subscribe(connect(customer.token), OnMessageAdded, { sessionId });
      await waitUntilSubscribedOn(survivor, subscribed + 2);
      await send(customer, sessionId, `Masih bisa ${round}`);
      await send(admin, sessionId, `Masih dibalas ${round}`);
      for (const seen of [agentSees, customerSees]) {
        await seen.waitFor(2);
        expect(seen.events.map((event) => event.messageAdded.text)).toEqual([`Masih bisa ${round}`, `Masih dibalas ${round}`]);
      }
    }
    expect(await loginFirstAdmin(graphqlUrl())).toMatchObject({ token: expect.any(String) });
    // nginx offered requests to the dead instance, was refused, and passed them to the survivor
    // (the access log's upstream field lists both); none failed.
    const victimAddress = `127.0.0.1:${victim.port}`;
    expect(nginx.errorLog()).toContain(`connect() failed (111: Connection refused) while connecting to upstream`);
    expect(nginx.accessLog()).toContain(`200 ${victimAddress}, 127.0.0.1:${survivor.port} POST /graphql`);
    expect(nginx.accessLog()).not.toMatch(/^5\d\d /m);
  });
});

async function send(actor: Actor, sessionId: string, text: string): Promise<void> {
  const response = await graphqlRequest(graphqlUrl(), SendMessage, { input: { sessionId, text } }, actor.token);
  expect(response.errors).toBeUndefined();
}

const socketsOn = (instance: ApiProcess) => metricValue(instance, 'livechat_websockets_open');
const otherThan = (instance: ApiProcess) => instances.find((candidate) => candidate !== instance)!;

/** The instance holding `count` sockets, read from the instances' own metrics. */
async function instanceWithSockets(count: number): Promise<ApiProcess | undefined> {
  for (const instance of instances) if ((await socketsOn(instance)) === count) return instance;
  return undefined;
}

async function waitForSocketsTotal(count: number): Promise<void> {
  await eventually(async () => (await Promise.all(instances.map(socketsOn))).reduce((a, b) => a + b, 0) === count);
}

async function waitUntilSubscribed(count: number): Promise<void> {
  const total = async () => (await Promise.all(instances.map((i) => metricValue(i, 'livechat_subscriptions_active')))).reduce((a, b) => a + b, 0);
  await eventually(async () => (await total()) === count);
}

async function waitUntilSubscribedOn(instance: ApiProcess, count: number): Promise<void> {
  await eventually(async () => (await metricValue(instance, 'livechat_subscriptions_active')) >= count);
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the instances');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
