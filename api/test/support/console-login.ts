import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The seeded admin's token, signed in with the console's registered Login by its hash: an API that
 * holds anonymous callers to trusted documents takes no other sign-in document from them.
 */
export async function loginWithConsoleDocument(url: string, email = 'admin@example.com', password = 'password123'): Promise<string> {
  const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../admin/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
  const [hash] = Object.entries(manifest).find(([, text]) => text.startsWith('mutation Login(')) ?? [];
  if (!hash) throw new Error("the console's manifest has no Login");
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ variables: { email, password }, extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace('sha256:', '') } } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}
