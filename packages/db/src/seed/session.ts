import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../connection/index.js';
import { copyLine } from './copy-text.js';
import { SEED_COLUMNS, SEEDED_IDENTITIES, type SeedBatch } from './tables.js';

/** One transaction of the seed: plain queries, and bulk batches written the engine's fastest way. */
export interface SeedSession {
  query(text: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  write(batch: SeedBatch): Promise<void>;
}

/** PGlite binds at most 65,535 parameters a statement; batches stay well below. */
const MAX_PARAMS = 30_000;
const MAX_INSERT_ROWS = 2_000;
/** Lines of COPY text gathered into one chunk of the stream. */
const COPY_CHUNK_ROWS = 1_000;

const seedsIdentity = (table: string): boolean => SEEDED_IDENTITIES.some(([t]) => t === table);

/** `($1, $2), ($3, $4)`: the VALUES list of a multi-row INSERT of rows × width parameters. */
export function valuesList(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
  ).join(', ');
}

function insertStatement(batch: SeedBatch, count: number): string {
  const columns = SEED_COLUMNS[batch.table];
  const overriding = seedsIdentity(batch.table) ? ' overriding system value' : '';
  return `insert into ${batch.table} (${columns.join(', ')})${overriding} values ${valuesList(count, columns.length)}`;
}

/** Multi-row INSERTs (PGlite): one statement per slice of the batch. */
async function insertBatch(tx: Transaction, batch: SeedBatch): Promise<void> {
  const width = SEED_COLUMNS[batch.table].length;
  const perStatement = Math.max(1, Math.min(MAX_INSERT_ROWS, Math.floor(MAX_PARAMS / width)));
  for (let i = 0; i < batch.rows.length; i += perStatement) {
    const rows = batch.rows.slice(i, i + perStatement);
    await tx.query(insertStatement(batch, rows.length), rows.flat());
  }
}

function* copyChunks(batch: SeedBatch): Generator<string> {
  for (let i = 0; i < batch.rows.length; i += COPY_CHUNK_ROWS) {
    let text = '';
    for (const row of batch.rows.slice(i, i + COPY_CHUNK_ROWS)) text += copyLine(row);
    yield text;
  }
}

/** COPY FROM STDIN (PostgreSQL), streamed chunk by chunk. COPY writes identity columns as given. */
async function copyBatch(client: PoolClient, batch: SeedBatch): Promise<void> {
  const columns = SEED_COLUMNS[batch.table].join(', ');
  const sink = client.query(copyFrom(`copy ${batch.table} (${columns}) from stdin`));
  await pipeline(Readable.from(copyChunks(batch)), sink);
}

async function onPglite<T>(client: PGlite, work: (s: SeedSession) => Promise<T>): Promise<T> {
  return client.transaction((tx) =>
    work({
      query: async (text, params = []) =>
        (await tx.query<Record<string, unknown>>(text, [...params])).rows,
      write: (batch) => insertBatch(tx, batch),
    }),
  );
}

async function onPostgres<T>(client: PoolClient, work: (s: SeedSession) => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const result = await work({
      query: async (text, params = []) =>
        (await client.query<Record<string, unknown>>(text, [...params])).rows,
      write: (batch) => copyBatch(client, batch),
    });
    await client.query('commit');
    return result;
  } catch (error) {
    // A failed rollback (connection lost) must not hide why the seed failed.
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/** Runs the whole seed in one transaction: it is all written, or nothing is. */
export async function withSeedSession<T>(
  handle: DatabaseHandle,
  work: (s: SeedSession) => Promise<T>,
): Promise<T> {
  if (handle.kind === 'pglite') return onPglite(handle.client, work);
  const client = await handle.client.connect();
  try {
    const result = await onPostgres(client, work);
    client.release();
    return result;
  } catch (error) {
    // The connection may be mid-COPY or outside any known state: close it rather than pool it.
    client.release(true);
    throw error;
  }
}
