import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { ATTENDANCE_STATUSES } from '@isee/domain';
import { appUser } from './access.js';
import { semesterRef, studentRef } from './refs.js';
import { semester } from './reference.js';
import { createdAt, instant, sqlList } from './columns.js';

/** Daily attendance; keyed by semester first so it can be partitioned by academic year. */
export const attendanceDaily = pgTable(
  'attendance_daily',
  {
    semesterId: semesterRef(),
    studentId: studentRef(),
    schoolDay: date('school_day').notNull(),
    status: text('status').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.semesterId, t.studentId, t.schoolDay] }),
    check(
      'attendance_status_known',
      sql.raw(`${t.status.name} in (${sqlList(ATTENDANCE_STATUSES)})`),
    ),
  ],
);

/** A semester summary, for schools that report totals instead of days. */
export const attendanceSummary = pgTable(
  'attendance_summary',
  {
    semesterId: semesterRef(),
    studentId: studentRef(),
    schoolDays: smallint('school_days').notNull(),
    presentDays: smallint('present_days').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.semesterId, t.studentId] }),
    check(
      'attendance_summary_days',
      sql`${t.presentDays} >= 0 and ${t.presentDays} <= ${t.schoolDays}`,
    ),
  ],
);

/** Weight and height, once a semester (SPEC §8). */
export const measurement = pgTable(
  'measurement',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    semesterId: semesterRef(),
    studentId: studentRef(),
    measuredOn: date('measured_on').notNull(),
    weightKg: numeric('weight_kg', { precision: 5, scale: 2 }).notNull(),
    heightCm: numeric('height_cm', { precision: 5, scale: 1 }).notNull(),
    recordedBy: integer('recorded_by').references(() => appUser.id),
    recordedAt: createdAt(),
  },
  (t) => [
    unique('measurement_one_per_day').on(t.semesterId, t.studentId, t.measuredOn),
    check('measurement_weight_range', sql`${t.weightKg} > 0 and ${t.weightKg} <= 300`),
    check('measurement_height_range', sql`${t.heightCm} > 0 and ${t.heightCm} <= 250`),
  ],
);

export const complianceResult = pgTable(
  'compliance_result',
  {
    semesterId: semesterRef(),
    studentId: studentRef(),
    compliant: boolean('compliant').notNull(),
    reasons: jsonb('reasons').notNull(),
    evaluatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.semesterId, t.studentId] })],
);

/** A follow-up case: the state is the @isee/domain LadderState, with its history. */
export const followUpCase = pgTable(
  'follow_up_case',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    studentId: studentRef(),
    openedSemesterId: integer('opened_semester_id')
      .notNull()
      .references(() => semester.id),
    step: text('step').notNull(),
    state: jsonb('state').notNull(),
    openedAt: createdAt(),
    closedAt: instant('closed_at'),
  },
  (t) => [index('follow_up_case_student_idx').on(t.studentId)],
);
