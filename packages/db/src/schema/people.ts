import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { bytea, changedXid, createdAt } from './columns.js';
import { gradeLevel, school, semester, subDistrict } from './reference.js';

/**
 * Everyone the programme knows: students, guardians, household members. One person per national
 * ID: the ID itself is stored only encrypted (AES-256-GCM); look-ups and linkage use its keyed hash.
 */
export const person = pgTable(
  'person',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    nationalIdHash: text('national_id_hash').unique(),
    nationalIdEnc: bytea('national_id_enc'),
    /** School-issued code for a student without a national ID (see @isee/domain identity/g-code.ts). */
    gCode: text('g_code').unique(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    sex: text('sex'),
    birthDate: date('birth_date'),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'person_id_encrypted_with_hash',
      sql`(${t.nationalIdHash} is null) = (${t.nationalIdEnc} is null)`,
    ),
    check('person_sex_known', sql`${t.sex} is null or ${t.sex} in ('male', 'female')`),
  ],
);

/** A person who is or was enrolled; the longitudinal record hangs off it. */
export const student = pgTable('student', {
  personId: bigint('person_id', { mode: 'number' })
    .primaryKey()
    .references(() => person.id),
  createdAt: createdAt(),
});

export const household = pgTable(
  'household',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    variant: text('variant').notNull().default('household'),
    subDistrictCode: char('sub_district_code', { length: 6 }).references(() => subDistrict.code),
    address: text('address'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    createdAt: createdAt(),
  },
  (t) => [
    check('household_variant_known', sql`${t.variant} in ('household', 'institution')`),
    index('household_sub_district_idx').on(t.subDistrictCode),
  ],
);

/** Membership over time: who lived in which household from which semester. */
export const householdMember = pgTable(
  'household_member',
  {
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => household.id),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    relation: text('relation').notNull(),
    fromSemesterId: integer('from_semester_id').references(() => semester.id),
    toSemesterId: integer('to_semester_id').references(() => semester.id),
  },
  (t) => [
    primaryKey({ columns: [t.householdId, t.personId] }),
    index('household_member_person_idx').on(t.personId),
    check(
      'household_member_period_ordered',
      sql`${t.toSemesterId} is null or ${t.fromSemesterId} is null or ${t.fromSemesterId} <= ${t.toSemesterId}`,
    ),
  ],
);

/**
 * One row per student per semester. The key leads with the semester so the table can be range
 * partitioned by academic year later without changing the key (docs/ARCHITECTURE.md).
 */
export const enrolment = pgTable(
  'enrolment',
  {
    semesterId: integer('semester_id')
      .notNull()
      .references(() => semester.id),
    studentId: bigint('student_id', { mode: 'number' })
      .notNull()
      .references(() => student.personId),
    schoolId: integer('school_id')
      .notNull()
      .references(() => school.id),
    grade: text('grade')
      .notNull()
      .references(() => gradeLevel.code),
    room: text('room').notNull().default(''),
    /** Flagged as poor by the affiliation's roster (candidate for screening). */
    candidate: boolean('candidate').notNull().default(false),
    changedXid: changedXid(),
  },
  (t) => [
    primaryKey({ columns: [t.semesterId, t.studentId] }),
    index('enrolment_school_idx').on(t.schoolId, t.semesterId, t.grade, t.room),
    index('enrolment_student_idx').on(t.studentId),
  ],
);
