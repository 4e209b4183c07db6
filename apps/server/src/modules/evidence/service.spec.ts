import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { deriveIdKeys, seedDatabase } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { distanceKm, ok, unwrap, type GeoPoint, type Result } from '@isee/domain';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localBlobStore } from '../../plumbing/storage.js';
import { screeningForPhoto } from './repository.js';
import {
  appendChunk,
  createUpload,
  uploadStatus,
  type EvidenceContext,
  type NewUpload,
  type PhotoEvidence,
  type UploadState,
} from './service.js';
import { jpegWithExif, pngHeaderClaiming, scene } from './test-images.js';
import { uploadArea } from './uploads.js';

interface Visit {
  readonly screeningId: string;
  readonly home: GeoPoint;
  readonly visitAt: Date;
}

const codes = (result: Result<unknown>): string[] =>
  result.ok ? [] : result.issues.map((i) => i.code);
const flagCodes = (photo: PhotoEvidence): string[] => photo.flags.map((f) => f.code).sort();
const completed = (state: UploadState): PhotoEvidence => {
  if (state.state !== 'complete') throw new Error(`upload ${state.uploadId} is not complete`);
  return state.photo;
};
/** A point `km` kilometres north of another (one degree of latitude is 111.2 km). */
const north = (p: GeoPoint, km: number): GeoPoint => ({ lat: p.lat + km / 111.195, lon: p.lon });

