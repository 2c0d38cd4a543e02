import type { Document, GraphQLResponse } from './test-app';

export interface UploadFile {
  content: Uint8Array;
  filename: string;
  /** What the client declares; the server must not trust it. */
  type?: string;
}

export interface MultipartOptions {
  /** Replaces the `map` field as sent, e.g. with broken JSON. */
  rawMap?: string;
  /** Extra file parts after the first, under the names given. */
  extraFiles?: Record<string, UploadFile>;
  token?: string;
}

/**
 * Sends one operation as a GraphQL multipart request (the spec graphql-upload implements): the
 * `operations` field with the file variable null, the `map`, then the file part `0`, which the
 * map places at `filePath`.
 */
export async function multipartRequest<TResult, TVariables>(
  url: string,
  document: Document<TResult, TVariables>,
  variables: TVariables,
  filePath: string,
  file: UploadFile | null,
  options: MultipartOptions = {},
): Promise<GraphQLResponse<TResult> & { status: number }> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: String(document), variables }));
  form.append('map', options.rawMap ?? JSON.stringify({ 0: [filePath] }));
  if (file) form.append('0', asBlob(file), file.filename);
  for (const [name, extra] of Object.entries(options.extraFiles ?? {})) form.append(name, asBlob(extra), extra.filename);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'apollo-require-preflight': 'true',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: form,
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as GraphQLResponse<TResult>) };
  } catch {
    throw new Error(`expected a JSON answer, got ${response.status}: ${text.slice(0, 200)}`);
  }
}

const asBlob = (file: UploadFile) => new Blob([file.content], { type: file.type ?? 'application/octet-stream' });
