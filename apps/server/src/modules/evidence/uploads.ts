import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, issue, ok, type Result } from '@isee/domain';
import type { EvidenceKind, PhotoSource } from './limits.js';

/** What the client declared when it started an upload; its id is the photo's id. */
export interface UploadManifest {
  readonly uploadId: string;
  readonly length: number;
  readonly mime: string;
  readonly screeningId: string;
  readonly kind: EvidenceKind;
  readonly source: PhotoSource;
  readonly uploadedBy: number;
}

/** An upload left untouched this long is abandoned: `sweep` removes it, and the phone starts over. */
export const ABANDONED_AFTER_MS = 7 * 86_400_000;

/** A client-made id, lower-case as crypto.randomUUID() writes it (routes lower-case what they get). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Partial uploads on disk: `<dir>/<uploadId>.json` (the manifest) and `<uploadId>.part` (the bytes
 * so far, whose size is the offset). Chunks are not fsynced: after a crash the offset can only be
 * smaller than acknowledged, and the next chunk is refused with the true offset, so the client
 * resends. A finished or refused upload is discarded at once; an abandoned one by `sweep`.
 * One server process owns a data directory (its lock), so per-upload turns are kept in memory.
 */
export function uploadArea(dir: string) {
  const turns = new Map<string, Promise<unknown>>();
  const pathOf = (uploadId: string, extension: 'json' | 'part'): string => {
    if (!UUID.test(uploadId)) throw new Error(`not an upload id: ${uploadId}`);
    return join(dir, `${uploadId}.${extension}`);
  };
  const sizeOf = (path: string): Promise<number | undefined> =>
    stat(path).then(
      (s) => s.size,
      () => undefined,
    );

  async function manifest(uploadId: string): Promise<UploadManifest | undefined> {
    const text = await readFile(pathOf(uploadId, 'json'), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as UploadManifest);
  }

  /** The bytes at [offset, offset + chunk.length) equal the chunk: a harmless resend. */
  async function alreadyHas(uploadId: string, offset: number, chunk: Uint8Array): Promise<boolean> {
    const file = await open(pathOf(uploadId, 'part'), 'r');
    try {
      const stored = Buffer.alloc(chunk.length);
      await file.read(stored, 0, chunk.length, offset);
      return stored.equals(chunk);
    } finally {
      await file.close();
    }
  }

  return {
    manifest,

    offset: (uploadId: string) => sizeOf(pathOf(uploadId, 'part')),

    /** Runs work for one upload after the work queued before it: chunks of one upload take turns. */
    exclusive<T>(uploadId: string, work: () => Promise<T>): Promise<T> {
      const run = (turns.get(uploadId) ?? Promise.resolve()).then(work);
      const settled = run.catch(() => undefined);
      turns.set(uploadId, settled);
      void settled.then(() => {
        if (turns.get(uploadId) === settled) turns.delete(uploadId);
      });
      return run;
    },

    /** Writes the manifest (atomically) and an empty part. */
    async start(m: UploadManifest): Promise<void> {
      await mkdir(dir, { recursive: true });
      const temporary = join(dir, `.manifest-${randomUUID()}`);
      await writeFile(temporary, JSON.stringify(m), { mode: 0o600 });
      await writeFile(pathOf(m.uploadId, 'part'), new Uint8Array(), { flag: 'a', mode: 0o600 });
      await rename(temporary, pathOf(m.uploadId, 'json'));
    },

    /** Appends a chunk at the current offset; answers the new offset, or the offset to resume from. */
    async append(m: UploadManifest, offset: number, chunk: Uint8Array): Promise<Result<number>> {
      const current = (await sizeOf(pathOf(m.uploadId, 'part'))) ?? 0;
      if (offset < current && offset + chunk.length <= current)
        if (await alreadyHas(m.uploadId, offset, chunk)) return ok(current);
      if (offset !== current)
        return fail([issue('UPLOAD_OFFSET_MISMATCH', 'offset', { offset, current })]);
      if (current + chunk.length > m.length)
        return fail([issue('UPLOAD_BEYOND_LENGTH', 'chunk', { length: m.length })]);
      const file = await open(pathOf(m.uploadId, 'part'), 'a');
      try {
        await file.write(chunk);
      } finally {
        await file.close();
      }
      return ok(current + chunk.length);
    },

    read: (uploadId: string): Promise<Buffer> => readFile(pathOf(uploadId, 'part')),

    async discard(uploadId: string): Promise<void> {
      await rm(pathOf(uploadId, 'json'), { force: true });
      await rm(pathOf(uploadId, 'part'), { force: true });
    },

    /** Removes uploads whose bytes have not changed for ABANDONED_AFTER_MS; answers how many. */
    async sweep(now: Date): Promise<number> {
      const names = await readdir(dir).catch(() => [] as string[]);
      let removed = 0;
      for (const name of names.filter((n) => n.endsWith('.part'))) {
        const uploadId = name.slice(0, -'.part'.length);
        const touched = await stat(join(dir, name)).then(
          (s) => s.mtimeMs,
          () => now.getTime(),
        );
        if (!UUID.test(uploadId) || now.getTime() - touched < ABANDONED_AFTER_MS) continue;
        await rm(join(dir, `${uploadId}.json`), { force: true });
        await rm(join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}

export type UploadArea = ReturnType<typeof uploadArea>;
