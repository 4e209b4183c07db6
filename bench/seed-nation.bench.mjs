// `seed --scale nation` into PostgreSQL: a fresh database is made for the run and dropped after.
// Baseline, in the same run: generating the same rows (encryption of IDs and PMT scoring included)
// without writing them. A full nation (31,000 schools, ~4 M students) takes too long for the bench
// budget on a small machine, so by default the bench seeds a fixed share of the nation's schools,
// drawn per school (SEED_BENCH_FRACTION, default 0.1); set it to 1 for the full run.
// Memory: process.resourceUsage().maxRSS is the peak of the whole process (baseline included).
import { adminQuery, printResult, unwrap } from './lib.mjs';
import { migrateDatabase, openPostgres } from '../packages/db/dist/connection/index.js';
import { deriveIdKeys, encryptNationalId } from '../packages/db/dist/crypto/index.js';
import { loadThaiAreas } from '../packages/db/dist/reference/index.js';
import {
  planSchools,
  provinceShapes,
  schoolBatches,
  seedDatabase,
  studentBatches,
} from '../packages/db/dist/seed/index.js';

const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const FRACTION = Number(process.env.SEED_BENCH_FRACTION ?? '0.1');
const SEED = 2026;
const idKeys = deriveIdKeys(new Uint8Array(32).fill(42));

// Baseline: the same schools and rows, generated and counted, not written.
const areas = await loadThaiAreas();
let started = performance.now();
const schools = planSchools(areas, provinceShapes(), {
  scale: 'nation',
  seed: SEED,
  fraction: FRACTION,
});
const protectId = (id) => unwrap(encryptNationalId(idKeys, id));
let generated = 0;
let students = 0;
for (const b of schoolBatches(schools)) generated += b.rows.length;
for (const b of studentBatches(schools, { seed: SEED, cycleId: 1, createdBy: 1, protectId })) {
  generated += b.rows.length;
  if (b.table === 'student') students += b.rows.length;
}
const generateSeconds = (performance.now() - started) / 1000;
console.log(
  `generate only: ${schools.length} schools, ${students} students, ${generated} rows in ${generateSeconds.toFixed(1)} s`,
);

const name = `isee_bench_seed_${process.pid}`;
await adminQuery(ADMIN_URL, `create database ${name}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
let seedSeconds;
let written;
try {
  const handle = unwrap(await openPostgres(url.toString()));
  try {
    unwrap(await migrateDatabase(handle));
    started = performance.now();
    const summary = unwrap(
      await seedDatabase(handle, { scale: 'nation', seed: SEED, fraction: FRACTION, idKeys }),
    );
    seedSeconds = (performance.now() - started) / 1000;
    written = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(`seed (COPY): ${written} rows in ${seedSeconds.toFixed(1)} s`, summary.rows);
  } finally {
    await handle.close();
  }
} finally {
  await adminQuery(ADMIN_URL, `drop database if exists ${name} with (force)`);
}
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`peak RSS ${peakRssMB} MB`);

printResult({
  bench: 'seed-nation',
  metric: 'rows/s written to PostgreSQL (baseline: rows/s generated, not written)',
  value: written / seedSeconds,
  baseline: generated / generateSeconds,
  fraction: FRACTION,
  schools: schools.length,
  students,
  seedSeconds: Number(seedSeconds.toFixed(1)),
  generateSeconds: Number(generateSeconds.toFixed(1)),
  peakRssMB,
});
