import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WIDGET_DIR } from './paths';

// The widget sends hashes, not document text: a test that watches its requests names them by the
// operation its manifest registers under the hash.

const manifest = JSON.parse(readFileSync(path.join(WIDGET_DIR, 'src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const names = new Map(
  Object.entries(manifest).map(([hash, text]) => [hash.replace(/^sha256:/, ''), /(?:query|mutation|subscription) (\w+)/.exec(text)?.[1]]),
);

/** The operation a request (a JSON body, or a multipart one's `operations` part) or a socket frame runs. */
export function operationOf(body: string | Buffer | null | undefined): string | undefined {
  const hash = /"sha256Hash":"([0-9a-f]{64})"/.exec(body?.toString() ?? '')?.[1];
  return hash ? names.get(hash) : undefined;
}
