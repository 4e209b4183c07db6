// Roster import of a 1 M-row CSV (valid rows against seeded schools) into PostgreSQL, with every
// row validated, IDs hashed and encrypted, persons, students and enrolments upserted in one
// transaction, against `psql \copy` of the same file into a plain text staging table in the same
// run: the raw floor of getting those bytes into the server. Then the same import on PGlite (an
// on-disk data directory) with fewer rows, since PGlite is single-threaded WASM.
// PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (admin-capable), else
// postgres://postgres@127.0.0.1:5432/postgres; a fresh database is made and dropped. ROSTER_ROWS
// and ROSTER_PGLITE_ROWS override the sizes.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL } from 'node:url';
import { migrateDatabase } from '../packages/db/dist/connection/migrate.js';
import { openPglite, openPostgres } from '../packages/db/dist/connection/open.js';
import { importRoster } from '../packages/db/dist/roster/index.js';
import {
  fixtureKeys,
  seedRosterFixture,
  syntheticId,
  THAI_HEADER,
} from '../packages/db/dist/roster/test-fixture.js';
import { adminQuery, printResult, unwrap } from './lib.mjs';

const ROWS = Number(process.env.ROSTER_ROWS ?? 1_000_000);
const PGLITE_ROWS = Number(process.env.ROSTER_PGLITE_ROWS ?? 200_000);
const SCHOOLS = 2_000;
const SEMESTER = 25691;
const adminUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const schoolCodes = Array.from({ length: SCHOOLS }, (_, i) => String(1050100001 + i));
const GRADES = [
  'อ.1',
  'อ.2',
  'ป.1',
  'ป.2',
  'ป.3',
  'ป.4',
  'ป.5',
  'ป.6',
  'ม.1',
  'ม.2',
  'ม.3',
  'ปวช.1',
];

/** A DMC-like roster of n valid rows: Buddhist-era dates, Thai grades, a tenth flagged poor. */
async function writeRoster(file, n) {
  const out = createWriteStream(file);
  out.write(`\uFEFF${THAI_HEADER.join(',')}\n`);
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const line = `${syntheticId(i + 1)},,เด็กชาย,ชื่อ${i},นามสกุล${i % 997},ชาย,${day}/${month}/${2552 + (i % 8)},${schoolCodes[i % SCHOOLS]},${GRADES[i % GRADES.length]},${1 + (i % 4)},${i % 10 === 0 ? 'ใช่' : ''}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const seconds = (t) => (performance.now() - t) / 1000;
const rate = (n, s) => Math.round(n / s);
const fmt = (n) => n.toLocaleString('en-US');

const dir = mkdtempSync(join(tmpdir(), 'isee-roster-bench-'));
const dbName = `isee_bench_roster_${process.pid}`;
try {
  const file = join(dir, 'roster.csv');
  let t = performance.now();
  await writeRoster(file, ROWS);
  console.log(
    `generated ${fmt(ROWS)} rows (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB) in ${seconds(t).toFixed(1)} s`,
  );

  await adminQuery(adminUrl, `create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const handle = unwrap(await openPostgres(url.toString()));
  try {
    unwrap(await migrateDatabase(handle));
    await seedRosterFixture(handle, schoolCodes);

    await handle.sql(
      `create unlogged table copy_baseline (${THAI_HEADER.map((_, i) => `c${i} text`).join(', ')})`,
    );
    t = performance.now();
    const copy = spawnSync(
      'psql',
      [
        url.toString(),
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy copy_baseline from '${file}' with (format csv, header true)`,
      ],
      { encoding: 'utf8' },
    );
    if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
    const copySeconds = seconds(t);
    const copyRate = rate(ROWS, copySeconds);
    console.log(
      `baseline, psql \\copy into a plain text table: ${fmt(ROWS)} rows in ${copySeconds.toFixed(1)} s = ${fmt(copyRate)} rows/s`,
    );

    t = performance.now();
    const summary = unwrap(
      await importRoster(handle, { file, semesterId: SEMESTER, keys: fixtureKeys() }),
    );
    const importSeconds = seconds(t);
    const importRate = rate(ROWS, importSeconds);
    if (summary.rowsAccepted !== ROWS)
      throw new Error(`accepted ${summary.rowsAccepted} of ${ROWS}`);
    console.log(
      `importRoster on PostgreSQL (validated, hashed, encrypted, upserted, one transaction): ${fmt(ROWS)} rows in ${importSeconds.toFixed(1)} s = ${fmt(importRate)} rows/s`,
    );

    t = performance.now();
    const again = unwrap(
      await importRoster(handle, { file, semesterId: SEMESTER, keys: fixtureKeys() }),
    );
    if (
      again.personsInserted +
        again.personsUpdated +
        again.enrolmentsInserted +
        again.enrolmentsUpdated !==
      0
    ) {
      throw new Error('the second import changed rows');
    }
    console.log(`same file again (idempotent, nothing changed): ${seconds(t).toFixed(1)} s`);

    const pgliteFile = join(dir, 'roster-pglite.csv');
    await writeRoster(pgliteFile, PGLITE_ROWS);
    const lite = unwrap(await openPglite(join(dir, 'pglite-data')));
    try {
      unwrap(await migrateDatabase(lite));
      await seedRosterFixture(lite, schoolCodes);
      t = performance.now();
      unwrap(
        await importRoster(lite, { file: pgliteFile, semesterId: SEMESTER, keys: fixtureKeys() }),
      );
      const liteSeconds = seconds(t);
      console.log(
        `importRoster on PGlite (data directory), ${fmt(PGLITE_ROWS)} rows: ${liteSeconds.toFixed(1)} s = ${fmt(rate(PGLITE_ROWS, liteSeconds))} rows/s`,
      );
    } finally {
      await lite.close();
    }

    printResult({
      bench: 'roster-import',
      metric: 'rows/s',
      value: importRate,
      baseline: copyRate,
    });
  } finally {
    await handle.close();
  }
} finally {
  await adminQuery(adminUrl, `drop database if exists ${dbName} with (force)`).catch(
    () => undefined,
  );
  rmSync(dir, { recursive: true, force: true });
}
