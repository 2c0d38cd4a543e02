import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Client } from 'pg';
import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { CloseChatSession, SendMessage } from '../../../test/support/operations';
import {
  connectSocket,
  createTestDatabase,
  errorCode,
  graphqlRequest,
  metricValue,
  startTestApp,
  subscribe,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type GraphQLResponse,
  type SocketClient,
  type Subscription,
  type TestApp,
  type TestDatabase,
} from '../../../test/support/test-app';
import { MAX_MESSAGE_LENGTH } from '../../input/text-rules';
import { multipartRequest, type MultipartOptions, type UploadFile } from '../../../test/support/upload';

const SendFileMessage = graphql(`
  mutation SendFileMessage($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      id
      sessionId
      sender
      text
      clientMessageId
      file {
        id
        filename
        mimeType
        size
        url
      }
    }
  }
`);

const GetSessionFiles = graphql(`
  query GetSessionFiles($id: ID!) {
    chatSession(id: $id) {
      id
      messages(first: 100) {
        totalCount
        edges {
          node {
            id
            text
            file {
              id
              filename
              mimeType
              size
              url
            }
          }
        }
      }
    }
  }
`);

const OnFileMessageAdded = graphql(`
  subscription OnFileMessageAdded($sessionId: ID!) {
    messageAdded(sessionId: $sessionId) {
      id
      sender
      text
      clientMessageId
      file {
        id
        filename
        mimeType
        size
        url
      }
    }
  }
`);

type FileMessageEvent = { messageAdded: { id: string; text: string | null; file: { id: string; url: string } | null } };

const MAX_FILE_SIZE = 64 * 1024;

/** A real PNG: signature, IHDR, one zlib-compressed IDAT of RGB scanlines, IEND, each chunk with its CRC. */
function pngImage(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, not interlaced
  const rowLength = 1 + width * 3;
  const pixels = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set([x * 16, y * 16, 200], y * rowLength + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG = pngImage(16, 12);
const TEXT = Buffer.from('Nomor izin usaha: 1234567890\nTerima kasih ✓\n', 'utf8');
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0)]);
const MZ = Buffer.concat([Buffer.from('MZ', 'ascii'), Buffer.alloc(126, 0x90)]);

let db: TestDatabase;
let app: TestApp;
let pg: Client;
let uploadDir: string;
let admin: Actor;
let customer: Actor;
let sessionId: string;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-files-'));
  app = await startTestApp(db.url, {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: uniqueRedisPrefix(),
    UPLOAD_DIR: uploadDir,
    MAX_FILE_SIZE: String(MAX_FILE_SIZE),
    MESSAGE_RATE_LIMIT: '0',
  });
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  admin = await loginAdmin(app.httpUrl);
  customer = await registerCustomer(app.httpUrl, 'Budi Santoso');
  sessionId = await startSession(app.httpUrl, customer, 'Saya kirim dokumen izin ya');
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await pg?.end();
  await app?.close();
  await db?.drop();
  if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
});

function sendFile(
  sender: Actor | null,
  file: UploadFile | null,
  input: { sessionId?: string; caption?: string; clientMessageId?: string } = {},
  options: MultipartOptions = {},
) {
  return multipartRequest(
    app.httpUrl,
    SendFileMessage,
    { input: { sessionId, file: null, ...input } },
    'variables.input.file',
    file,
    { token: sender?.token, ...options },
  );
}

function socketOf(actor: Actor): SocketClient {
  const socket = connectSocket(app.wsUrl, actor.token);
  sockets.push(socket);
  return socket;
}

/** What a refused upload must not change: file and message rows, and the upload directory. */
async function storedState() {
  const { rows } = await pg.query<{ files: number; messages: number }>(
    'select (select count(*) from file_attachment)::int as files, (select count(*) from message)::int as messages',
  );
  return { ...rows[0], onDisk: fs.readdirSync(uploadDir).sort() };
}

const MARKER = 'penanda ';
const markerText = (label: string) => `${MARKER}${label} ${Math.random().toString(36).slice(2)}`;

