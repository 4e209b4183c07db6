import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import type * as schema from '../schema/index.js';

export type Schema = typeof schema;

/** The Drizzle database both engines give: repositories are written once against this type. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A row of a raw query: int8 arrives as a number (a bigint beyond 2^53), date as 'YYYY-MM-DD'. */
export type Row = Record<string, unknown>;

interface HandleBase {
  readonly db: Database;
  /** Raw SQL with $1… parameters (one statement), the same value types on both engines. */
  sql<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Closes the connections and releases the data-directory lock; safe to call twice. */
  close(): Promise<void>;
}

/** An open database. The engine's own client is exposed for what Drizzle does not do (COPY, exec). */
export type DatabaseHandle =
  | (HandleBase & { readonly kind: 'pglite'; readonly client: PGlite })
  | (HandleBase & { readonly kind: 'postgres'; readonly client: Pool });

const INT8 = 20;
const DATE = 1082;

/** int8 as a number while exact, so both engines answer counts and ids alike. */
export const parseInt8 = (text: string): number | bigint => {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
};

/** Dates stay calendar dates: no time zone can shift them. */
const keepText = (text: string): string => text;

export const RAW_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [INT8]: parseInt8,
  [DATE]: keepText,
};
