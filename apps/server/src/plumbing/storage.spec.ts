import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localBlobStore } from './storage.js';

describe('local blob store', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'isee-blobs-'));
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('names a blob by its SHA-256 and files it under ab/cd/', async () => {
    const store = localBlobStore(root);
    const content = Buffer.from('a house photo');
    const key = createHash('sha256').update(content).digest('hex');
    expect(await store.put(content)).toEqual({ key, bytes: content.length });
    expect((await stat(join(root, key.slice(0, 2), key.slice(2, 4), key))).size).toBe(
      content.length,
    );
    expect(await store.has(key)).toBe(true);
    expect(await buffer(await store.get(key))).toEqual(content);
  });

  it('takes a stream, stores the same content once, and leaves no temporary file', async () => {
    const store = localBlobStore(root);
    const parts = [Buffer.from('part one, '), Buffer.from('part two')];
    const fromStream = await store.put(Readable.from(parts));
    const fromBuffer = await store.put(Buffer.concat(parts));
    expect(fromStream).toEqual(fromBuffer);
    expect((await readdir(root)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('knows no other key, and refuses anything that is not a key', async () => {
    const store = localBlobStore(root);
    expect(await store.has('0'.repeat(64))).toBe(false);
    expect(await store.has('../../etc/passwd')).toBe(false);
    await expect(store.get('0'.repeat(64))).rejects.toThrow();
    await expect(store.get('../secret')).rejects.toThrow('not a blob key');
  });
});
