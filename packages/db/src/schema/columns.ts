import { sql } from 'drizzle-orm';
import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Raw bytes (encrypted IDs, secrets); drizzle has no built-in bytea. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** Every instant is stored with its time zone; Thailand is UTC+7 but servers need not be. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A row's creation time, set by the database. */
export const createdAt = () => instant('created_at').notNull().defaultNow();

/** The SQL list `'a', 'b'` of a constant list of codes, for check constraints. */
export const sqlList = (codes: readonly string[]): string =>
  codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');

/** A 64-bit transaction id (PostgreSQL 13+ and PGlite): the driver hands it over as text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * The transaction that last wrote the row, set on insert by default and on update by a trigger
 * (migration 0002), so no writer can forget it. Delta sync reads rows changed since a snapshot's
 * xmin: every transaction below it has ended, so a row committed late is never skipped.
 */
export const changedXid = () =>
  xid8('changed_xid')
    .notNull()
    .default(sql`pg_current_xact_id()`);
