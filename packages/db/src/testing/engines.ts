/**
 * The two-engine test harness: every database suite runs on both engines, so "the same behaviour on
 * PGlite and on PostgreSQL" is tested, not hoped for.
 *
 *   describeEachEngine('person repository', (engine) => {
 *     it('finds a person by hash', async () => {
 *       const rows = await engine.handle().sql('select 1 as one');
 *     });
 *   });
 *
 * - PGlite: always, in memory, one fresh migrated database per suite (per describeEachEngine call).
 * - PostgreSQL: when TEST_DATABASE_URL is set (an admin-capable URL, e.g.
 *   postgres://postgres@127.0.0.1:5432/isee_test). Each suite gets its own freshly created database
 *   `isee_t_<pid>_<random>`, migrated, and dropped afterwards, so test files run in parallel and
 *   leave nothing behind. Without TEST_DATABASE_URL the PostgreSQL half is skipped with a printed
 *   notice — unless CI=true, where a missing PostgreSQL is a failing test instead.
 * Suites share their database between their tests: clean up, or use unique values, per test.
 * `{ migrated: false }` leaves the database empty, for tests of the migrations themselves.
 */
import { randomBytes } from 'node:crypto';
import { unwrap } from '@isee/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Database, DatabaseHandle } from '../connection/handle.js';
import { migrateDatabase } from '../connection/migrate.js';
import { openMemoryDatabase, openPostgres } from '../connection/open.js';

export type EngineKind = DatabaseHandle['kind'];

export interface EngineContext {
  readonly kind: EngineKind;
  /** The suite's open, migrated database (available from beforeAll on). */
  handle(): DatabaseHandle;
  db(): Database;
}

interface Opened {
  readonly handle: DatabaseHandle;
  dispose(): Promise<void>;
}

export interface EngineOptions {
  /** false: the database is left empty (for tests of migrations themselves). Default true. */
  readonly migrated?: boolean;
}

/** Opens once before the suite and disposes after it; the context reads the handle lazily. */
function suiteContext(
  kind: EngineKind,
  open: () => Promise<Opened>,
  options: EngineOptions,
): EngineContext {
  let opened: Opened | undefined;
  beforeAll(async () => {
    opened = await open();
    if (options.migrated !== false) unwrap(await migrateDatabase(opened.handle));
  }, 120_000);
  afterAll(async () => opened?.dispose());
  const handle = (): DatabaseHandle => {
    if (opened === undefined) throw new Error(`the ${kind} database is opened in beforeAll`);
    return opened.handle;
  };
  return { kind, handle, db: () => handle().db };
}

async function openMemory(): Promise<Opened> {
  const handle = await openMemoryDatabase();
  return { handle, dispose: () => handle.close() };
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own on the server of adminUrl, dropped (even if still connected) on dispose. */
export async function openFreshPostgres(adminUrl: string): Promise<Opened> {
  const name = `isee_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`create database ${quoteIdent(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openPostgres(url.toString());
  if (!opened.ok) {
    await admin(adminUrl, (c) => c.query(`drop database if exists ${quoteIdent(name)}`));
    unwrap(opened);
  }
  const handle = unwrap(opened);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await admin(adminUrl, (c) =>
        c.query(`drop database if exists ${quoteIdent(name)} with (force)`),
      );
    },
  };
}

let noticePrinted = false;

/** Where PostgreSQL tests connect: the URL, or undefined after the notice (a failure under CI). */
export function postgresTestUrl(): string | undefined {
  const url = process.env['TEST_DATABASE_URL']?.trim();
  if (url) return url;
  if (!noticePrinted && process.env['CI'] !== 'true') {
    noticePrinted = true;
    console.warn('TEST_DATABASE_URL is not set: PostgreSQL tests are skipped (PGlite only).');
  }
  return undefined;
}

/** Runs the suite on PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL. */
export function describeEachEngine(
  name: string,
  suite: (engine: EngineContext) => void,
  options: EngineOptions = {},
): void {
  describe(`${name} [PGlite]`, () => suite(suiteContext('pglite', openMemory, options)));
  const url = postgresTestUrl();
  if (url !== undefined) {
    describe(`${name} [PostgreSQL]`, () =>
      suite(suiteContext('postgres', () => openFreshPostgres(url), options)));
  } else if (process.env['CI'] === 'true') {
    describe(`${name} [PostgreSQL]`, () => {
      it('has a PostgreSQL to run on (CI=true needs TEST_DATABASE_URL)', () => {
        throw new Error('CI=true but TEST_DATABASE_URL is not set');
      });
    });
  } else {
    // Collected so the skipped tests are listed, never opened.
    describe.skip(`${name} [PostgreSQL]`, () =>
      suite(suiteContext('postgres', () => Promise.reject(new Error('skipped')), options)));
  }
}