describeEachEngine('evidence photos', (engine) => {
  let dataDir: string;
  let ctx: EvidenceContext;
  let teacher: number;
  const visits: Visit[] = [];

  beforeAll(async () => {
    const idKeys = deriveIdKeys(new Uint8Array(32).fill(3));
    unwrap(
      await seedDatabase(engine.handle(), { scale: 'demo', seed: 11, idKeys, fraction: 0.01 }),
    );
    const [user] = await engine.handle().sql<{ id: number }>(
      `insert into app_user (username, display_name, password_hash)
       values ('evidence-teacher', 'Teacher', 'x') returning id`,
    );
    teacher = user?.id ?? 0;
    dataDir = await mkdtemp(join(tmpdir(), 'isee-evidence-'));
    ctx = {
      db: engine.handle(),
      store: localBlobStore(join(dataDir, 'files')),
      uploads: uploadArea(join(dataDir, 'uploads')),
    };
    const rows = await engine.handle().sql<{ id: string }>(
      `select distinct on (s.household_id) s.id from screening s
         join household h on h.id = s.household_id
        where h.lat is not null order by s.household_id limit 5`,
    );
    for (const { id } of rows) {
      const found = await screeningForPhoto(ctx.db, id);
      if (found?.home === undefined) throw new Error('the seed gives every household a home GPS');
      visits.push({ screeningId: id, home: found.home, visitAt: new Date(found.visitAt) });
    }
    expect(visits).toHaveLength(5);
  }, 120_000);
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  const visit = (n: number): Visit => {
    const v = visits[n];
    if (v === undefined) throw new Error(`no visit ${n}`);
    return v;
  };
  /** Starts an upload and answers its state. */
  const start = async (
    screeningId: string,
    bytes: Buffer,
    mime: string,
    more: Partial<NewUpload> = {},
  ): Promise<Result<UploadState>> => {
    const started = await createUpload(ctx, teacher, {
      uploadId: randomUUID(),
      length: bytes.length,
      mime,
      screeningId,
      kind: 'outside',
      source: 'teacher_visit',
      ...more,
    });
    return started.ok ? ok(started.value.upload) : started;
  };
  /** Starts an upload and sends the whole file as one chunk. */
  async function upload(
    screeningId: string,
    bytes: Buffer,
    mime: string,
  ): Promise<Result<UploadState>> {
    const started = await start(screeningId, bytes, mime);
    if (!started.ok) return started;
    return appendChunk(ctx, teacher, started.value.uploadId, 0, bytes);
  }
  const auditRows = async (photoId: string) =>
    engine
      .handle()
      .sql<{ action: string; details: { flags: string[] } }>(
        `select action, details from audit_log where entity = 'photo_evidence' and entity_id = $1`,
        [photoId],
      );

  it('takes a photo in three chunks, with a resent chunk and a chunk at the wrong offset', async () => {
    const v = visit(0);
    const original = await jpegWithExif(
      1,
      new Date(v.visitAt.getTime() + 3_600_000),
      north(v.home, 0.2),
    );
    const third = Math.ceil(original.length / 3);
    const [c1, c2, c3] = [0, 1, 2].map((i) => original.subarray(i * third, (i + 1) * third));
    if (!c1 || !c2 || !c3) throw new Error('three chunks');
    const { uploadId } = unwrap(await start(v.screeningId, original, 'image/jpeg'));

    expect(unwrap(await appendChunk(ctx, teacher, uploadId, 0, c1))).toMatchObject({
      state: 'partial',
      offset: third,
    });
    expect(unwrap(await appendChunk(ctx, teacher, uploadId, 0, c1))).toMatchObject({
      offset: third,
    });
    const skipped = await appendChunk(ctx, teacher, uploadId, 2 * third, c3);
    expect(codes(skipped)).toEqual(['UPLOAD_OFFSET_MISMATCH']);
    expect(skipped.ok || skipped.issues[0]?.params).toEqual({ offset: 2 * third, current: third });
    expect(unwrap(await uploadStatus(ctx, teacher, uploadId))).toMatchObject({
      state: 'partial',
      offset: third,
    });
    unwrap(await appendChunk(ctx, teacher, uploadId, third, c2));
    const photo = completed(unwrap(await appendChunk(ctx, teacher, uploadId, 2 * third, c3)));

    expect(photo).toMatchObject({
      id: uploadId,
      screeningId: v.screeningId,
      mime: 'image/jpeg',
      width: 800,
    });
    expect(photo.sha256).toBe(createHash('sha256').update(original).digest('hex'));
    expect(photo.perceptualHash).toMatch(/^[0-9a-f]{16}$/);
    expect(photo.takenAt).toBe(
      new Date(Math.floor(v.visitAt.getTime() / 1000) * 1000 + 3_600_000).toISOString(),
    );
    expect(distanceKm(photo.place ?? { lat: 0, lon: 0 }, north(v.home, 0.2))).toBeLessThan(0.01);
    expect(photo.flags).toEqual([]);
    expect(await auditRows(uploadId)).toEqual([
      expect.objectContaining({
        action: 'photo.upload',
        details: expect.objectContaining({ flags: [] }),
      }),
    ]);
    // Retries after the end answer the finished photo and change nothing.
    expect(completed(unwrap(await appendChunk(ctx, teacher, uploadId, 2 * third, c3))).id).toBe(
      uploadId,
    );
    expect(unwrap(await start(v.screeningId, original, 'image/jpeg', { uploadId })).state).toBe(
      'complete',
    );
    expect(await auditRows(uploadId)).toHaveLength(1);
  });

  it('stores a re-encoded copy without any EXIF, under its content hash', async () => {
    const v = visit(0);
    const original = await jpegWithExif(2, v.visitAt, v.home);
    const photo = completed(unwrap(await upload(v.screeningId, original, 'image/jpeg')));
    const stored = await buffer(await ctx.store.get(photo.storageKey));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(photo.storageKey);
    expect(stored.length).toBe(photo.bytes);
    expect(await exifr.parse(original)).toBeDefined();
    expect(await exifr.parse(stored)).toBeUndefined();
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 800, height: 600 });
    expect(meta.exif).toBeUndefined();
  });

  it('accepts PNG and WebP, bounds the stored size, and flags nothing without EXIF', async () => {
    const v = visit(1);
    const png = await scene(3, 3000, 2000).png().toBuffer();
    const webp = await scene(4).webp().toBuffer();
    const fromPng = completed(unwrap(await upload(v.screeningId, png, 'image/png')));
    const fromWebp = completed(unwrap(await upload(v.screeningId, webp, 'image/webp')));
    expect(fromPng).toMatchObject({ mime: 'image/jpeg', width: 2048, height: 1365, flags: [] });
    expect(fromWebp).toMatchObject({ mime: 'image/jpeg', width: 800, flags: [] });
    expect(fromPng.takenAt).toBeUndefined();
  });

  it('flags the same photo, or a nearly identical one, attached to another household', async () => {
    const [a, b, c] = [visit(2), visit(3), visit(4)];
    const original = await scene(5).jpeg().toBuffer();
    const first = completed(unwrap(await upload(a.screeningId, original, 'image/jpeg')));
    expect(first.flags).toEqual([]);
    const sameFile = completed(unwrap(await upload(b.screeningId, original, 'image/jpeg')));
    expect(sameFile.flags).toEqual([
      expect.objectContaining({
        code: 'PHOTO_REUSED',
        params: { screeningId: a.screeningId, distance: 0 },
      }),
    ]);
    const resized = await sharp(original).resize(640).png().toBuffer();
    const nearCopy = completed(unwrap(await upload(c.screeningId, resized, 'image/png')));
    expect(flagCodes(nearCopy)).toEqual(['PHOTO_REUSED']);
    expect(nearCopy.flags[0]?.params['distance']).toBeLessThanOrEqual(6);
    expect(await auditRows(nearCopy.id)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ flags: ['PHOTO_REUSED'] }) }),
    ]);
    // The first photo is flagged too, now that its twin exists; the same household's photo is not.
    expect(flagCodes(completed(unwrap(await uploadStatus(ctx, teacher, first.id))))).toEqual([
      'PHOTO_REUSED',
    ]);
    const again = completed(unwrap(await upload(a.screeningId, original, 'image/jpeg')));
    expect(again.flags.map((f) => f.params['screeningId'])).not.toContain(a.screeningId);
  });

  it('flags a photo taken far from the home and days from the visit, without refusing it', async () => {
    const v = visit(1);
    const takenAt = new Date(v.visitAt.getTime() - 10 * 86_400_000);
    const original = await jpegWithExif(6, takenAt, north(v.home, 5));
    const photo = completed(unwrap(await upload(v.screeningId, original, 'image/jpeg')));
    expect(flagCodes(photo)).toEqual(['PHOTO_FAR_FROM_HOME', 'PHOTO_TIME_MISMATCH']);
    const far = photo.flags.find((f) => f.code === 'PHOTO_FAR_FROM_HOME');
    expect(far?.params).toEqual({ km: 5, max: 1 });
    expect(far?.message.th).toContain('5 กม.');
  });

  it('refuses files that are not what they claim, and leaves no trace of them', async () => {
    const v = visit(0);
    const png = await scene(7).png().toBuffer();
    const fakeJpeg = Buffer.concat([Buffer.from('GIF89a not a photo'), png]);
    const brokenJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const cases: Array<[Buffer, string, string]> = [
      [fakeJpeg, 'image/jpeg', 'PHOTO_TYPE_UNKNOWN'],
      [png, 'image/jpeg', 'PHOTO_TYPE_MISMATCH'],
      [pngHeaderClaiming(10_000, 9_000), 'image/png', 'PHOTO_TOO_MANY_PIXELS'],
      [brokenJpeg, 'image/jpeg', 'PHOTO_UNREADABLE'],
    ];
    const before = await engine
      .handle()
      .sql<{ n: number }>('select count(*)::int as n from photo_evidence');
    for (const [bytes, mime, code] of cases) {
      const started = unwrap(await start(v.screeningId, bytes, mime));
      const refused = await appendChunk(ctx, teacher, started.uploadId, 0, bytes);
      expect(codes(refused)).toEqual([code]);
      expect(refused.ok || refused.issues[0]?.message.th).toBeTruthy();
      expect(codes(await uploadStatus(ctx, teacher, started.uploadId))).toEqual([
        'UPLOAD_NOT_FOUND',
      ]);
    }
    const after = await engine
      .handle()
      .sql<{ n: number }>('select count(*)::int as n from photo_evidence');
    expect(after).toEqual(before);
  });

  it('tells a new upload from a repeated start, and hides an upload from anyone but its uploader', async () => {
    const v = visit(0);
    const bytes = await scene(9).jpeg().toBuffer();
    const input: NewUpload = {
      uploadId: randomUUID(),
      length: bytes.length,
      mime: 'image/jpeg',
      screeningId: v.screeningId,
      kind: 'inside',
      source: 'sent_by_student',
    };
    expect(unwrap(await createUpload(ctx, teacher, input)).created).toBe(true);
    expect(unwrap(await createUpload(ctx, teacher, input)).created).toBe(false);
    const stranger = teacher + 1_000;
    expect(codes(await appendChunk(ctx, stranger, input.uploadId, 0, bytes))).toEqual([
      'UPLOAD_NOT_FOUND',
    ]);
    expect(codes(await uploadStatus(ctx, stranger, input.uploadId))).toEqual(['UPLOAD_NOT_FOUND']);
    completed(unwrap(await appendChunk(ctx, teacher, input.uploadId, 0, bytes)));
    expect(codes(await uploadStatus(ctx, stranger, input.uploadId))).toEqual(['UPLOAD_NOT_FOUND']);
    expect(codes(await appendChunk(ctx, stranger, input.uploadId, 0, bytes))).toEqual([
      'UPLOAD_NOT_FOUND',
    ]);
  });

  it('refuses a bad start, a chunk past the length, and a conflicting restart', async () => {
    const v = visit(0);
    const bytes = await scene(8).jpeg().toBuffer();
    expect(
      codes(await start(v.screeningId, bytes, 'image/jpeg', { length: 16 * 1024 * 1024 })),
    ).toEqual(['PHOTO_TOO_LARGE']);
    expect(
      codes(await start(v.screeningId, bytes, 'image/gif', { kind: 'roof', uploadId: 'x' })),
    ).toEqual(['UPLOAD_ID_FORMAT', 'PHOTO_TYPE_UNKNOWN', 'UNKNOWN_OPTION']);
    expect(codes(await start(randomUUID(), bytes, 'image/jpeg'))).toEqual([
      'EVIDENCE_SCREENING_NOT_FOUND',
    ]);
    const { uploadId } = unwrap(await start(v.screeningId, bytes, 'image/jpeg'));
    expect(unwrap(await start(v.screeningId, bytes, 'image/jpeg', { uploadId }))).toMatchObject({
      offset: 0,
    });
    expect(
      codes(await start(v.screeningId, bytes, 'image/jpeg', { uploadId, kind: 'inside' })),
    ).toEqual(['UPLOAD_CONFLICT']);
    expect(
      codes(await appendChunk(ctx, teacher, uploadId, 0, Buffer.concat([bytes, Buffer.alloc(1)]))),
    ).toEqual(['UPLOAD_BEYOND_LENGTH']);
    expect(codes(await appendChunk(ctx, teacher, randomUUID(), 0, bytes))).toEqual([
      'UPLOAD_NOT_FOUND',
    ]);
  });
});
