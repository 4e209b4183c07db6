import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { POVERTY_CLASSES, SCREENING_STATUSES } from '@isee/domain';
import { appUser } from './access.js';
import { studentRef } from './refs.js';
import { bytea, changedXid, createdAt, instant, sqlList } from './columns.js';
import { rateTable } from './money-tables.js';
import { household } from './people.js';
import { school, semester } from './reference.js';

/** A PMT model is versioned data (SPEC §5): the definition is the @isee/domain PmtModel, verbatim. */
export const pmtModel = pgTable('pmt_model', {
  id: text('id').primaryKey(),
  version: integer('version').notNull(),
  formRevision: text('form_revision').notNull(),
  demonstration: boolean('demonstration').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  definition: jsonb('definition').notNull(),
  createdAt: createdAt(),
});

/** A screening and payment cycle: one per semester, naming the PMT model and rate table in force. */
export const cycle = pgTable('cycle', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  semesterId: integer('semester_id')
    .notNull()
    .unique()
    .references(() => semester.id),
  pmtModelId: text('pmt_model_id')
    .notNull()
    .references(() => pmtModel.id),
  rateTableId: text('rate_table_id')
    .notNull()
    .references(() => rateTable.id),
  screeningOpensOn: date('screening_opens_on').notNull(),
  screeningClosesOn: date('screening_closes_on').notNull(),
});

/**
 * One screening per student per cycle; its id is made by the client (offline sync), and the hash of
 * its content tells an idempotent retry (same hash) from a conflicting edit (another hash).
 */
export const screening = pgTable(
  'screening',
  {
    id: uuid('id').primaryKey(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycle.id),
    studentId: studentRef(),
    schoolId: integer('school_id')
      .notNull()
      .references(() => school.id),
    householdId: bigint('household_id', { mode: 'number' }).references(() => household.id),
    formRevision: text('form_revision').notNull(),
    variant: text('variant').notNull(),
    answers: jsonb('answers').notNull(),
    contentHash: text('content_hash').notNull(),
    incomePerPerson: numeric('income_per_person', { precision: 12, scale: 2 }),
    status: text('status').notNull().default('draft'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    changedXid: changedXid(),
  },
  (t) => [
    unique('screening_one_per_student_cycle').on(t.cycleId, t.studentId),
    check(
      'screening_status_known',
      sql.raw(`${t.status.name} in (${sqlList(SCREENING_STATUSES)})`),
    ),
    check(
      'screening_income_not_negative',
      sql`${t.incomePerPerson} is null or ${t.incomePerPerson} >= 0`,
    ),
    index('screening_school_status_idx').on(t.schoolId, t.cycleId, t.status),
    index('screening_student_idx').on(t.studentId),
  ],
);

/**
 * The national IDs a form carries (guardian, members), kept out of `screening.answers`: encrypted
 * like person IDs, with the keyed hash that finds the same person in another open screening.
 * `path` is the field's place in the form, e.g. `members.2.idNumber`.
 */
export const screeningIdentity = pgTable(
  'screening_identity',
  {
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    path: text('path').notNull(),
    nationalIdHash: text('national_id_hash').notNull(),
    nationalIdEnc: bytea('national_id_enc').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.screeningId, t.path] }),
    index('screening_identity_hash_idx').on(t.nationalIdHash),
  ],
);

/** Every status change with its actor, time and place (SPEC §6). */
export const screeningEvent = pgTable(
  'screening_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: integer('actor_user_id')
      .notNull()
      .references(() => appUser.id),
    at: createdAt(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** The phone's stated accuracy of lat/lon, in metres. */
    gpsAccuracyM: real('gps_accuracy_m'),
    reason: text('reason'),
  },
  (t) => [index('screening_event_screening_idx').on(t.screeningId)],
);

export const photoEvidence = pgTable(
  'photo_evidence',
  {
    id: uuid('id').primaryKey(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    sha256: text('sha256').notNull(),
    /** Perceptual hash: the same house photographed for two households is flagged (SPEC §6). */
    perceptualHash: text('perceptual_hash'),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    takenAt: instant('taken_at'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    storageKey: text('storage_key').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => appUser.id),
    uploadedAt: createdAt(),
  },
  (t) => [
    // The guardian's signature is stored evidence too (the form's declarations.signature).
    check('photo_kind_known', sql`${t.kind} in ('outside', 'inside', 'school_sign', 'signature')`),
    check('photo_source_known', sql`${t.source} in ('teacher_visit', 'sent_by_student')`),
    check('photo_size_positive', sql`${t.bytes} > 0 and ${t.width} > 0 and ${t.height} > 0`),
    index('photo_screening_idx').on(t.screeningId),
    index('photo_sha256_idx').on(t.sha256),
    index('photo_perceptual_idx').on(t.perceptualHash),
  ],
);

/** The certifier's signature and the director's confirmation or return, with time and place. */
export const certification = pgTable(
  'certification',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    kind: text('kind').notNull(),
    decision: text('decision').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id),
    signedAt: createdAt(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    gpsAccuracyM: real('gps_accuracy_m'),
    reason: text('reason'),
  },
  (t) => [
    check('certification_kind_known', sql`${t.kind} in ('certifier', 'director')`),
    check(
      'certification_decision_known',
      sql`${t.decision} in ('certified', 'confirmed', 'returned')`,
    ),
    index('certification_screening_idx').on(t.screeningId),
  ],
);

/** A score per screening per model: rescoring with a new model adds a row, never overwrites. */
export const pmtScore = pgTable(
  'pmt_score',
  {
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    modelId: text('model_id')
      .notNull()
      .references(() => pmtModel.id),
    score: numeric('score', { precision: 5, scale: 2 }).notNull(),
    povertyClass: text('poverty_class').notNull(),
    breakdown: jsonb('breakdown').notNull(),
    scoredAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.screeningId, t.modelId] }),
    check('pmt_score_range', sql`${t.score} >= 0 and ${t.score} <= 100`),
    check(
      'pmt_score_class_known',
      sql.raw(`${t.povertyClass.name} in (${sqlList(POVERTY_CLASSES)})`),
    ),
  ],
);
