import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fail, issue, ok, type Result } from '@isee/domain';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from '../schema/index.js';
import type { DbConfig } from './config.js';
import { RAW_PARSERS, type DatabaseHandle, type Row } from './handle.js';
import { acquireDataDirLock, type DataDirLock } from './lock.js';
import { reasonOf } from './reason.js';

/** PGlite's files live in this subdirectory of the data directory, beside the lock and the key. */
export const PGLITE_DIR = 'pglite';

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= action());
}

function pgliteHandle(client: PGlite, lock: DataDirLock | undefined): DatabaseHandle {
  return {
    kind: 'pglite',
    client,
    db: drizzleLite({ client, schema }),
    sql: async <R extends Row>(text: string, params: readonly unknown[] = []) =>
      (await client.query<R>(text, [...params], { parsers: RAW_PARSERS })).rows,
    close: once(async () => {
      try {
        await client.close();
      } finally {
        await lock?.release();
      }
    }),
  };
}

const rawTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    RAW_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A pool on PostgreSQL, checked with one round trip so a wrong URL fails here, clearly. */
export async function openPostgres(url: string): Promise<Result<DatabaseHandle>> {
  const client = new pg.Pool({ connectionString: url });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  client.on('error', (error) => console.error(`PostgreSQL pool: ${error.message}`));
  try {
    await client.query('select 1');
  } catch (error) {
    await client.end();
    return fail([
      issue('DATABASE_UNAVAILABLE', 'DATABASE_URL', {
        engine: 'PostgreSQL',
        reason: reasonOf(error),
      }),
    ]);
  }
  return ok({
    kind: 'postgres',
    client,
    db: drizzlePg({ client, schema }),
    sql: async <R extends Row>(text: string, params: readonly unknown[] = []) =>
      (await client.query<R>({ text, values: [...params], types: rawTypes })).rows,
    close: once(() => client.end()),
  });
}

/** The embedded database in `${dataDir}/pglite`, held under the data-directory lock. */
export async function openPglite(dataDir: string): Promise<Result<DatabaseHandle>> {
  const lock = await acquireDataDirLock(dataDir);
  if (!lock.ok) return lock;
  try {
    return ok(pgliteHandle(await PGlite.create(path.join(dataDir, PGLITE_DIR)), lock.value));
  } catch (error) {
    await lock.value.release();
    return fail([
      issue('DATABASE_UNAVAILABLE', 'ISEE_DATA_DIR', { engine: 'PGlite', reason: reasonOf(error) }),
    ]);
  }
}

/** A throw-away embedded database in memory (tests, previews): no files, no lock. */
export async function openMemoryDatabase(): Promise<DatabaseHandle> {
  return pgliteHandle(await PGlite.create(), undefined);
}

/** DATABASE_URL set → PostgreSQL; unset → embedded PGlite in the data directory. */
export function openDatabase(config: DbConfig): Promise<Result<DatabaseHandle>> {
  return config.databaseUrl === undefined
    ? openPglite(config.dataDir)
    : openPostgres(config.databaseUrl);
}