async function sendMarker(session: string, text: string) {
  const sent = await graphqlRequest(app.httpUrl, SendMessage, { input: { sessionId: session, text } }, customer.token);
  expect(sent.errors).toBeUndefined();
}

/** Waits until a message with `text` has come through `subscription`; its index among the events. */
async function arrival(subscription: Subscription<FileMessageEvent>, text: string, timeoutMs = 5000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const index = subscription.events.findIndex((event) => event.messageAdded.text === text);
    if (index >= 0) return index;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`"${text}" did not arrive; got ${JSON.stringify(subscription.events)}`);
    await subscription.waitFor(subscription.events.length + 1, left).catch(() => undefined);
  }
}

/**
 * Follows a session's messageAdded as `watcher` and returns once the subscription is live: a
 * marker message sent after subscribing has come through (retried, since nothing tells the
 * client when the server has subscribed to Redis).
 */
async function watchSession(watcher: Actor, session: string): Promise<Subscription<FileMessageEvent>> {
  const subscription = subscribe(socketOf(watcher), OnFileMessageAdded, { sessionId: session });
  for (let attempt = 1; ; attempt++) {
    const text = markerText('mulai');
    await sendMarker(session, text);
    try {
      await arrival(subscription, text, 250);
      return subscription;
    } catch (error) {
      if (attempt === 20) throw error;
    }
  }
}

/**
 * Every event but the markers, up to a closing marker sent now. Events on one channel arrive in
 * order, so anything a refused upload had published would be among them.
 */
async function eventsUntilMarker(subscription: Subscription<FileMessageEvent>, session: string) {
  const text = markerText('selesai');
  await sendMarker(session, text);
  const index = await arrival(subscription, text);
  return subscription.events.slice(0, index).filter((event) => !event.messageAdded.text?.startsWith(MARKER));
}

/** Fetches a signed link from this test's server (the link names the public URL, not 127.0.0.1). */
function download(url: string) {
  const link = new URL(url);
  return fetch(new URL(link.pathname + link.search, app.httpUrl));
}

function tamper(url: string, change: (params: URLSearchParams) => void): string {
  const link = new URL(url);
  change(link.searchParams);
  return link.toString();
}

function onDisk(fileId: string): Buffer {
  return fs.readFileSync(path.join(uploadDir, fileId));
}

function fileOf<File>(response: GraphQLResponse<{ sendFileMessage: { file: File | null } }>): File {
  expect(response.errors).toBeUndefined();
  const file = response.data?.sendFileMessage.file;
  if (!file) throw new Error(`no file in ${JSON.stringify(response)}`);
  return file;
}

