import type { HTTPGraphQLRequest } from '@apollo/server';
import type { Viewer } from '../auth/viewer';
import type { TrustedDocuments } from './trusted-documents';

/**
 * Rewrites an HTTP GraphQL request in place before Apollo reads it: the document to run becomes
 * `query`, and `extensions.persistedQuery` goes (Apollo's own APQ cache is off, so it would refuse
 * it). Throws the refusal. A POST body is JSON or the multipart `operations` object; GET carries
 * `query` and `extensions` in the search string.
 */
export function admitHttpRequest(trusted: TrustedDocuments, viewer: Viewer | null, request: HTTPGraphQLRequest): void {
  if (request.method === 'GET') return admitSearch(trusted, viewer, request);
  const operations = Array.isArray(request.body) ? request.body : [request.body];
  for (const operation of operations) {
    if (!operation || typeof operation !== 'object') continue;
    const body = operation as { query?: unknown; extensions?: unknown };
    const query = trusted.documentFor(viewer, body);
    if (query === undefined) continue;
    body.query = query;
    if (body.extensions === undefined) continue;
    const rest = withoutPersistedQuery(body.extensions);
    if (rest) body.extensions = rest;
    else delete body.extensions;
  }
}

function admitSearch(trusted: TrustedDocuments, viewer: Viewer | null, request: HTTPGraphQLRequest) {
  const params = new URLSearchParams(request.search);
  const sentExtensions = params.getAll('extensions');
  // Apollo refuses a repeated or malformed `extensions` itself; only the text is judged then.
  const extensions = sentExtensions.length === 1 ? parseJson(sentExtensions[0]) : undefined;
  const query = trusted.documentFor(viewer, { query: params.get('query') ?? undefined, extensions });
  if (query === undefined) return;
  params.set('query', query); // set() also drops a repeated `query`: what runs is what was judged
  const rest = withoutPersistedQuery(extensions);
  if (rest) params.set('extensions', JSON.stringify(rest));
  else if (sentExtensions.length === 1) params.delete('extensions');
  (request as { search: string }).search = `?${params.toString()}`;
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return extensions as undefined;
  const { persistedQuery: _persisted, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
