import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';
import { waitFor } from './faults/throwaway-services';
import { graphql } from './gql';
import { loginAdmin, registerCustomer, startSession, type Actor } from './support/actors';
import { freePort, spawnApi, waitUntilReady, type ApiProcess } from './support/api-process';
import { OnMessageAdded, SendMessage } from './support/operations';
import { connectSocket, createTestDatabase, graphqlRequest, metricValue, subscribe, TEST_JWT_SECRET, type TestDatabase } from './support/test-app';

const SendSlowFile = graphql(`
  mutation SendSlowFile($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      id
      file {
        size
      }
    }
  }
`);

// A real API process stopped the way a deployment stops it: SIGTERM while a file is still being
// uploaded and an agent's socket is open.
let db: TestDatabase;
let uploadDir: string;
let api: ApiProcess | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-shutdown-'));
  api = spawnApi(
    { NODE_ENV: 'test', DATABASE_URL: db.url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', SEED_ADMIN: 'true', UPLOAD_DIR: uploadDir },
    await freePort(),
  );
  await waitUntilReady(api);
}, 90_000);

afterAll(async () => {
  if (api && api.child.exitCode === null && api.child.signalCode === null) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
  await db?.drop();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

it('on SIGTERM turns unready, refuses new work with a retryable 503, finishes the upload in flight, closes sockets with 1001 and exits 0 within 10 s', async () => {
  const base = `http://127.0.0.1:${api!.port}`;
  const wsUrl = `ws://127.0.0.1:${api!.port}/graphql`;
  const admin = await loginAdmin(api!.httpUrl);
  const customer = await registerCustomer(api!.httpUrl);
  const sessionId = await startSession(api!.httpUrl, customer);
  const agentSocket = connectSocket(wsUrl, admin.token);
  subscribe(agentSocket, OnMessageAdded, { sessionId });
  await waitFor(async () => (await metricValue(api!.httpUrl, 'livechat_subscriptions_active')) > 0, 5000, 'the subscription to start', 20);

  const upload = startSlowUpload(api!.httpUrl, customer, sessionId);
  await upload.started;
  api!.child.kill('SIGTERM');
  const signalledAt = Date.now();

  const readiness = await waitFor(
    async () => {
      const response = await fetch(`${base}/readyz`);
      return response.status === 503 ? ((await response.json()) as { problems: string[] }) : null;
    },
    2000,
    '/readyz to answer 503',
    20,
  );
  expect(readiness.problems).toEqual(['draining']);

  const refused = await graphqlRequest(api!.httpUrl, SendMessage, { input: { sessionId, text: 'terlambat' } }, customer.token);
  expect(refused.status).toBe(503);
  expect(refused.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', retryable: true });
  expect((await agentSocket.closed).code).toBe(1001);
  expect(await upgradeStatus(wsUrl)).toBe(503);

  const uploaded = await upload.finish();
  expect(uploaded.status).toBe(200);
  expect(uploaded.body.data?.sendFileMessage.file?.size).toBe(upload.size);

  expect(await api!.exited).toBe(0);
  expect(Date.now() - signalledAt).toBeLessThan(10_000);

  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  const stored = await pg.query('select id, text from message where session_id = $1', [sessionId]);
  await pg.end();
  expect(stored.rows.map((row) => String(row.id))).toContain(uploaded.body.data!.sendFileMessage.id);
  expect(stored.rows.map((row) => row.text)).not.toContain('terlambat');
}, 60_000);

/**
 * A multipart sendFileMessage whose file part arrives in two halves: the request is in flight
 * from `started` until `finish()` sends the rest.
 */
function startSlowUpload(url: string, customer: Actor, sessionId: string) {
  const boundary = 'shutdown-test-boundary';
  const half = Buffer.alloc(256 * 1024, 'teks panjang '.repeat(8));
  const operations = JSON.stringify({ query: String(SendSlowFile), variables: { input: { sessionId, file: null } } });
  const request = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${customer.token}`,
    },
  });
  const response = new Promise<{ status: number; body: { data?: { sendFileMessage: { id: string; file: { size: number } | null } } } }>(
    (resolve, reject) => {
      request.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      request.on('error', reject);
    },
  );
  const part = (headers: string, body: string) => `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
  request.write(part('Content-Disposition: form-data; name="operations"', operations));
  request.write(part('Content-Disposition: form-data; name="map"', JSON.stringify({ 0: ['variables.input.file'] })));
  request.write(`--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="panjang.txt"\r\nContent-Type: text/plain\r\n\r\n`);
  // In flight once the server has begun the operation, which then waits for the rest of the file.
  const started = new Promise<void>((resolve) => request.write(half, () => resolve())).then(() =>
    waitFor(async () => (await metricValue(url, 'livechat_graphql_operations_in_flight')) > 0 || null, 5000, 'the upload to be in flight', 20),
  );
  return {
    size: half.length * 2,
    started,
    async finish() {
      request.end(Buffer.concat([half, Buffer.from(`\r\n--${boundary}--\r\n`)]));
      return response;
    },
  };
}

/** The HTTP status a WebSocket upgrade is answered with, or 101 when it is accepted. */
function upgradeStatus(wsUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', reject);
  });
}
