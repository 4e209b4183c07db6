import type { DatabaseHandle } from '@isee/db';

/** What routes and repositories need of the database: its engine and raw SQL (repositories own the SQL). */
export type Database = Pick<DatabaseHandle, 'kind' | 'sql'>;
