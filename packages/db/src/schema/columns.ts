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
