import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase, verifyAudit } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { unwrap, type GeoPoint } from '@isee/domain';
import exifr from 'exifr';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { localBlobStore } from '../../plumbing/storage.js';
import { TEST_ID_KEYS, testApp } from '../../testing/app.js';
import { createUser, loginAs, type TestSession } from '../../testing/users.js';
import { UPLOAD_CHUNK } from './limits.js';
import { screeningForPhoto } from './repository.js';
import { jpegWithExif, scene, transparentSignature } from './test-images.js';
import { ABANDONED_AFTER_MS, uploadArea } from './uploads.js';

interface Visit {
  readonly screeningId: string;
  readonly home: GeoPoint;
  readonly visitAt: Date;
}

const CHUNK_TYPE = 'application/offset+octet-stream';
const SIGNATURE = { mime: 'image/png', kind: 'signature' } as const;
const MiB = 1024 * 1024;

const firstIssue = (response: LightMyRequestResponse) =>
  response.json<{
    error: { issues: Array<{ code: string; path: string; message: { th: string } }> };
  }>().error.issues[0];
const codeOf = (response: LightMyRequestResponse) => firstIssue(response)?.code;

describeEachEngine('evidence photo routes', (engine) => {
  let app: FastifyInstance;
  const s: Record<string, TestSession> = {};
  /** Three screenings of one class, of three households: submitted, draft and confirmed. */
  let submitted: Visit;
  let draft: Visit;
  let confirmed: Visit;

  async function findClass() {
    const rows = await engine.handle().sql<{
      id: string;
      school_id: number;
      semester_id: number;
      grade: string;
      room: string;
      province_code: string;
    }>(
      `select distinct on (s.household_id) s.id, en.school_id, en.semester_id, en.grade, en.room,
              sc.province_code
         from screening s
         join cycle c on c.id = s.cycle_id
         join school sc on sc.id = s.school_id
         join household h on h.id = s.household_id
         join enrolment en on en.semester_id = c.semester_id and en.student_id = s.student_id
                          and en.school_id = s.school_id
        where h.lat is not null
        order by s.household_id, s.id`,
    );
    const classes = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${r.school_id}/${r.semester_id}/${r.grade}/${r.room}`;
      classes.set(key, [...(classes.get(key) ?? []), r]);
    }
    const largest = [...classes.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    if (largest.length < 3) throw new Error('the seed has a class with three screened households');
    return largest;
  }

  async function visitOf(screeningId: string, status: string): Promise<Visit> {
    await engine
      .handle()
      .sql('update screening set status = $2 where id = $1', [screeningId, status]);
    const found = await screeningForPhoto(engine.handle(), screeningId);
    if (found?.home === undefined) throw new Error('the seed gives every household a home GPS');
    return { screeningId, home: found.home, visitAt: new Date(found.visitAt) };
  }

  beforeAll(async () => {
    const handle = engine.handle();
    unwrap(
      await seedDatabase(handle, { scale: 'demo', seed: 11, idKeys: TEST_ID_KEYS, fraction: 0.01 }),
    );
    const [a, b, c] = await findClass();
    if (!a || !b || !c) throw new Error('three screenings');
    submitted = await visitOf(a.id, 'submitted');
    draft = await visitOf(b.id, 'draft');
    confirmed = await visitOf(c.id, 'confirmed');
    const school = { schoolId: a.school_id };
    const myClass = {
      semesterId: a.semester_id,
      schoolId: a.school_id,
      grade: a.grade,
      room: a.room,
    };
    await createUser(handle, {
      username: 'teacher',
      roles: [{ role: 'teacher', ...school }],
      classes: [myClass],
    });
    await createUser(handle, {
      username: 'other-teacher',
      roles: [{ role: 'teacher', ...school }],
      classes: [{ ...myClass, room: `${a.room}-elsewhere` }],
    });
    await createUser(handle, { username: 'certifier', roles: [{ role: 'certifier', ...school }] });
    await createUser(handle, {
      username: 'area',
      roles: [{ role: 'area_officer', provinceCode: a.province_code }],
    });
    await createUser(handle, { username: 'analyst', roles: [{ role: 'analyst' }] });
    await createUser(handle, { username: 'admin', roles: [{ role: 'system_admin' }] });
    app = await testApp({ db: handle });
    for (const name of ['teacher', 'other-teacher', 'certifier', 'area', 'analyst', 'admin'])
      s[name] = await loginAs(app, name);
  }, 180_000);
  afterAll(() => app.close());

  const as = (who: string): Record<string, string> => s[who]?.headers() ?? {};
  /** Starts an upload of a JPEG house photo, unless `more` says otherwise. */
  const start = (
    who: string,
    screeningId: string,
    bytes: Buffer,
    uploadId = randomUUID(),
    more: Partial<Record<'mime' | 'kind', string>> = {},
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: as(who),
      payload: {
        uploadId,
        screeningId,
        length: bytes.length,
        mime: 'image/jpeg',
        kind: 'outside',
        source: 'teacher_visit',
        ...more,
      },
    });
  const patch = (who: string, uploadId: string, offset: number, chunk: Buffer) =>
    app.inject({
      method: 'PATCH',
      url: `/api/uploads/${uploadId}`,
      headers: { ...as(who), 'content-type': CHUNK_TYPE, 'upload-offset': String(offset) },
      payload: chunk,
    });
  const get = (who: string, url: string, headers: Record<string, string> = {}) =>
    app.inject({ url, headers: { ...as(who), ...headers } });
  /** Starts an upload and sends the whole file in one chunk; answers the finished state. */
  async function upload(
    screeningId: string,
    bytes: Buffer,
    more: Partial<Record<'mime' | 'kind', string>> = {},
  ) {
    const uploadId = randomUUID();
    expect((await start('teacher', screeningId, bytes, uploadId, more)).statusCode).toBe(201);
    const finished = await patch('teacher', uploadId, 0, bytes);
    expect(finished.statusCode).toBe(200);
    return finished.json<{
      state: string;
      photo: { id: string; kind: string; flags: Array<{ code: string }> };
    }>();
  }
  const audited = (action: string, entityId: string) =>
    engine
      .handle()
      .sql<{ actor_user_id: number; details: Record<string, unknown> }>(
        'select actor_user_id, details from audit_log where action = $1 and entity_id = $2',
        [action, entityId],
      );
  const userId = async (username: string): Promise<number> => {
    const [row] = await engine
      .handle()
      .sql<{ id: number }>('select id from app_user where username = $1', [username]);
    return Number(row?.id);
  };

  it('takes a photo in three chunks across a lost connection and serves it back without EXIF', async () => {
    const v = submitted;
    const original = await jpegWithExif(21, new Date(v.visitAt.getTime() + 3_600_000), v.home);
    const third = Math.ceil(original.length / 3);
    const [c1, c2, c3] = [0, 1, 2].map((i) => original.subarray(i * third, (i + 1) * third));
    if (!c1 || !c2 || !c3) throw new Error('three chunks');
    const uploadId = randomUUID();

    const started = await start(
      'teacher',
      v.screeningId,
      original,
      uploadId.toUpperCase() as typeof uploadId,
    );
    expect(started.statusCode).toBe(201);
    expect(started.json()).toEqual({
      uploadId,
      state: 'partial',
      offset: 0,
      length: original.length,
    });
    expect((await start('teacher', v.screeningId, original, uploadId)).statusCode).toBe(200);

    const first = await patch('teacher', uploadId, 0, c1);
    expect(first.statusCode).toBe(200);
    expect(first.headers['upload-offset']).toBe(String(third));
    // The connection drops halfway through the second chunk: only its first half arrived.
    const half = Math.floor(c2.length / 2);
    await patch('teacher', uploadId, third, c2.subarray(0, half));
    const head = await app.inject({
      method: 'HEAD',
      url: `/api/uploads/${uploadId}`,
      headers: as('teacher'),
    });
    expect(head.statusCode).toBe(200);
    expect(head.headers).toMatchObject({
      'upload-offset': String(third + half),
      'upload-length': String(original.length),
      'cache-control': 'no-store',
    });
    expect(head.body).toBe('');
    const resumed = await patch('teacher', uploadId, third + half, c2.subarray(half));
    expect(resumed.json()).toMatchObject({ state: 'partial', offset: 2 * third });
    // A chunk sent again after a lost answer changes nothing.
    expect((await patch('teacher', uploadId, 0, c1)).json()).toMatchObject({ offset: 2 * third });
    const last = await patch('teacher', uploadId, 2 * third, c3);
    expect(last.statusCode).toBe(200);
    expect(last.headers['upload-complete']).toBe('?1');
    const photo = last.json().photo;
    expect(photo).toMatchObject({
      id: uploadId,
      screeningId: v.screeningId,
      mime: 'image/jpeg',
      width: 800,
      sha256: createHash('sha256').update(original).digest('hex'),
      flags: [],
    });
    expect(photo.storageKey).toBeUndefined();
    expect((await get('teacher', `/api/uploads/${uploadId}`)).json()).toMatchObject({
      state: 'complete',
      photo: { id: uploadId },
    });

    const image = await get('teacher', `/api/photos/${uploadId}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
    const etag = `"${createHash('sha256').update(image.rawPayload).digest('hex')}"`;
    expect(image.headers['etag']).toBe(etag);
    expect(await exifr.parse(original)).toBeDefined();
    expect(await exifr.parse(image.rawPayload)).toBeUndefined();
    expect((await sharp(image.rawPayload).metadata()).exif).toBeUndefined();
    const cached = await get('teacher', `/api/photos/${uploadId}`, { 'if-none-match': etag });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    expect(await audited('photo.read', uploadId)).toEqual([]);

    const listed = await get('teacher', `/api/screenings/${v.screeningId}/photos`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().photos).toEqual([expect.objectContaining({ id: uploadId, flags: [] })]);
    expect(await audited('photo.list', v.screeningId)).toEqual([]);
  });

  it("audits officials' reads of a photo and of a screening's photos", async () => {
    const v = submitted;
    const { photo } = await upload(v.screeningId, await scene(22).jpeg().toBuffer());
    expect((await get('certifier', `/api/photos/${photo.id}`)).statusCode).toBe(200);
    expect((await get('area', `/api/screenings/${v.screeningId}/photos`)).statusCode).toBe(200);
    expect(await audited('photo.read', photo.id)).toEqual([
      { actor_user_id: await userId('certifier'), details: { screeningId: v.screeningId } },
    ]);
    expect(await audited('photo.list', v.screeningId)).toEqual([
      expect.objectContaining({ actor_user_id: await userId('area') }),
    ]);
  });

  it("flags the same image uploaded for another household's screening, on both photos", async () => {
    const bytes = await scene(23).jpeg().toBuffer();
    const first = await upload(submitted.screeningId, bytes);
    const second = await upload(draft.screeningId, bytes);
    expect(second.state).toBe('complete');
    expect(second.photo.flags).toEqual([
      expect.objectContaining({
        code: 'PHOTO_REUSED',
        params: { screeningId: submitted.screeningId, distance: 0 },
        message: expect.objectContaining({ th: expect.stringContaining(submitted.screeningId) }),
      }),
    ]);
    const listed = await get('certifier', `/api/screenings/${submitted.screeningId}/photos`);
    const again = listed.json<{ photos: Array<{ id: string; flags: Array<{ code: string }> }> }>();
    expect(again.photos.find((p) => p.id === first.photo.id)?.flags).toEqual([
      expect.objectContaining({ code: 'PHOTO_REUSED', path: expect.any(String) }),
    ]);
  });

  it("stores the guardian's signature drawn on a clear canvas, white where it was transparent", async () => {
    const { photo } = await upload(submitted.screeningId, await transparentSignature(), SIGNATURE);
    expect(photo).toMatchObject({
      kind: 'signature',
      mime: 'image/jpeg',
      width: 300,
      height: 120,
      flags: [],
    });
    const image = await get('certifier', `/api/photos/${photo.id}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    const { data, info } = await sharp(image.rawPayload)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const rgb = (x: number, y: number): number[] => {
      const at = (y * info.width + x) * info.channels;
      return [...data.subarray(at, at + 3)];
    };
    for (const [x, y] of [
      [2, 2],
      [150, 10],
      [297, 117],
      [5, 60],
    ] as const)
      expect(Math.min(...rgb(x, y)), `(${x}, ${y})`).toBeGreaterThan(245);
    expect(Math.max(...rgb(150, 60))).toBeLessThan(0x80);
    expect(await audited('photo.read', photo.id)).toEqual([
      expect.objectContaining({ actor_user_id: await userId('certifier') }),
    ]);
  });

  it("never flags a signature, nor a photo for matching one, across two households' screenings", async () => {
    // The same guardian signs for two siblings: the same drawing on two households' forms.
    const png = await transparentSignature(320, 100);
    const first = await upload(submitted.screeningId, png, SIGNATURE);
    const second = await upload(draft.screeningId, png, SIGNATURE);
    expect(second.photo).toMatchObject({ kind: 'signature', flags: [] });
    // Had signatures been compared, this photo would be the very file of the first signature.
    const photo = await upload(draft.screeningId, png, { mime: 'image/png' });
    expect(photo.photo).toMatchObject({ kind: 'outside', flags: [] });
    const listed = await get('certifier', `/api/screenings/${submitted.screeningId}/photos`);
    expect(listed.statusCode).toBe(200);
    const { photos } = listed.json<{ photos: Array<{ id: string; kind: string; flags: [] }> }>();
    expect(photos.find((p) => p.id === first.photo.id)).toMatchObject({
      kind: 'signature',
      flags: [],
    });
  });

  it('refuses an evidence kind it does not know', async () => {
    const png = await transparentSignature();
    const response = await start('teacher', draft.screeningId, png, randomUUID(), {
      mime: 'image/png',
      kind: 'fingerprint',
    });
    expect(response.statusCode).toBe(400);
    expect(firstIssue(response)).toMatchObject({
      code: 'UNKNOWN_OPTION',
      path: 'kind',
      message: { th: expect.stringContaining('fingerprint') },
    });
  });

  it('answers 404 to a teacher of another class, an analyst and a system admin', async () => {
    const bytes = await scene(24).jpeg().toBuffer();
    const { photo } = await upload(submitted.screeningId, bytes);
    const uploadId = randomUUID();
    expect((await start('teacher', submitted.screeningId, bytes, uploadId)).statusCode).toBe(201);

    const refusedStart = await start('other-teacher', submitted.screeningId, bytes);
    expect(refusedStart.statusCode).toBe(404);
    expect(firstIssue(refusedStart)).toMatchObject({
      code: 'EVIDENCE_SCREENING_NOT_FOUND',
      path: 'screeningId',
    });
    for (const response of [
      await patch('other-teacher', uploadId, 0, bytes),
      await get('other-teacher', `/api/uploads/${uploadId}`),
      await get('other-teacher', `/api/uploads/${photo.id}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(codeOf(response)).toBe('UPLOAD_NOT_FOUND');
    }
    const list = `/api/screenings/${submitted.screeningId}/photos`;
    for (const who of ['other-teacher', 'analyst', 'admin']) {
      expect(codeOf(await get(who, list))).toBe('EVIDENCE_SCREENING_NOT_FOUND');
      const image = await get(who, `/api/photos/${photo.id}`);
      expect(image.statusCode).toBe(404);
      expect(codeOf(image)).toBe('PHOTO_NOT_FOUND');
    }
    expect(codeOf(await get('analyst', `/api/photos/${randomUUID()}`))).toBe('PHOTO_NOT_FOUND');
    expect((await start('analyst', submitted.screeningId, bytes)).statusCode).toBe(403);
    expect((await app.inject({ url: list })).statusCode).toBe(401);
    // The upload is untouched by the refused chunk.
    expect((await get('teacher', `/api/uploads/${uploadId}`)).json()).toMatchObject({ offset: 0 });
  });

  it('refuses a chunk at the wrong offset with the offset to resume from', async () => {
    const bytes = await scene(25).jpeg().toBuffer();
    const uploadId = randomUUID();
    await start('teacher', draft.screeningId, bytes, uploadId);
    expect((await patch('teacher', uploadId, 0, bytes.subarray(0, 100))).statusCode).toBe(200);
    const skipped = await patch('teacher', uploadId, 300, bytes.subarray(300, 400));
    expect(skipped.statusCode).toBe(409);
    expect(skipped.headers['upload-offset']).toBe('100');
    expect(firstIssue(skipped)).toMatchObject({
      code: 'UPLOAD_OFFSET_MISMATCH',
      path: 'offset',
      message: { th: expect.stringContaining('100') },
    });
  });

  it('refuses photos for a confirmed screening, but answers a retry of an upload started before', async () => {
    const bytes = await scene(26).jpeg().toBuffer();
    const setStatus = (status: string) =>
      engine
        .handle()
        .sql('update screening set status = $2 where id = $1', [confirmed.screeningId, status]);
    const early = randomUUID();
    await setStatus('submitted');
    expect((await start('teacher', confirmed.screeningId, bytes, early)).statusCode).toBe(201);
    await setStatus('confirmed');

    const response = await start('teacher', confirmed.screeningId, bytes);
    expect(response.statusCode).toBe(409);
    expect(firstIssue(response)).toMatchObject({
      code: 'EVIDENCE_SCREENING_CLOSED',
      path: 'screeningId',
    });
    const retry = await start('teacher', confirmed.screeningId, bytes, early);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ state: 'partial', offset: 0 });
  });

  it('refuses a 26 MiB photo before any byte is sent', async () => {
    const uploadId = randomUUID();
    const large = await app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: as('teacher'),
      payload: {
        uploadId,
        screeningId: draft.screeningId,
        length: 26 * MiB,
        mime: 'image/jpeg',
        kind: 'outside',
        source: 'teacher_visit',
      },
    });
    expect(large.statusCode).toBe(413);
    expect(firstIssue(large)).toMatchObject({ code: 'PHOTO_TOO_LARGE', path: 'length' });
    expect((await get('teacher', `/api/uploads/${uploadId}`)).statusCode).toBe(404);
  });

  it('answers junk with a refusal, never a server error', async () => {
    const uploadId = randomUUID();
    await start('teacher', draft.screeningId, Buffer.alloc(2000), uploadId);
    const raw = (headers: Record<string, string>, payload: string | Buffer) =>
      app.inject({
        method: 'PATCH',
        url: `/api/uploads/${uploadId}`,
        headers: { ...as('teacher'), ...headers },
        payload,
      });
    const post = (payload: string) =>
      app.inject({
        method: 'POST',
        url: '/api/uploads',
        headers: { ...as('teacher'), 'content-type': 'application/json' },
        payload,
      });
    const cases: Array<[LightMyRequestResponse, number, string?]> = [
      [await post('{"uploadId": '), 400],
      [await post('[]'), 400],
      [
        await post(
          JSON.stringify({
            uploadId: 'x',
            screeningId: 'y',
            length: 1.5,
            mime: 'a',
            kind: 'b',
            source: 'c',
          }),
        ),
        400,
        'UPLOAD_ID_FORMAT',
      ],
      [
        await raw({ 'content-type': 'application/json', 'upload-offset': '0' }, '{"a":1}'),
        415,
        'UPLOAD_CONTENT_TYPE',
      ],
      [
        await raw({ 'content-type': 'text/plain', 'upload-offset': '0' }, 'hello'),
        415,
        'UPLOAD_CONTENT_TYPE',
      ],
      [await raw({ 'content-type': CHUNK_TYPE }, 'hello'), 400, 'HTTP_INVALID_REQUEST'],
      [await raw({ 'content-type': CHUNK_TYPE, 'upload-offset': '-5' }, 'hello'), 400],
      [
        await raw(
          { 'content-type': CHUNK_TYPE, 'upload-offset': '0' },
          Buffer.alloc(UPLOAD_CHUNK.maxBytes + 1),
        ),
        413,
        'UPLOAD_CHUNK_TOO_LARGE',
      ],
      [
        await raw({ 'content-type': CHUNK_TYPE, 'upload-offset': '0' }, Buffer.alloc(2001)),
        413,
        'UPLOAD_BEYOND_LENGTH',
      ],
      [
        await raw({ 'content-type': CHUNK_TYPE, 'upload-offset': '0' }, Buffer.alloc(2000, 0x41)),
        415,
        'PHOTO_TYPE_UNKNOWN',
      ],
      [await get('teacher', '/api/uploads/not-an-id'), 404, 'UPLOAD_NOT_FOUND'],
      [await get('teacher', '/api/photos/%27%3B--'), 404, 'PHOTO_NOT_FOUND'],
      [await get('teacher', '/api/screenings/nothing/photos'), 404, 'EVIDENCE_SCREENING_NOT_FOUND'],
    ];
    for (const [response, status, code] of cases) {
      expect(response.statusCode, response.body).toBe(status);
      const found = firstIssue(response);
      expect(found?.message.th).toBeTruthy();
      if (code !== undefined) expect(found?.code).toBe(code);
    }
    // The refused file was discarded: the phone starts again.
    expect(codeOf(await get('teacher', `/api/uploads/${uploadId}`))).toBe('UPLOAD_NOT_FOUND');
  });

  it('removes abandoned uploads when the application starts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'isee-sweep-'));
    const uploads = uploadArea(join(dir, 'uploads'));
    const manifest = {
      length: 10,
      mime: 'image/jpeg',
      screeningId: draft.screeningId,
      kind: 'outside',
      source: 'teacher_visit',
      uploadedBy: 1,
    } as const;
    const [old, fresh] = [randomUUID(), randomUUID()];
    await uploads.start({ ...manifest, uploadId: old });
    await uploads.start({ ...manifest, uploadId: fresh });
    const long = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
    await utimes(join(dir, 'uploads', `${old}.part`), long, long);
    const started = await buildApp({
      db: engine.handle(),
      idKeys: TEST_ID_KEYS,
      files: { store: localBlobStore(join(dir, 'files')), uploads },
    });
    try {
      await started.ready();
      expect((await readdir(join(dir, 'uploads'))).sort()).toEqual(
        [`${fresh}.json`, `${fresh}.part`].sort(),
      );
    } finally {
      await started.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves an unbroken audit trail without personal data', async () => {
    const verified = unwrap(await verifyAudit(engine.handle()));
    expect(verified.firstBrokenId).toBeUndefined();
  });
});
