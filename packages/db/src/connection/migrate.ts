import { fileURLToPath } from 'node:url';
import { fail, issue, ok, type Result } from '@isee/domain';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './handle.js';
import { reasonOf } from './reason.js';

/**
 * The committed migrations: `packages/db/migrations`, two levels up from this file both in src/
 * (vitest) and in dist/ (the built package), so the same code finds them in either.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Any key: it only keeps two servers starting at once from migrating the same database together. */
const MIGRATION_LOCK_KEY = 0x15ee_d8;

/**
 * Applies the migrations not yet applied (drizzle's journal in the `drizzle` schema); idempotent.
 * On PostgreSQL one session holds an advisory lock throughout, so concurrent start-ups wait.
 */
export async function migrateDatabase(
  handle: DatabaseHandle,
  migrationsFolder: string = MIGRATIONS_FOLDER,
): Promise<Result<void>> {
  try {
    if (handle.kind === 'pglite') {
      await migrateLite(drizzleLite({ client: handle.client }), { migrationsFolder });
      return ok(undefined);
    }
    const session = await handle.client.connect();
    try {
      await session.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await migratePg(drizzlePg({ client: session }), { migrationsFolder });
    } finally {
      const unlocked = await session
        .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
        .then(
          () => true,
          () => false,
        );
      // A connection that may still hold the lock is closed rather than returned to the pool.
      session.release(!unlocked);
    }
    return ok(undefined);
  } catch (error) {
    return fail([issue('MIGRATION_FAILED', '', { reason: reasonOf(error) })]);
  }
}
