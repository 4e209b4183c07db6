import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface StoredBlob {
  /** SHA-256 of the content, lower-case hex: the blob's name, so equal content is stored once. */
  readonly key: string;
  readonly bytes: number;
}

/**
 * Where files (evidence photos) live, addressed by their content's SHA-256. An S3-compatible store
 * implements it with `key` as the object name: put hashes while uploading to a temporary name (or
 * hashes first, then PutObject with If-None-Match: *), get is GetObject, has is HeadObject. Blobs
 * are never overwritten or changed, so no store needs locking or versioning.
 */
export interface BlobStore {
  put(content: Buffer | Readable): Promise<StoredBlob>;
  /** The content; throws when the key is unknown (ask `has` first when that is expected). */
  get(key: string): Promise<Readable>;
  has(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}$/;

/**
 * A content-addressed directory, `${ISEE_DATA_DIR}/files` for the server: `<root>/ab/cd/<sha256>`. A put writes a temporary file in the root,
 * fsyncs it, then renames it into place: a reader sees the whole blob or none, a crash leaves at most
 * a temporary file, and putting the same content again just replaces it with identical bytes.
 */
export function localBlobStore(root: string): BlobStore {
  const pathOf = (key: string): string => {
    if (!KEY.test(key)) throw new Error(`not a blob key: ${key}`);
    return join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  return {
    async put(content) {
      await mkdir(root, { recursive: true });
      const temporary = join(root, `.put-${randomUUID()}`);
      const hash = createHash('sha256');
      let bytes = 0;
      const file = await open(temporary, 'wx', 0o600);
      try {
        for await (const chunk of Buffer.isBuffer(content) ? [content] : content) {
          const buffer = chunk as Buffer;
          hash.update(buffer);
          bytes += buffer.length;
          await file.write(buffer);
        }
        await file.sync();
      } catch (error) {
        await file.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await file.close();
      const key = hash.digest('hex');
      const target = pathOf(key);
      await mkdir(join(target, '..'), { recursive: true });
      await rename(temporary, target);
      return { key, bytes };
    },
    async get(key) {
      const path = pathOf(key);
      await stat(path);
      return createReadStream(path);
    },
    async has(key) {
      if (!KEY.test(key)) return false;
      return stat(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
  };
}
