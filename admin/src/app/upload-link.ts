import { ApolloLink } from '@apollo/client/link';
import { print } from 'graphql';
import { Observable } from 'rxjs';

/** Set on an operation's context to follow its upload: `{ onUploadProgress(sent, total) }`. */
export interface UploadContext {
  onUploadProgress?: (sent: number, total: number) => void;
}

export interface ExtractedFiles {
  /** The variables with every File/Blob replaced by null, as the multipart spec wants. */
  clone: unknown;
  /** Each file and the object paths (`variables.input.file`) where it appeared. */
  files: Map<Blob, string[]>;
}

const isFile = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;

export function extractFiles(value: unknown, path = 'variables', files = new Map<Blob, string[]>()): ExtractedFiles {
  if (isFile(value)) {
    files.set(value, [...(files.get(value) ?? []), path]);
    return { clone: null, files };
  }
  if (Array.isArray(value)) {
    return { clone: value.map((item, index) => extractFiles(item, `${path}.${index}`, files).clone), files };
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const clone: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) clone[key] = extractFiles(item, `${path}.${key}`, files).clone;
    return { clone, files };
  }
  return { clone: value, files };
}

export const hasFiles = (variables: unknown) => extractFiles(variables).files.size > 0;

/** The body of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). */
export function multipartBody(query: string, operationName: string | undefined, variables: unknown): FormData {
  const { clone, files } = extractFiles(variables);
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, operationName, variables: clone }));
  const map: Record<string, string[]> = {};
  [...files.values()].forEach((paths, index) => (map[String(index)] = paths));
  form.append('map', JSON.stringify(map));
  [...files.keys()].forEach((file, index) => form.append(String(index), file, (file as File).name ?? 'blob'));
  return form;
}

/**
 * Sends operations that carry files as multipart requests through XMLHttpRequest, because
 * fetch cannot report upload progress and the composer shows it.
 */
export function createUploadLink(options: { uri: string; headers: () => Record<string, string> }): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        const context = operation.getContext() as UploadContext;
        const xhr = new XMLHttpRequest();
        xhr.open('POST', options.uri);
        for (const [name, value] of Object.entries(options.headers())) xhr.setRequestHeader(name, value);
        xhr.upload.onprogress = (event) => context.onUploadProgress?.(event.loaded, event.total);
        xhr.onerror = () => observer.error(new Error('Network error while uploading'));
        xhr.onload = () => {
          let body: ApolloLink.Result | undefined;
          try {
            body = JSON.parse(xhr.responseText) as ApolloLink.Result;
          } catch {
            body = undefined;
          }
          if (!body || (!('data' in body) && !('errors' in body))) {
            observer.error(new Error(`Upload failed with HTTP ${xhr.status}`));
            return;
          }
          observer.next(body);
          observer.complete();
        };
        xhr.send(multipartBody(print(operation.query), operation.operationName, operation.variables));
        return () => {
          if (xhr.readyState !== XMLHttpRequest.DONE) xhr.abort();
        };
      }),
  );
}
