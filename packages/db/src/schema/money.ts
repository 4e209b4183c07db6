import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { appUser } from './access.js';
import { semesterRef, studentRef } from './refs.js';
import { createdAt } from './columns.js';
import { school } from './reference.js';
import { cycle } from './screening.js';

export { rateTable } from './money-tables.js';

/** One allocation run of a cycle: idempotent and auditable (SPEC §7). */
export const allocationRun = pgTable(
  'allocation_run',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycle.id),
    budget: bigint('budget', { mode: 'number' }),
    rationing: text('rationing').notNull(),
    status: text('status').notNull().default('draft'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('allocation_run_budget_not_negative', sql`${t.budget} is null or ${t.budget} >= 0`),
    check('allocation_run_rationing_known', sql`${t.rationing} in ('pro_rata', 'score_rank')`),
    check('allocation_run_status_known', sql`${t.status} in ('draft', 'approved', 'cancelled')`),
  ],
);

export const allocation = pgTable(
  'allocation',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => allocationRun.id),
    studentId: studentRef(),
    schoolId: integer('school_id')
      .notNull()
      .references(() => school.id),
    semesterId: semesterRef(),
    entitlement: integer('entitlement').notNull(),
    amount: integer('amount').notNull(),
    explanation: jsonb('explanation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.studentId] }),
    check(
      'allocation_amount_within_entitlement',
      sql`${t.amount} >= 0 and ${t.amount} <= ${t.entitlement}`,
    ),
    index('allocation_school_idx').on(t.schoolId, t.semesterId),
  ],
);

/** What EEF sends one school for one run: the bank transfer file is made from it. */
export const paymentBatch = pgTable(
  'payment_batch',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    runId: integer('run_id')
      .notNull()
      .references(() => allocationRun.id),
    schoolId: integer('school_id')
      .notNull()
      .references(() => school.id),
    total: bigint('total', { mode: 'number' }).notNull(),
    status: text('status').notNull().default('draft'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('payment_batch_one_per_school_run').on(t.runId, t.schoolId),
    check('payment_batch_total_not_negative', sql`${t.total} >= 0`),
    check('payment_batch_status_known', sql`${t.status} in ('draft', 'sent', 'received')`),
  ],
);

/** The school paying a student or guardian, with its proof (SPEC §7). */
export const disbursement = pgTable(
  'disbursement',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    runId: integer('run_id').notNull(),
    studentId: bigint('student_id', { mode: 'number' }).notNull(),
    amount: integer('amount').notNull(),
    paidOn: date('paid_on').notNull(),
    method: text('method').notNull(),
    proofRef: text('proof_ref'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => appUser.id),
    recordedAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.runId, t.studentId],
      foreignColumns: [allocation.runId, allocation.studentId],
    }),
    check('disbursement_amount_positive', sql`${t.amount} > 0`),
    check('disbursement_method_known', sql`${t.method} in ('cash', 'bank', 'promptpay')`),
    index('disbursement_allocation_idx').on(t.runId, t.studentId),
  ],
);