describe('sendFileMessage', () => {
  it('stores a PNG under a generated id, typed by its bytes, with the caption as text', async () => {
    const response = await sendFile(
      customer,
      { content: PNG, filename: 'foto ktp.txt', type: 'text/plain' },
      { caption: 'Ini foto KTP saya' },
    );

    expect(response.errors).toBeUndefined();
    const message = response.data!.sendFileMessage;
    expect(message).toMatchObject({
      sessionId,
      sender: 'CUSTOMER',
      text: 'Ini foto KTP saya',
      file: { filename: 'foto ktp.png', mimeType: 'image/png', size: PNG.length },
    });
    const file = message.file!;
    expect(onDisk(file.id).equals(PNG)).toBe(true);
    expect(fs.readdirSync(uploadDir)).not.toContain('foto ktp.png');
    const { rows } = await pg.query('select session_id, filename, mime_type, size from file_attachment where id = $1', [file.id]);
    expect(rows).toEqual([{ session_id: sessionId, filename: 'foto ktp.png', mime_type: 'image/png', size: String(PNG.length) }]);
  });

  it('keeps a caption of exactly MAX_MESSAGE_LENGTH characters, trimmed, and stores a blank one as no text', async () => {
    const longest = 'k'.repeat(MAX_MESSAGE_LENGTH);
    const long = await sendFile(customer, { content: PNG, filename: 'foto.png' }, { caption: `  ${longest}\n` });
    const blank = await sendFile(customer, { content: PNG, filename: 'foto.png' }, { caption: '   ' });

    expect(long.errors).toBeUndefined();
    expect(long.data?.sendFileMessage.text).toBe(longest);
    expect(blank.errors).toBeUndefined();
    expect(blank.data?.sendFileMessage.text).toBeNull();
    const { rows } = await pg.query('select id::text, text from message where id in ($1, $2) order by id', [
      long.data!.sendFileMessage.id,
      blank.data!.sendFileMessage.id,
    ]);
    expect(rows.map((row) => row.text)).toEqual([longest, null]);
  });

  it('accepts UTF-8 plain text and a PDF', async () => {
    const text = fileOf(await sendFile(customer, { content: TEXT, filename: 'catatan.txt', type: 'text/plain' }));
    const pdf = fileOf(await sendFile(customer, { content: PDF, filename: 'izin.pdf', type: 'application/pdf' }));

    expect(text).toMatchObject({ filename: 'catatan.txt', mimeType: 'text/plain', size: TEXT.length });
    expect(pdf).toMatchObject({ filename: 'izin.pdf', mimeType: 'application/pdf', size: PDF.length });
    expect(onDisk(text.id).equals(TEXT)).toBe(true);
    expect(onDisk(pdf.id).equals(PDF)).toBe(true);
  });

  it('keeps only the last path segment of the client filename, without bidi controls', async () => {
    const file = fileOf(await sendFile(customer, { content: TEXT, filename: 'C:\\Users\\budi\\..\\sur\u202Eat.txt' }));

    expect(file.filename).toBe('surat.txt');
    expect(fs.readdirSync(uploadDir)).toContain(file.id);
  });

  it('refuses an anonymous upload and stores nothing', async () => {
    const before = await storedState();
    const response = await sendFile(null, { content: TEXT, filename: 'catatan.txt' });

    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(await storedState()).toEqual(before);
  });

  describe('refusals leave no row, no file and no event', () => {
    const twoMappedFiles: MultipartOptions = {
      rawMap: JSON.stringify({ 0: ['variables.input.file'], 1: ['variables.input.caption'] }),
      extraFiles: { 1: { content: TEXT, filename: 'kedua.txt' } },
    };
    const cases: [string, UploadFile | null, string, MultipartOptions?][] = [
      ['a file over MAX_FILE_SIZE', { content: Buffer.alloc(MAX_FILE_SIZE + 1, 'a'), filename: 'besar.txt' }, 'FILE_TOO_LARGE'],
      ['a zero-byte file', { content: Buffer.alloc(0), filename: 'kosong.txt', type: 'text/plain' }, 'BAD_USER_INPUT'],
      [
        'an SVG image',
        { content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'), filename: 'logo.svg', type: 'image/svg+xml' },
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        'an SVG with an XML declaration',
        { content: Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), filename: 'logo.svg' },
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        'an HTML page named .txt',
        { content: Buffer.from('\n  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), filename: 'catatan.txt', type: 'text/plain' },
        'UNSUPPORTED_FILE_TYPE',
      ],
      ['an ELF executable named .png', { content: ELF, filename: 'foto.png', type: 'image/png' }, 'UNSUPPORTED_FILE_TYPE'],
      ['a Windows executable named .png', { content: MZ, filename: 'foto.png', type: 'image/png' }, 'UNSUPPORTED_FILE_TYPE'],
      ['text with NUL bytes', { content: Buffer.from('nama\u0000usaha\n'), filename: 'data.txt', type: 'text/plain' }, 'UNSUPPORTED_FILE_TYPE'],
      ['two files in one request', { content: PNG, filename: 'satu.png' }, 'BAD_USER_INPUT', twoMappedFiles],
      ['a map that is not JSON', { content: PNG, filename: 'foto.png' }, 'BAD_USER_INPUT', { rawMap: '{"0": ["variables.input.file"' }],
      ['a map naming a file that never comes', null, 'BAD_USER_INPUT'],
      ['a part header the parser cannot read', { content: TEXT, filename: 'sur\u0007at.txt' }, 'BAD_USER_INPUT'],
    ];

    // Every row gets its options, so that jest does not take the last parameter for `done`.
    const rows = cases.map(([label, file, code, options]) => [label, file, code, options ?? {}] as const);

    it.each(rows)('%s', async (_label, file, code, options) => {
      const watcher = await watchSession(admin, sessionId);
      const before = await storedState();

      const response = await sendFile(customer, file, {}, options);

      expect(errorCode(response)).toBe(code);
      expect(response.data?.sendFileMessage ?? null).toBeNull();
      expect(await storedState()).toEqual(before);
      expect(await eventsUntilMarker(watcher, sessionId)).toEqual([]);
    });

    it('a caption longer than MAX_MESSAGE_LENGTH, naming the caption field', async () => {
      const watcher = await watchSession(admin, sessionId);
      const before = await storedState();

      const response = await sendFile(customer, { content: PNG, filename: 'foto.png' }, { caption: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) });

      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.field).toBe('caption');
      expect(await storedState()).toEqual(before);
      expect(await eventsUntilMarker(watcher, sessionId)).toEqual([]);
    });

    it('a caption with control characters, naming the caption field', async () => {
      const before = await storedState();

      const response = await sendFile(customer, { content: PNG, filename: 'foto.png' }, { caption: 'foto\u0007ktp' });

      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.field).toBe('caption');
      expect(await storedState()).toEqual(before);
    });

    it('names the limit when a file is too large', async () => {
      const response = await sendFile(customer, { content: Buffer.alloc(MAX_FILE_SIZE + 1, 'a'), filename: 'besar.txt' });

      expect(errorCode(response)).toBe('FILE_TOO_LARGE');
      expect(response.errors?.[0].extensions?.maxFileSize).toBe(MAX_FILE_SIZE);
      expect(response.errors?.[0].message).toContain('64 KB');
    });

    it('a file into a closed session', async () => {
      const other = await registerCustomer(app.httpUrl, 'Sari Dewi');
      const closedSession = await startSession(app.httpUrl, other, 'Halo');
      const watcher = await watchSession(admin, sessionId);
      const closed = await graphqlRequest(app.httpUrl, CloseChatSession, { id: closedSession }, admin.token);
      expect(closed.data?.closeChatSession.status).toBe('CLOSED');
      const before = await storedState();

      const response = await sendFile(other, { content: PNG, filename: 'foto.png' }, { sessionId: closedSession });

      expect(errorCode(response)).toBe('SESSION_CLOSED');
      expect(await storedState()).toEqual(before);
      expect(await eventsUntilMarker(watcher, sessionId)).toEqual([]);
    });

    it('an upload whose client disconnects halfway', async () => {
      const watcher = await watchSession(admin, sessionId);
      const before = await storedState();
      const failuresBefore = await failedSendFileOperations();

      await abortUploadHalfway(customer, 'setengah.txt', Buffer.alloc(MAX_FILE_SIZE / 2, 'a'));

      // The server finishes the operation after the client has gone; its metric says when.
      await waitUntil(async () => (await failedSendFileOperations()) > failuresBefore);
      expect(await storedState()).toEqual(before);
      expect(await eventsUntilMarker(watcher, sessionId)).toEqual([]);
    });
  });

  describe('idempotency by clientMessageId', () => {
    it('stores one message and one file when the same upload is sent twice', async () => {
      const watcher = await watchSession(admin, sessionId);
      const before = await storedState();

      const first = await sendFile(customer, { content: PDF, filename: 'izin.pdf' }, { clientMessageId: 'berkas-1' });
      const again = await sendFile(customer, { content: PDF, filename: 'izin.pdf' }, { clientMessageId: 'berkas-1' });

      const file = fileOf(first);
      expect(again.data?.sendFileMessage).toMatchObject({ id: first.data?.sendFileMessage.id, clientMessageId: 'berkas-1' });
      expect(fileOf(again).id).toBe(file.id);
      const after = await storedState();
      expect(after.files).toBe(before.files + 1);
      expect(after.messages).toBe(before.messages + 1);
      expect(after.onDisk).toEqual([...before.onDisk, file.id].sort());
      const events = await eventsUntilMarker(watcher, sessionId);
      expect(events.map((event) => event.messageAdded.file?.id)).toEqual([file.id]);
    });

    it('stores one message and one file when two identical uploads race', async () => {
      const before = await storedState();

      const [one, two] = await Promise.all([
        sendFile(customer, { content: PNG, filename: 'foto.png' }, { clientMessageId: 'berkas-balapan' }),
        sendFile(customer, { content: PNG, filename: 'foto.png' }, { clientMessageId: 'berkas-balapan' }),
      ]);

      expect(fileOf(one).id).toBe(fileOf(two).id);
      expect(one.data?.sendFileMessage.id).toBe(two.data?.sendFileMessage.id);
      const after = await storedState();
      expect(after).toMatchObject({ files: before.files + 1, messages: before.messages + 1 });
      expect(after.onDisk).toEqual([...before.onDisk, fileOf(one).id].sort());
    });
  });

  it('delivers the file through messageAdded to both sides, with a link each may use', async () => {
    const agentSees = await watchSession(admin, sessionId);
    const customerSees = await watchSession(customer, sessionId);

    const sent = fileOf(await sendFile(customer, { content: TEXT, filename: 'catatan.txt' }, { caption: 'Lampiran' }));
    const reply = fileOf(await sendFile(admin, { content: PNG, filename: 'contoh.png' }));

    for (const [sees, role, id] of [
      [agentSees, 'ADMIN', admin.id],
      [customerSees, 'CUSTOMER', customer.id],
    ] as const) {
      const events = (await eventsUntilMarker(sees, sessionId)).map((event) => event.messageAdded);
      expect(events.map((event) => [event.text, event.file?.id])).toEqual([
        ['Lampiran', sent.id],
        [null, reply.id],
      ]);
      for (const [event, bytes] of [
        [events[0], TEXT],
        [events[1], PNG],
      ] as const) {
        expect(new URL(event.file!.url).searchParams.get('r')).toBe(`${role}:${id}`);
        const response = await download(event.file!.url);
        expect(response.status).toBe(200);
        expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
      }
    }
  });

  // Subscribers running the same operation share one execution per event; a file's link must
  // still be signed for each reader, never handed from one agent to another.
  it('gives two agents on one session a file link each, signed for that agent', async () => {
    const secondAgent = await createAgent(app.httpUrl, admin, `agen-${Date.now()}@example.com`);
    const firstSees = await watchSession(admin, sessionId);
    const secondSees = await watchSession(secondAgent, sessionId);

    const sent = fileOf(await sendFile(customer, { content: PNG, filename: 'izin.png' }));

    for (const [sees, agent] of [
      [firstSees, admin],
      [secondSees, secondAgent],
    ] as const) {
      const [event] = (await eventsUntilMarker(sees, sessionId)).map((each) => each.messageAdded);
      expect(event?.file?.id).toBe(sent.id);
      expect(new URL(event!.file!.url).searchParams.get('r')).toBe(`ADMIN:${agent.id}`);
      expect((await download(event!.file!.url)).status).toBe(200);
    }
  });
});

