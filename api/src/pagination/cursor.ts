import { badInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

/** Cursors are opaque to clients: a kind tag and a key, base64url-encoded. */
export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(`${kind}:`)) throw badInput('The cursor is not valid for this list.', 'after');
  return decoded.slice(kind.length + 1);
}

export function pageSize(value: number | null | undefined, fallback: number, argument = 'first'): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`${argument}\` must be between 0 and ${MAX_PAGE_SIZE}.`, argument);
  }
  return size;
}
