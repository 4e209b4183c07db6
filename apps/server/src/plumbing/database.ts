import type { DatabaseHandle } from '@isee/db';

/**
 * What routes and repositories need of the database: its engine, raw SQL (repositories own the SQL),
 * and Drizzle for transactions, so a write and its audit row commit together.
 */
export type Database = Pick<DatabaseHandle, 'kind' | 'sql' | 'db'>;
