import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Where uploaded bytes live. The local disk today; an S3-compatible store fits the same shape. */
export interface FileStorage {
  put(key: string, content: Buffer): Promise<void>;
  read(key: string): Readable;
  exists(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
}

const SAFE_KEY = /^[0-9a-f-]{36}$/;

export function createDiskStorage(directory: string): FileStorage {
  const root = path.resolve(directory);
  fs.mkdirSync(root, { recursive: true });
  const pathOf = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
    return path.join(root, key);
  };
  return {
    async put(key, content) {
      // Written under a temporary name and renamed, so a crash never leaves a half file in place.
      const temporary = `${pathOf(key)}.partial`;
      await fs.promises.writeFile(temporary, content, { flag: 'wx' });
      await fs.promises.rename(temporary, pathOf(key));
    },
    read: (key) => fs.createReadStream(pathOf(key)),
    async exists(key) {
      return fs.promises.access(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
    async remove(key) {
      await fs.promises.rm(pathOf(key), { force: true });
    },
  };
}
