import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUNDLE_PATH, WIDGET_DIR } from './support/paths';

// The build (done by globalSetup from the current source) is what visitors download.

const BUDGET_BYTES = 35 * 1024;
const bundle = () => fs.readFileSync(BUNDLE_PATH, 'utf8');

it('stays within 35 KB gzipped', () => {
  const gzipped = zlib.gzipSync(fs.readFileSync(BUNDLE_PATH), { level: 9 }).length;
  console.log(`widget bundle: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});

it('is one self-contained file: no CSS file, no font, no other chunk', () => {
  expect(fs.readdirSync(path.dirname(BUNDLE_PATH))).toEqual(['livechat-oss-widget.umd.js']);
  expect(bundle()).not.toMatch(/@import|@font-face|fonts\.googleapis|\.woff2?\b|import\(/);
});

it('ships no graphql runtime, no Apollo and no development build of Solid', () => {
  const code = bundle();
  expect(code).not.toMatch(/GraphQLError|Kind\.DOCUMENT|new Source\(|ApolloClient|InMemoryCache/);
  expect(code).not.toMatch(/Solid\$\$|multiple instances of Solid/);
});

it('carries the operations as hashes, with no document text (the API holds the text in its manifest)', () => {
  const code = bundle();
  const manifest = JSON.parse(fs.readFileSync(path.join(WIDGET_DIR, 'src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
  const [sendMessage] = Object.entries(manifest).find(([, text]) => text.includes('mutation SendMessage(')) ?? [];
  expect(sendMessage).toBeDefined();
  expect(code).toContain(sendMessage!);
  expect(code).not.toMatch(/\b(mutation|subscription) [A-Z]\w+\(|query Get\w+ \{/);
});

it('adds no global of its own but initLivechatOSSWidget', () => {
  const code = bundle();
  expect(code.startsWith('(function(')).toBe(true);
  expect(code).not.toMatch(/\bvar LivechatOSSWidget\b|window\.LivechatOSSWidget|define\.amd/);
});
