import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print } from 'graphql';

// The widget's request sizes with trusted documents (a hash in extensions.persistedQuery) against
// sending the document text as before (codegen's string mode printed the text with graphql-js):
// bytes of each JSON body, or of each graphql-ws `subscribe` frame. Run:
//   node -r @swc-node/register bench/src/widget-request-size.ts

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../widget/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const byName = new Map(Object.entries(manifest).map(([hash, text]) => [/(?:query|mutation|subscription) (\w+)/.exec(text)![1], { hash: hash.replace('sha256:', ''), text }]));

const sessionId = '1843';
const clientMessageId = `w-${'5f'.repeat(16)}`;
const requests: { name: string; variables: Record<string, unknown>; socket?: boolean; startup: boolean }[] = [
  { name: 'GetWidgetConfig', variables: {}, startup: true },
  { name: 'RegisterCustomer', variables: { input: { name: 'Siti Aminah', email: 'siti@contoh.id' } }, startup: true },
  { name: 'StartChatSession', variables: { input: { message: 'Halo, saya mau tanya soal NIB', clientMessageId }, last: 50 }, startup: true },
  { name: 'OnMessageAdded', variables: { sessionId }, socket: true, startup: true },
  { name: 'OnTypingChanged', variables: { sessionId }, socket: true, startup: true },
  { name: 'OnChatSessionUpdated', variables: { id: sessionId }, socket: true, startup: true },
  { name: 'SendMessage', variables: { input: { sessionId, text: 'Untuk usaha mikro, apa saja syaratnya?', clientMessageId } }, startup: false },
];

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
function sizes(request: (typeof requests)[number]) {
  const document = byName.get(request.name);
  if (!document) throw new Error(`${request.name} is not in the widget's manifest`);
  const before = { query: print(parse(document.text)), variables: request.variables };
  const after = { query: request.socket ? '' : undefined, variables: request.variables, extensions: { persistedQuery: { version: 1, sha256Hash: document.hash } } };
  const frame = (payload: unknown) => (request.socket ? { id: '3f2b6c1e-0d4a-4c1b-9a55-7e0c2d9b8a41', type: 'subscribe', payload } : payload);
  return { before: bytes(frame(before)), after: bytes(frame(after)) };
}

const rows = requests.map((request) => ({ ...request, ...sizes(request) }));
const total = (list: typeof rows) => list.reduce((sum, row) => ({ before: sum.before + row.before, after: sum.after + row.after }), { before: 0, after: 0 });
for (const row of rows) console.log(`${row.name.padEnd(22)} ${row.socket ? 'ws  ' : 'http'} ${String(row.before).padStart(5)} B -> ${String(row.after).padStart(4)} B`);
const startup = total(rows.filter((row) => row.startup));
const send = rows.find((row) => row.name === 'SendMessage')!;
console.log(`startup (config, register, start, 3 subscriptions): ${startup.before} B -> ${startup.after} B (${Math.round((1 - startup.after / startup.before) * 100)}% less)`);
console.log(`sendMessage: ${send.before} B -> ${send.after} B (${Math.round((1 - send.after / send.before) * 100)}% less)`);
