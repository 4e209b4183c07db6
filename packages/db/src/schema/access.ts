import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import { semesterRef } from './refs.js';
import { bytea, createdAt, instant, sqlList } from './columns.js';
import {
  affiliation,
  district,
  educationServiceArea,
  gradeLevel,
  province,
  school,
} from './reference.js';

/** The roles of SPEC §2. */
export const ROLES = [
  'teacher',
  'school_admin',
  'certifier',
  'area_officer',
  'affiliation_officer',
  'programme_officer',
  'analyst',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const appUser = pgTable('app_user', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** argon2id hash (issue 4). */
  passwordHash: text('password_hash').notNull(),
  /** TOTP secret, encrypted like national IDs; null when TOTP is off. */
  totpSecretEnc: bytea('totp_secret_enc'),
  /** argon2id hash of the signing PIN a certifier re-enters to sign; null until the user sets one. */
  signingPinHash: text('signing_pin_hash'),
  active: boolean('active').notNull().default(true),
  failedLogins: smallint('failed_logins').notNull().default(0),
  lockedUntil: instant('locked_until'),
  createdAt: createdAt(),
});

/**
 * A role with its scope. Which scope columns a role needs (school for teachers and directors, an
 * area for area officers, an affiliation for affiliation officers, none for national roles) is a
 * rule of the access module; the check here only keeps the columns coherent.
 */
export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id),
    role: text('role').notNull(),
    schoolId: integer('school_id').references(() => school.id),
    provinceCode: char('province_code', { length: 2 }).references(() => province.code),
    districtCode: char('district_code', { length: 4 }).references(() => district.code),
    serviceAreaId: integer('service_area_id').references(() => educationServiceArea.id),
    affiliationCode: text('affiliation_code').references(() => affiliation.code),
  },
  (t) => [
    check('role_known', sql.raw(`${t.role.name} in (${sqlList(ROLES)})`)),
    index('role_assignment_user_idx').on(t.userId),
    index('role_assignment_school_idx').on(t.schoolId),
  ],
);

/** The classes a teacher is responsible for in a semester. */
export const teacherClass = pgTable(
  'teacher_class',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id),
    semesterId: semesterRef(),
    schoolId: integer('school_id')
      .notNull()
      .references(() => school.id),
    grade: text('grade')
      .notNull()
      .references(() => gradeLevel.code),
    room: text('room').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.semesterId, t.userId, t.schoolId, t.grade, t.room] }),
    index('teacher_class_school_idx').on(t.schoolId, t.semesterId, t.grade, t.room),
  ],
);

export const session = pgTable(
  'session',
  {
    /** SHA-256 of the session token: a database leak does not leak live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id),
    csrfTokenHash: text('csrf_token_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/**
 * Append-only audit trail: each row holds the hash of the previous row of its chain, so an edit or
 * deletion in SQL breaks a chain and `isee audit verify` finds the first broken link (issue 4).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: createdAt(),
    actorUserId: integer('actor_user_id').references(() => appUser.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    details: jsonb('details').notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
    /** Which of the independent chains the row links into (audit/append.ts AUDIT_CHAINS). */
    chain: smallint('chain').notNull().default(0),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_chain_idx').on(t.chain, t.id),
  ],
);
