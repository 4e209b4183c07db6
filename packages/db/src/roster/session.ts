import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle, Row } from '../connection/handle.js';

/** One connection inside one transaction, on either engine, with the bulk load each does best. */
export interface Session {
  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Loads CSV text (no header) into a table's columns with COPY. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
}

const copySql = (table: string, columns: readonly string[], source: string): string =>
  `copy ${table} (${columns.join(', ')}) from ${source} with (format csv)`;

/**
 * Runs `work` in one transaction: committed when it resolves, rolled back when it throws, so a file
 * is stored whole or not at all. A killed process never commits, so it leaves nothing either.
 */
export async function inTransaction<T>(
  handle: DatabaseHandle,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  if (handle.kind === 'pglite') {
    return handle.client.transaction((tx) =>
      work({
        query: async <R extends Row>(text: string, params: readonly unknown[] = []) =>
          (await tx.query<R>(text, [...params])).rows,
        // PGlite reads COPY data from a blob: its in-memory stand-in for a client stream.
        copyCsv: async (table, columns, csv) => {
          await tx.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob([csv]) });
        },
      }),
    );
  }
  const connection = await handle.client.connect();
  let broken = false;
  try {
    await connection.query('begin');
    const result = await work({
      query: async <R extends Row>(text: string, params: readonly unknown[] = []) =>
        (await connection.query<R>(text, [...params])).rows,
      copyCsv: async (table, columns, csv) => {
        const stream = connection.query(copyFrom(copySql(table, columns, 'stdin')));
        stream.end(csv);
        await finished(stream);
      },
    });
    await connection.query('commit');
    return result;
  } catch (error) {
    broken = await connection.query('rollback').then(
      () => false,
      () => true,
    );
    throw error;
  } finally {
    // A connection whose rollback failed is closed rather than returned to the pool.
    connection.release(broken);
  }
}
