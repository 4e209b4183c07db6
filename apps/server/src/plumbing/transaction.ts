import type { DatabaseHandle, Row } from '@isee/db';
import type { SQL } from 'drizzle-orm';

/** A Drizzle transaction of either engine: writes and their audit rows commit together in one. */
export type Transaction = Parameters<Parameters<DatabaseHandle['db']['transaction']>[0]>[0];

/** The rows of a statement run in a transaction; both drivers put them in `rows`. */
export const rowsOf = async (tx: Transaction, query: SQL): Promise<Row[]> =>
  ((await tx.execute(query)) as unknown as { rows: Row[] }).rows;

/** A timestamptz as either driver returns it (Date or text), as ISO 8601 text. */
export const isoOf = (value: unknown): string => new Date(value as string | Date).toISOString();
