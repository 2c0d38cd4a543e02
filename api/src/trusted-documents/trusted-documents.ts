import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer';
import { appError } from '../errors/app-error';
import { hexHash, judgeDocument, sha256, type TrustedManifest } from './manifest';

/** TRUSTED_DOCUMENTS: who is held to the registered documents. */
export type TrustedDocumentsMode = 'off' | 'customers' | 'all';

/** What an operation arrives as, over HTTP or in a graphql-ws `subscribe`. */
export interface OperationRequest {
  query?: unknown;
  extensions?: unknown;
}

export interface TrustedDocuments {
  readonly mode: TrustedDocumentsMode;
  /**
   * The text to run for this request: the manifest's for a registered hash, else the text sent.
   * Throws the GraphQL error to answer with when the request may not run (PERSISTED_QUERY_NOT_ALLOWED
   * among others). Undefined when the request carries no document at all (the server's own error).
   */
  documentFor(viewer: Viewer | null, request: OperationRequest): string | undefined;
}

/** Texts already judged, so a client that sends the same text again is not parsed again for it. */
const JUDGED_TEXTS_KEPT = 1000;

/**
 * The APQ format (`extensions.persistedQuery: { version: 1, sha256Hash }`, with or without `query`)
 * resolved against the clients' manifests. Nothing is ever registered at run time, so a hash always
 * names the manifest's text, whatever a client sends beside it.
 */
export function createTrustedDocuments(
  mode: TrustedDocumentsMode,
  manifest: TrustedManifest,
  options: { introspection: boolean },
): TrustedDocuments {
  const judged = new Map<string, boolean>();
  // Introspection is public while GRAPHQL_INTROSPECTION is on (the explorer's docs, codegen), and
  // its query limits still apply; it is not a document any client registers.
  const isRegisteredText = (text: string) => {
    if (manifest.texts.has(text)) return true;
    let registered = judged.get(text);
    if (registered === undefined) {
      const sent = judgeDocument(text);
      registered = sent !== null && (manifest.texts.has(sent.canonical) || (options.introspection && sent.introspectionOnly));
      if (judged.size >= JUDGED_TEXTS_KEPT) judged.delete(judged.keys().next().value!);
      judged.set(text, registered);
    }
    return registered;
  };

  return {
    mode,
    documentFor(viewer, request) {
      const held = heldToRegistered(mode, viewer);
      const query = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;
      const persisted = persistedQueryOf(request.extensions);
      if (!persisted) {
        if (query !== undefined && held && !isRegisteredText(query)) throw notAllowed();
        return query;
      }
      const registered = manifest.byHash.get(persisted.hash);
      if (query === undefined) {
        if (registered !== undefined) return registered;
        throw held ? notAllowed() : notFound();
      }
      // Apollo's own check: the text must be the one the hash names.
      if (sha256(query) !== persisted.hash) throw badRequest('provided sha does not match query', 'PERSISTED_QUERY_HASH_MISMATCH');
      if (held && registered === undefined && !isRegisteredText(query)) throw notAllowed();
      return query;
    },
  };
}

/**
 * Agents are free in `customers` and held in `all`; API keys (integrators) are never held, since
 * their own operations cannot be in the console's or widget's manifests; visitors and anonymous
 * callers are held unless the mode is `off`.
 */
function heldToRegistered(mode: TrustedDocumentsMode, viewer: Viewer | null): boolean {
  if (mode === 'off') return false;
  if (viewer === null || viewer.role === 'CUSTOMER') return true;
  if (viewer.role === 'ADMIN') return mode === 'all';
  return false;
}

function persistedQueryOf(extensions: unknown): { hash: string } | undefined {
  if (!extensions || typeof extensions !== 'object') return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persisted === undefined || persisted === null) return undefined;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) throw badRequest('Unsupported persisted query version: send extensions.persistedQuery.version 1.');
  const hash = hexHash(sha256Hash);
  if (!hash) throw badRequest('extensions.persistedQuery.sha256Hash must be the hex sha256 of the document.');
  return { hash };
}

function notAllowed(): GraphQLError {
  return appError(
    'PERSISTED_QUERY_NOT_ALLOWED',
    'This operation is not one of the registered documents of the console or the widget; only those may be sent without an agent sign-in or an API key.',
    { http: { status: 400 } },
  );
}

/**
 * APQ clients (Apollo's PersistedQueryLink) recognise this message and send the text next time.
 * formatError reports the code as GRAPHQL_VALIDATION_FAILED, the contract's; the reason keeps APQ's word.
 */
function notFound(): GraphQLError {
  return new GraphQLError('PersistedQueryNotFound', {
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 200 } },
  });
}

// Refusals are raised before Apollo's pipeline (from the request's context), where an error without a status is a 500.
const badRequest = (message: string, reason?: string) =>
  appError('BAD_USER_INPUT', message, { ...(reason ? { reason } : {}), http: { status: 400 } });
