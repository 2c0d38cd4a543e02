import { Writable } from 'node:stream';
import pino from 'pino';
import { registerCustomer, startSession, type Actor } from './support/actors';
import { connectSocket, createTestDatabase, graphqlRequest, startTestApp, subscribe, type TestApp, type TestDatabase } from './support/test-app';
import { multipartRequest } from './support/upload';

/** A plain string: test/gql is generated, and this file's operations are not in it. */
const SendFile = `mutation LogsSendFile($input: SendFileMessageInput!) { sendFileMessage(input: $input) { id } }`;

const lines: Record<string, unknown>[] = [];
let db: TestDatabase;
let app: TestApp;
let customer: Actor;
let sessionId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>));
      done();
    },
  });
  app = await startTestApp(db.url, { LOG_LEVEL: 'info' }, { logger: pino({ level: 'info' }, stream) });
  customer = await registerCustomer(app.httpUrl, 'Pencatat');
  sessionId = await startSession(app.httpUrl, customer, 'halo');
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const logged = (msg: string) => lines.filter((line) => line.msg === msg);

// An upload left no line of its own, whether it was stored or refused.
describe('a file upload writes one structured line', () => {
  const send = (content: Buffer, filename: string) =>
    multipartRequest(app.httpUrl, SendFile, { input: { sessionId, file: null } }, 'variables.input.file', { content, filename }, { token: customer.token });

  it('with the session, the size, the sniffed type and the outcome, stored or refused, and never the name', async () => {
    const text = Buffer.from('Nomor izin: 4471\n');
    expect((await send(text, 'rahasia-nama-berkas.html')).errors).toBeUndefined();
    expect((await send(Buffer.from('<svg onload="alert(1)"/>'), 'gambar.png')).errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_FILE_TYPE');

    const uploads = logged('file upload');
    expect(uploads).toEqual([
      expect.objectContaining({ level: 30, sessionId, size: text.length, mimeType: 'text/plain', outcome: 'stored' }),
      expect.objectContaining({ level: 30, sessionId, size: 24, mimeType: 'unrecognised', outcome: 'UNSUPPORTED_FILE_TYPE' }),
    ]);
    expect(JSON.stringify(uploads)).not.toContain('rahasia-nama-berkas');
  });
});

// An operation without a name was logged as "anonymous", which said nothing of what it did.
describe('an anonymous operation is logged by its root fields', () => {
  it('over HTTP and over the WebSocket', async () => {
    await graphqlRequest(app.httpUrl, '{ widgetConfig { widgetTitle } }');
    const socket = connectSocket(app.wsUrl, customer.token);
    const overSocket = subscribe(socket, 'query { widgetConfig { online } chatSession(id: "00000000-0000-4000-8000-000000000000") { id } }', {});
    await overSocket.completed;
    await socket.dispose();

    const operations = logged('graphql operation').map((line) => line.operation);
    expect(operations).toContain('{ widgetConfig }');
    expect(operations).toContain('{ widgetConfig chatSession }');
    expect(operations).not.toContain('anonymous');
  });
});
