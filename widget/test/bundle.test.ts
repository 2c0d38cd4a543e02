import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUNDLE_PATH } from './support/paths';

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
  // The operations travel as plain strings.
  expect(code).toContain('mutation SendMessage');
});

it('adds no global of its own but initLivechatOSSWidget', () => {
  const code = bundle();
  expect(code.startsWith('(function(')).toBe(true);
  expect(code).not.toMatch(/\bvar LivechatOSSWidget\b|window\.LivechatOSSWidget|define\.amd/);
});
