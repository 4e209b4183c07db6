import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS, uploadArea, type UploadManifest } from './uploads.js';

describe('upload area', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isee-uploads-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  const manifest = (): UploadManifest => ({
    uploadId: randomUUID(),
    length: 10,
    mime: 'image/jpeg',
    screeningId: randomUUID(),
    kind: 'outside',
    source: 'teacher_visit',
    uploadedBy: 1,
  });

  it('sweeps uploads untouched for a week, and only those', async () => {
    const area = uploadArea(dir);
    const [old, fresh] = [manifest(), manifest()];
    await area.start(old);
    await area.start(fresh);
    const now = new Date();
    const weekAgo = new Date(now.getTime() - ABANDONED_AFTER_MS - 1000);
    await utimes(join(dir, `${old.uploadId}.part`), weekAgo, weekAgo);
    expect(await area.sweep(now)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(
      [`${fresh.uploadId}.json`, `${fresh.uploadId}.part`].sort(),
    );
  });

  it('refuses a resent chunk whose bytes differ from those received', async () => {
    const area = uploadArea(dir);
    const m = manifest();
    await area.start(m);
    await area.append(m, 0, Buffer.from('abcd'));
    expect((await area.append(m, 0, Buffer.from('abcd'))).ok).toBe(true);
    const changed = await area.append(m, 0, Buffer.from('abXd'));
    expect(changed.ok || changed.issues[0]).toMatchObject({
      code: 'UPLOAD_OFFSET_MISMATCH',
      params: { current: 4 },
    });
  });

  it('runs the work of one upload in turns', async () => {
    const area = uploadArea(dir);
    const order: string[] = [];
    const slow = area.exclusive('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('first');
    });
    const fast = area.exclusive('a', async () => {
      order.push('second');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['first', 'second']);
  });
});
