import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './access.js';
import { createdAt, instant } from './columns.js';

/** One roster file import: what came in, what was accepted and where the rejection report is. */
export const importJob = pgTable(
  'import_job',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: text('status').notNull(),
    rowsTotal: integer('rows_total').notNull().default(0),
    rowsAccepted: integer('rows_accepted').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    reportPath: text('report_path'),
    userId: integer('user_id').references(() => appUser.id),
    startedAt: createdAt(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    check('import_job_status_known', sql`${t.status} in ('running', 'succeeded', 'failed')`),
    check('import_job_counts', sql`${t.rowsAccepted} + ${t.rowsRejected} <= ${t.rowsTotal}`),
  ],
);