describe('downloads', () => {
  let png: { id: string; url: string };
  let pdf: { id: string; url: string };

  beforeAll(async () => {
    png = fileOf(await sendFile(customer, { content: PNG, filename: 'peta lokasi.png' }));
    pdf = fileOf(await sendFile(customer, { content: PDF, filename: 'izin.pdf' }));
  });

  it('serves the bytes with the sniffed type and headers that keep a browser from running them', async () => {
    const response = await download(png.url);

    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(PNG.length));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''peta%20lokasi.png");
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain('sandbox');
  });

  it('serves anything but an image as an attachment', async () => {
    const response = await download(pdf.url);

    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''izin.pdf");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("gives an agent a link of its own through the session's messages", async () => {
    const session = await graphqlRequest(app.httpUrl, GetSessionFiles, { id: sessionId }, admin.token);
    const node = session.data?.chatSession?.messages.edges.map((edge) => edge.node).find((n) => n.file?.id === png.id);

    expect(node?.file?.url).toBeDefined();
    expect(new URL(node!.file!.url).searchParams.get('r')).toBe(`ADMIN:${admin.id}`);
    const response = await download(node!.file!.url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it.each([
    ['a changed signature', (p: URLSearchParams) => p.set('s', flipFirstChar(p.get('s')!))],
    ['a later expiry', (p: URLSearchParams) => p.set('e', String(Number(p.get('e')) + 3600))],
    ['another reader', (p: URLSearchParams) => p.set('r', `CUSTOMER:${admin.id}`)],
    ['no signature', (p: URLSearchParams) => p.delete('s')],
  ])('answers 403 to a link with %s, and sends no bytes', async (_label, change) => {
    const response = await download(tamper(png.url, change));

    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).not.toBe('image/png');
  });

  it('answers 403 to an expired link', async () => {
    const viewer = { role: 'CUSTOMER' as const, customerId: customer.id, tokenId: 'test', expiresAt: 0 };
    const expired = app.deps.fileLinks.urlFor(png.id, viewer, Date.now() - 60 * 60 * 1000);
    const fresh = app.deps.fileLinks.urlFor(png.id, viewer);

    expect((await download(expired)).status).toBe(403);
    expect((await download(fresh)).status).toBe(200);
  });

  it("keeps another customer away from the message and the file", async () => {
    const stranger = await registerCustomer(app.httpUrl, 'Orang Lain');
    const strangerViewer = { role: 'CUSTOMER' as const, customerId: stranger.id, tokenId: 'test', expiresAt: 0 };
    const before = await storedState();

    const session = await graphqlRequest(app.httpUrl, GetSessionFiles, { id: sessionId }, stranger.token);
    const upload = await sendFile(stranger, { content: PNG, filename: 'foto.png' }, { sessionId });
    const linkForStranger = app.deps.fileLinks.urlFor(png.id, strangerViewer);

    expect(errorCode(session)).toBe('NOT_FOUND');
    expect(session.data?.chatSession ?? null).toBeNull();
    expect(errorCode(upload)).toBe('NOT_FOUND');
    expect(await storedState()).toEqual(before);
    expect((await download(linkForStranger)).status).toBe(404);
  });

  it('answers 404 to a well-signed link for a file that does not exist', async () => {
    const viewer = { role: 'ADMIN' as const, adminId: admin.id, tokenId: 'test', expiresAt: 0 };
    const missing = app.deps.fileLinks.urlFor('00000000-0000-4000-8000-000000000000', viewer);

    expect((await download(missing)).status).toBe(404);
  });
});

const flipFirstChar = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);

