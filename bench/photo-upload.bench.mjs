// Evidence photo uploads over HTTP against PostgreSQL: C teachers' phones at once send K JPEG photos
// (1600×1200, ~300 KB, EXIF time and GPS, each a different scene) to one draft screening through
// the resumable upload routes, `POST /api/uploads` then `PATCH /api/uploads/:id` in 256 KiB chunks,
// on the real application (bench/serve.mjs, in its own thread). Baseline, in the same run: the
// server's own photo processing (processPhoto: checks, EXIF, re-encode, hashes) on the same images
// in-process, C at a time, with no HTTP and no database. Afterwards the database must hold the K
// photos and the audit chain must verify. PHOTO_BENCH_COUNT (default 200), PHOTO_BENCH_CLIENTS (4).
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { processPhoto } from '../apps/server/dist/modules/evidence/photo.js';
import { withCameraExif } from '../apps/server/dist/modules/evidence/test-images.js';
import { verifyAudit } from '../packages/db/dist/audit/index.js';
import {
  fetch,
  householdForm,
  login,
  seededDatabase,
  serveInThread,
  unscreenedStudents,
} from './http.mjs';
import { mulberry32, printResult, unwrap } from './lib.mjs';

const COUNT = Number(process.env.PHOTO_BENCH_COUNT ?? 200);
const CLIENTS = Number(process.env.PHOTO_BENCH_CLIENTS ?? 4);
const CHUNK = 256 * 1024;
const WIDTH = 1600;
const HEIGHT = 1200;
const RAW = { width: WIDTH, height: HEIGHT, channels: 3 };

const seconds = (t) => (performance.now() - t) / 1000;
const mb = (bytes) => bytes / 1e6;

/** Runs `work` on every item, `concurrency` at a time. */
async function eachAtOnce(items, concurrency, work) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

/**
 * K photos of different smooth random scenes under one layer of sensor-like noise: the scenes keep
 * their perceptual hashes apart (no reuse match), the noise brings a JPEG to a phone photo's size.
 */
async function makePhotos(count, place) {
  const noise = await sharp({
    create: {
      ...RAW,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: 'gaussian', mean: 128, sigma: 16 },
    },
  })
    .raw()
    .toBuffer();
  const random = mulberry32(7);
  const scenes = Array.from({ length: count }, () =>
    Buffer.from(Array.from({ length: 12 * 9 * 3 }, () => Math.floor(random() * 256))),
  );
  const takenAt = new Date();
  const photos = new Array(count);
  await eachAtOnce([...photos.keys()], 2, async (i) => {
    const scene = await sharp(scenes[i], { raw: { width: 12, height: 9, channels: 3 } })
      .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
      .raw()
      .toBuffer();
    photos[i] = await withCameraExif(
      sharp(scene, { raw: RAW }).composite([{ input: noise, raw: RAW, blend: 'overlay' }]),
      takenAt,
      place,
      'iSEE bench camera',
    ).toBuffer();
  });
  return photos;
}

/** One phone's upload: start, then the chunks in order; answers the final state's status. */
async function upload(base, headers, screeningId, photo) {
  const uploadId = randomUUID();
  const started = await fetch(`${base}/api/uploads`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      uploadId,
      screeningId,
      length: photo.length,
      mime: 'image/jpeg',
      kind: 'outside',
      source: 'teacher_visit',
    }),
  });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${await started.text()}`);
  await started.arrayBuffer();
  let state;
  for (let offset = 0; offset < photo.length; offset += CHUNK) {
    const answer = await fetch(`${base}/api/uploads/${uploadId}`, {
      method: 'PATCH',
      headers: {
        ...headers,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(offset),
      },
      body: photo.subarray(offset, offset + CHUNK),
    });
    state = await answer.json();
    if (answer.status !== 200) throw new Error(`chunk at ${offset}: ${answer.status}`);
  }
  if (state.state !== 'complete') throw new Error(`upload ${uploadId} ended ${state.state}`);
}

const db = await seededDatabase('isee_bench_photo', 0.02);
let failed = true;
try {
  const [student] = await unscreenedStudents(db.handle, db.cycleId, db.semesterId);
  let t = performance.now();
  const photos = await makePhotos(COUNT, student.home);
  const bytes = photos.reduce((sum, p) => sum + p.length, 0);
  console.log(
    `made ${COUNT} JPEG photos ${WIDTH}×${HEIGHT} with EXIF, ${Math.round(bytes / COUNT / 1024)} KiB on average, in ${seconds(t).toFixed(1)} s`,
  );

  t = performance.now();
  await eachAtOnce(photos, CLIENTS, async (photo) => {
    unwrap(await processPhoto(photo, 'image/jpeg'));
  });
  const processSeconds = seconds(t);
  const processRate = COUNT / processSeconds;
  console.log(
    `baseline, processPhoto in-process (${CLIENTS} at a time, no HTTP, no database): ${processRate.toFixed(1)} photos/s, ${(mb(bytes) / processSeconds).toFixed(1)} MB/s`,
  );

  const app = await serveInThread({ kind: 'app', databaseUrl: db.url });
  let httpSeconds;
  try {
    const headers = await login(app.base, db.teachers.get(student.schoolId));
    const screeningId = randomUUID();
    const draft = await fetch(`${app.base}/api/screenings/${screeningId}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        cycleId: db.cycleId,
        studentId: student.studentId,
        baseVersion: null,
        form: householdForm(student.home, 0),
        submit: false,
      }),
    });
    if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${await draft.text()}`);
    t = performance.now();
    await eachAtOnce(photos, CLIENTS, (photo) => upload(app.base, headers, screeningId, photo));
    httpSeconds = seconds(t);
  } finally {
    await app.close();
  }
  const httpRate = COUNT / httpSeconds;
  console.log(
    `HTTP upload (${CLIENTS} clients, ${CHUNK / 1024} KiB chunks, PostgreSQL): ${COUNT} photos in ${httpSeconds.toFixed(1)} s = ${httpRate.toFixed(1)} photos/s, ${(mb(bytes) / httpSeconds).toFixed(1)} MB/s`,
  );

  const [{ stored }] = await db.handle.sql('select count(*)::int as stored from photo_evidence');
  const audit = unwrap(await verifyAudit(db.handle));
  const auditHolds = audit.firstBrokenId === undefined;
  console.log(
    `database: ${stored} photos stored of ${COUNT} sent; audit chain: ${audit.rows} rows ${auditHolds ? 'verified' : `BROKEN at ${audit.firstBrokenId} (${audit.reason})`}`,
  );
  failed = stored !== COUNT || !auditHolds;
  if (!failed)
    printResult({
      bench: 'photo-upload',
      metric: 'photos/s uploaded over HTTP, PostgreSQL (baseline: processPhoto in-process)',
      value: httpRate,
      baseline: processRate,
      mbPerSecond: Number((mb(bytes) / httpSeconds).toFixed(2)),
      baselineMbPerSecond: Number((mb(bytes) / processSeconds).toFixed(2)),
    });
} finally {
  await db.handle.close();
  await db.drop();
}
process.exit(failed ? 1 : 0);
