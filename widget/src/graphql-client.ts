/**
 * A generated document: codegen keeps only its hash (persistedDocuments' replaceDocumentWithHash),
 * the API knows the text from the widget's manifest, so no document text ships or travels.
 */
export interface Document<TResult, TVariables> {
  __meta__?: Record<string, unknown>;
  __apiType?: (variables: TVariables) => TResult;
}

/** The APQ request extension for a document: the API runs the text its manifest has for the hash. */
export function persistedQuery(document: { __meta__?: Record<string, unknown> }): { persistedQuery: { version: 1; sha256Hash: string } } {
  const hash = document.__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('The document has no persisted hash: run npm run codegen.');
  return { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } };
}

/** A refused or failed operation. `code` is the server's `extensions.code`, or NETWORK. */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** For BAD_USER_INPUT: the input field at fault (name, email, phone, text…). */
    readonly field?: string,
    /** The server's `extensions.reason`, e.g. BLOCKED or IDENTITY_REQUIRED. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[];
}

const REQUEST_TIMEOUT_MS = 20_000;

export interface Transport {
  request<R, V>(document: Document<R, V>, variables?: V): Promise<R>;
  upload<R, V>(
    document: Document<R, V>,
    variables: V,
    filePath: string,
    file: Blob,
    onProgress: (fraction: number) => void,
  ): Promise<R>;
}

/**
 * fetch for operations, XMLHttpRequest for uploads (fetch reports no upload progress). Both send
 * `apollo-require-preflight`, which the API's CSRF prevention asks of browsers.
 */
export function createTransport(url: string, token: () => string | null): Transport {
  const headers = (): Record<string, string> => {
    const bearer = token();
    return { 'apollo-require-preflight': 'true', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
  };

  return {
    async request(document, variables) {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers() },
          body: JSON.stringify({ variables, extensions: persistedQuery(document) }),
          credentials: 'omit',
          signal: abort.signal,
        }).catch(() => {
          throw new RequestError('NETWORK', 'The server could not be reached.');
        });
        return unwrap(response.status, await response.text());
      } finally {
        clearTimeout(timer);
      }
    },

    upload(document, variables, filePath, file, onProgress) {
      // The GraphQL multipart request spec: operations, then a map from file field to variable path.
      const form = new FormData();
      form.append('operations', JSON.stringify({ variables, extensions: persistedQuery(document) }));
      form.append('map', JSON.stringify({ 0: [filePath] }));
      form.append('0', file, (file as File).name ?? 'file');
      return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        for (const [name, value] of Object.entries(headers())) xhr.setRequestHeader(name, value);
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
        };
        xhr.onload = () => {
          try {
            resolve(unwrap(xhr.status, xhr.responseText));
          } catch (error) {
            reject(error);
          }
        };
        xhr.onerror = xhr.ontimeout = () => reject(new RequestError('NETWORK', 'The server could not be reached.'));
        xhr.send(form);
      });
    },
  };
}

function unwrap<R>(status: number, text: string): R {
  let body: GraphQLBody<R>;
  try {
    body = JSON.parse(text) as GraphQLBody<R>;
  } catch {
    // A proxy's error page while the API restarts, for instance: worth retrying.
    throw new RequestError(status >= 500 || status === 0 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR', `HTTP ${status}`);
  }
  const [error] = body.errors ?? [];
  if (error) {
    throw new RequestError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message, error.extensions?.field, error.extensions?.reason);
  }
  if (!body.data) throw new RequestError('INTERNAL_SERVER_ERROR', 'The server sent no data.');
  return body.data;
}