async function failedSendFileOperations(): Promise<number> {
  const metrics = await (await fetch(new URL('/metrics', app.httpUrl))).text();
  const line = metrics
    .split('\n')
    .find((l) => l.startsWith('livechat_graphql_operation_duration_seconds_count{') && l.includes('operation="SendFileMessage"') && l.includes('outcome="error"'));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Writes a multipart request up to the middle of the file, then drops the connection. */
async function abortUploadHalfway(sender: Actor, filename: string, content: Buffer): Promise<void> {
  const boundary = `livechat${Math.random().toString(16).slice(2)}`;
  const part = (headers: string, body: string) => `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
  const head =
    part('Content-Disposition: form-data; name="operations"', JSON.stringify({ query: String(SendFileMessage), variables: { input: { sessionId, file: null } } })) +
    part('Content-Disposition: form-data; name="map"', JSON.stringify({ 0: ['variables.input.file'] })) +
    `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n`;
  const request = http.request(app.httpUrl, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(Buffer.byteLength(head) + content.length * 2),
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${sender.token}`,
    },
  });
  request.on('error', () => {}); // the connection is cut on purpose
  request.write(head);
  await new Promise<void>((resolve) => request.write(content, () => resolve()));
  // Cut once the server has begun the operation, so that it is the operation that fails.
  await waitUntil(async () => (await metricValue(app.httpUrl, 'livechat_graphql_operations_in_flight')) > 0);
  request.destroy();
}
