import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unwrap } from '@isee/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection/handle.js';
import { migrateDatabase } from '../connection/migrate.js';
import { openPglite, openPostgres } from '../connection/open.js';
import { openFreshPostgres, postgresTestUrl } from '../testing/engines.js';
import { TS_NODE_ARGS } from '../testing/ts-child.js';
import {
  FIXTURE_SCHOOL_CODES,
  seedRosterFixture,
  syntheticId,
  THAI_HEADER,
  writeCsv,
  type RosterLine,
} from './test-fixture.js';

const ROWS = 60_000;
/** The child is killed once this many rows are read: well into the file, well before its end. */
const KILL_AFTER_ROWS = 12_000;

const here = (file: string) => pathToFileURL(join(import.meta.dirname, file)).href;

/** The child: opens the database as the CLI would and imports, printing progress after each COPY. */
const CHILD = `
import { openPglite, openPostgres } from ${JSON.stringify(here('../connection/open.ts'))};
import { importRoster } from ${JSON.stringify(here('./import.ts'))};
import { fixtureKeys } from ${JSON.stringify(here('./test-fixture.ts'))};
const [engine, target, file] = process.argv.slice(2);
const opened = engine === 'pglite' ? await openPglite(target) : await openPostgres(target);
if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
const result = await importRoster(opened.value, {
  file, semesterId: 25691, keys: fixtureKeys(), batchRows: 2000,
  onProgress: (rows) => console.log('progress ' + rows),
});
console.log('done ' + result.ok);
`;

/** Runs the child and SIGKILLs it as soon as it reports KILL_AFTER_ROWS rows read. */
function importAndKill(script: string, args: readonly string[]) {
  return new Promise<{ signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = spawn(process.execPath, [...TS_NODE_ARGS, script, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const read = [...stdout.matchAll(/progress (\d+)/g)].map((m) => Number(m[1]));
        if (Math.max(0, ...read) >= KILL_AFTER_ROWS) child.kill('SIGKILL');
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (_code, signal) => resolve({ signal, stdout, stderr }));
    },
  );
}

const counts = async (h: DatabaseHandle) =>
  (
    await h.sql<Record<string, number>>(
      `select (select count(*)::int from person) as person, (select count(*)::int from student) as student,
              (select count(*)::int from enrolment) as enrolment`,
    )
  )[0];

describe('roster import killed mid-file', () => {
  let dir: string;
  let file: string;
  let script: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isee-kill-'));
    file = join(dir, 'large.csv');
    script = join(dir, 'child.mjs');
    await writeFile(script, CHILD);
    const lines = Array.from({ length: ROWS }, (_, i): RosterLine => [
      syntheticId(i + 1),
      '',
      'เด็กชาย',
      `ชื่อ${i}`,
      'สกุล',
      '',
      '12/05/2555',
      FIXTURE_SCHOOL_CODES[i % 2] ?? '',
      'ป.1',
      String(i % 5),
      '',
    ]);
    await writeCsv(file, THAI_HEADER, lines);
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('leaves no partial rows in a PGlite data directory, which opens again afterwards', async () => {
    const dataDir = join(dir, 'data');
    const setup = unwrap(await openPglite(dataDir));
    unwrap(await migrateDatabase(setup));
    await seedRosterFixture(setup);
    await setup.close();

    const run = await importAndKill(script, ['pglite', dataDir, file]);
    expect(run.signal, run.stderr).toBe('SIGKILL');
    expect(run.stdout).toContain('progress');
    expect(run.stdout).not.toContain('done');

    const after = unwrap(await openPglite(dataDir));
    try {
      expect(await counts(after)).toEqual({ person: 0, student: 0, enrolment: 0 });
      expect(await after.sql('select status from import_job')).toEqual([{ status: 'running' }]);
    } finally {
      await after.close();
    }
  }, 120_000);

  const url = postgresTestUrl();
  // Skipped without TEST_DATABASE_URL, except under CI, where a missing PostgreSQL is a failure.
  it.skipIf(url === undefined && process.env['CI'] !== 'true')(
    'leaves no partial rows in PostgreSQL',
    async () => {
      if (url === undefined) throw new Error('CI=true but TEST_DATABASE_URL is not set');
      const fresh = await openFreshPostgres(url);
      try {
        unwrap(await migrateDatabase(fresh.handle));
        await seedRosterFixture(fresh.handle);
        const target =
          fresh.handle.kind === 'postgres' ? fresh.handle.client.options.connectionString : '';
        const run = await importAndKill(script, ['postgres', target ?? '', file]);
        expect(run.signal, run.stderr).toBe('SIGKILL');
        expect(run.stdout).not.toContain('done');
        // The server ends the killed client's session, and its transaction with it.
        const check = unwrap(await openPostgres(target ?? ''));
        try {
          expect(await counts(check)).toEqual({ person: 0, student: 0, enrolment: 0 });
        } finally {
          await check.close();
        }
      } finally {
        await fresh.dispose();
      }
    },
    120_000,
  );
});
