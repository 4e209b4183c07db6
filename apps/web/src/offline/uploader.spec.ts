import { describe, expect, it } from 'vitest';
import type { Answer } from '../api.js';
import type { LocalPhoto } from './store.js';
import { CHUNK_BYTES, uploadPhoto, type UploadTransport } from './uploader.js';

type State = { state: 'partial'; offset: number; length: number } | { state: 'complete' };

const photo = (bytes: number): LocalPhoto => ({
  id: '0b7e4c1a-3d5f-4e2a-9c8b-1f2e3d4c5b6a',
  screeningId: '7f1c8f3e-6a52-4c1e-9d57-0c1e2f3a4b5c',
  studentId: 12,
  kind: 'outside',
  source: 'teacher_visit',
  blob: new Blob([new Uint8Array(bytes).map((_, i) => i % 251)]),
  mime: 'image/jpeg',
  width: 1600,
  height: 1200,
  capturedAt: '2026-07-01T09:00:00+07:00',
  uploaded: 0,
  done: false,
});

/** A server keeping the bytes it got; `drop(n)` loses the answer of the n-th chunk after storing it. */
function server(options: { startAt?: number; dropAnswerOf?: number; refuse?: number } = {}) {
  let stored = options.startAt ?? 0;
  let chunks = 0;
  const received: number[] = [];
  const state = (length: number): Answer<State> => ({
    kind: 'ok',
    status: 200,
    value: stored >= length ? { state: 'complete' } : { state: 'partial', offset: stored, length },
  });
  const transport: UploadTransport = {
    async start(p) {
      if (options.refuse !== undefined)
        return {
          kind: 'refused',
          status: options.refuse,
          issues: [
            {
              code: 'PHOTO_TOO_LARGE',
              path: 'length',
              params: {},
              message: { th: 'ใหญ่เกิน', en: 'too large' },
            },
          ],
          body: null,
        };
      return state(p.blob.size) as never;
    },
    async append(p, offset, chunk) {
      if (offset !== stored)
        return {
          kind: 'refused',
          status: 409,
          issues: [
            {
              code: 'UPLOAD_OFFSET_MISMATCH',
              path: 'offset',
              params: { current: stored },
              message: { th: 'ตำแหน่งไม่ตรง', en: 'offset mismatch' },
            },
          ],
          body: null,
        };
      stored += chunk.size;
      received.push(chunk.size);
      chunks++;
      if (chunks === options.dropAnswerOf) return { kind: 'offline' };
      return state(p.blob.size) as never;
    },
  };
  return { transport, received, stored: () => stored };
}

describe('the photo uploader', () => {
  it('sends a photo in chunks and keeps the confirmed offset after each', async () => {
    const kept: LocalPhoto[] = [];
    const s = server();
    const p = photo(CHUNK_BYTES * 2 + 10);
    await expect(uploadPhoto(p, s.transport, async (x) => void kept.push(x))).resolves.toEqual({
      kind: 'done',
    });
    expect(s.received).toEqual([CHUNK_BYTES, CHUNK_BYTES, 10]);
    expect(kept.map((k) => k.uploaded)).toEqual([0, CHUNK_BYTES, CHUNK_BYTES * 2, p.blob.size]);
    expect(kept.at(-1)?.done).toBe(true);
  });

  it('resumes from the offset the server holds, sending nothing twice', async () => {
    const s = server({ startAt: CHUNK_BYTES });
    await uploadPhoto(photo(CHUNK_BYTES * 2), s.transport, async () => undefined);
    expect(s.received).toEqual([CHUNK_BYTES]);
  });

  it('stops on a lost answer and, started again, goes on where the server is', async () => {
    const s = server({ dropAnswerOf: 1 });
    const p = photo(CHUNK_BYTES * 3);
    await expect(uploadPhoto(p, s.transport, async () => undefined)).resolves.toEqual({
      kind: 'offline',
    });
    await expect(uploadPhoto(p, s.transport, async () => undefined)).resolves.toEqual({
      kind: 'done',
    });
    expect(s.received).toEqual([CHUNK_BYTES, CHUNK_BYTES, CHUNK_BYTES]);
  });

  it('hands a refusal to the teacher, and a busy server to the retry', async () => {
    const p = photo(100);
    const refused = await uploadPhoto(p, server({ refuse: 413 }).transport, async () => undefined);
    expect(refused.kind).toBe('refused');
    const busy = await uploadPhoto(p, server({ refuse: 503 }).transport, async () => undefined);
    expect(busy.kind).toBe('offline');
  });
});
