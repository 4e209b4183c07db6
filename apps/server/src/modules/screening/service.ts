import {
  decryptNationalId,
  encryptNationalId,
  regionOfProvince,
  contentHash,
  type IdKeys,
  type JsonValue,
} from '@isee/db';
import {
  distanceKm,
  fail,
  FORM_VARIANTS,
  householdFacts,
  isEditable,
  isRecord,
  issue,
  joinIdentities,
  joinPath,
  maskThaiId,
  nestsDeeperThan,
  nextStatus,
  ok,
  parseThaiId,
  rolesFor,
  scoreBreakdown,
  scoreHousehold,
  separateIdentities,
  supportWindow,
  unwrap,
  validateHousehold,
  type FormIdentity,
  type GeoPoint,
  type Issue,
  type Region,
  type Result,
  type ScreeningAction,
  type ScreeningStatus,
  type SupportWindow,
} from '@isee/domain';
import type { Database } from '../../plumbing/database.js';
import type { Transaction } from '../../plumbing/transaction.js';
import { hasRole, type Principal, type Role } from '../access/principal.js';
import { FLAG_RULES } from '../evidence/flags.js';
import { reachScreening } from './reach.js';
import {
  audit,
  auditRead,
  classChanges,
  cycleById,
  ensureHousehold,
  eventsOf,
  identitiesOf,
  insertCertification,
  insertEvent,
  insertScore,
  insertScreening,
  lastActor,
  listScreenings,
  lockScreening,
  plainIdentities,
  reviewFacts,
  schoolProgress,
  scoreOf,
  screeningById,
  screeningStudent,
  setStatus,
  studentInClass,
  updateScreening,
  type CycleRow,
  type EventRow,
  type Fix,
  type ListedScreening,
  type ListQuery,
  type SchoolProgress,
  type ReviewFacts,
  type ScoreRow,
  type ScreeningRow,
  type StoredIdentity,
  type StudentRow,
} from './repository.js';

/**
 * The screening workflow (SPEC §3 steps 3–5, issue 4 items 4, 5 and 7): teachers save and submit
 * forms made offline under their own UUIDs, certifiers sign with a PIN, directors confirm or
 * return, the programme scores. The server validates and scores with the domain package itself,
 * never trusting a client's numbers. Routes check roles; this module checks scope and state.
 */
export interface ScreeningContext {
  readonly db: Database;
  readonly idKeys: IdKeys;
  /** The signer's PIN check (the access module's), with its lockout. */
  readonly verifyPin: (userId: number, pin: string) => Promise<Result<void>>;
}

/** A refusal; a conflict also carries the server's version for the client to compare. */
export interface Refusal {
  readonly ok: false;
  readonly issues: readonly Issue[];
  readonly server?: ScreeningView;
}
export type Outcome<T> = { readonly ok: true; readonly value: T } | Refusal;

export interface ScreeningView {
  readonly id: string;
  readonly cycleId: number;
  readonly studentId: number;
  /** Who is screened, and their class in the cycle's semester, as a queue row names them. */
  readonly student: StudentRow;
  readonly schoolId: number;
  readonly householdId: number | null;
  readonly status: ScreeningStatus;
  /** The content hash: what a client sends back as baseVersion when it edits. */
  readonly version: string;
  readonly formRevision: string;
  readonly variant: string;
  /** The form with its national IDs, masked for readers outside the school. */
  readonly form: unknown;
  readonly incomePerPerson: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly events: readonly EventRow[];
  readonly score?: ScoreRow;
  /** For review: never refusals, each with its Thai and English text. */
  readonly flags: readonly Issue[];
}

export interface SaveInput {
  readonly cycleId: number;
  readonly studentId: number;
  /** The version the client edited; null for a screening it made itself. */
  readonly baseVersion: string | null;
  readonly form: unknown;
  readonly submit: boolean;
  readonly fix?: Fix | undefined;
}

/** What a phone needs back after a save: where its screening stands now, and its version. */
export interface ScreeningSummary {
  readonly id: string;
  readonly status: ScreeningStatus;
  readonly version: string;
  readonly householdId: number | null;
  readonly incomePerPerson: number | null;
  readonly updatedAt: string;
}

export interface Saved {
  readonly created: boolean;
  /** False for a retry of what the server already holds: nothing was written. */
  readonly changed: boolean;
  /** A summary, not the whole view: saves come in bursts, and the phone has the form already. */
  readonly screening: ScreeningSummary;
}

const summaryOf = (row: ScreeningRow): ScreeningSummary => ({
  id: row.id,
  status: row.status,
  version: row.version,
  householdId: row.householdId,
  incomePerPerson: row.incomePerPerson,
  updatedAt: row.updatedAt,
});

const SCHOOL_ROLES: readonly Role[] = ['teacher', 'school_admin', 'certifier'];
/** Who reads a screening: everyone with personal scope over it. */
export const READER_ROLES: readonly Role[] = [
  ...SCHOOL_ROLES,
  'area_officer',
  'affiliation_officer',
  'programme_officer',
];

const refuse = (issues: readonly Issue[], server?: ScreeningView): Refusal => ({
  ok: false,
  issues,
  ...(server && { server }),
});
const notFound = (screeningId: string) =>
  refuse([issue('SCREENING_NOT_FOUND', 'id', { screeningId })]);
const under = (prefix: string, issues: readonly Issue[]): Issue[] =>
  issues.map((i) => ({ ...i, path: joinPath(prefix, i.path) }));

/** A form nests 4 levels (members → income → source); drafts get room, junk does not. */
const MAX_FORM_DEPTH = 12;

/** The form as the server stores it: readable answers, encrypted IDs, version and derived income. */
interface PreparedForm {
  readonly formRevision: string;
  readonly variant: string;
  readonly answers: unknown;
  readonly identities: readonly StoredIdentity[];
  readonly version: string;
  readonly incomePerPerson: number | null;
}

/**
 * Checks what every save needs (a form of the cycle's revision and a known variant, IDs that are
 * IDs) and, on submission, the whole form with the domain validator. The version is the hash of
 * the form as the server will give it back (IDs normalised), so a resend of it is recognised.
 */
function prepareForm(
  idKeys: IdKeys,
  cycle: CycleRow,
  form: unknown,
  submit: boolean,
): Result<PreparedForm> {
  if (!isRecord(form)) return fail([issue('NOT_AN_OBJECT', 'form')]);
  if (nestsDeeperThan(form, MAX_FORM_DEPTH))
    return fail([issue('NESTED_TOO_DEEP', 'form', { max: MAX_FORM_DEPTH })]);
  const issues: Issue[] = [];
  const revision = form['formRevision'];
  if (revision !== cycle.formRevision)
    issues.push(
      issue('SCREENING_REVISION_MISMATCH', 'form.formRevision', {
        expected: cycle.formRevision,
        actual: typeof revision === 'string' ? revision : '—',
      }),
    );
  const variant = form['variant'];
  if (typeof variant !== 'string' || !(FORM_VARIANTS as readonly string[]).includes(variant))
    issues.push(issue('UNKNOWN_OPTION', 'form.variant', { value: String(variant) }));
  const { answers, identities } = separateIdentities(form);
  const normalised: FormIdentity[] = [];
  const stored: StoredIdentity[] = [];
  for (const { path, idNumber } of identities) {
    const id = parseThaiId(idNumber, joinPath('form', path));
    if (!id.ok) {
      issues.push(...id.issues);
      continue;
    }
    const enc = encryptNationalId(idKeys, id.value);
    if (!enc.ok) return enc;
    normalised.push({ path, idNumber: id.value });
    stored.push({ path, hash: enc.value.hash, enc: enc.value.enc });
  }
  if (issues.length > 0) return fail(issues);
  const whole = joinIdentities(answers, normalised);
  let incomePerPerson: number | null = null;
  if (submit) {
    const validated = validateHousehold(whole);
    if (!validated.ok) return fail(under('form', validated.issues));
    if (validated.value.variant === 'household')
      incomePerPerson = householdFacts(validated.value).incomePerPersonMonthly;
  }
  return ok({
    formRevision: String(revision),
    variant: String(variant),
    answers,
    identities: stored,
    version: contentHash(whole as JsonValue),
    incomePerPerson,
  });
}

const formGps = (answers: unknown): GeoPoint | undefined => {
  const gps = isRecord(answers) && isRecord(answers['address']) ? answers['address']['gps'] : null;
  return isRecord(gps) && typeof gps['lat'] === 'number' && typeof gps['lon'] === 'number'
    ? { lat: gps['lat'], lon: gps['lon'] }
    : undefined;
};

/** Thrown inside a transaction to roll it back and answer a refusal. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.issues.map((i) => i.code).join(', '));
  }
}

/** Another transaction created the same id between our look and our insert: run again. */
class Raced extends Error {}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown, constraint: string): boolean => {
  const e = error as { code?: string; constraint?: string; cause?: unknown };
  if (e.code === UNIQUE_VIOLATION && (e.constraint ?? constraint) === constraint) return true;
  return e.cause !== undefined && isUniqueViolation(e.cause, constraint);
};

async function inTransaction<T>(
  db: Database,
  work: (tx: Transaction) => Promise<T>,
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await db.db.transaction(work) };
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

/**
 * Saves a teacher's screening under the client's UUID: creates it, updates a draft or returned
 * form whose version the client edited, submits it, or recognises a retry (same content: answered
 * again, nothing written). Different content on a version the client did not see is a conflict
 * answered with the server's version (ODK's discipline).
 */
export async function saveScreening(
  ctx: ScreeningContext,
  principal: Principal,
  id: string,
  input: SaveInput,
): Promise<Outcome<Saved>> {
  const cycle = await cycleById(ctx.db, input.cycleId);
  if (cycle === undefined)
    return refuse([issue('SCREENING_CYCLE_NOT_FOUND', 'cycleId', { cycleId: input.cycleId })]);
  const existing = await screeningById(ctx.db, id);
  let schoolId: number;
  if (existing !== undefined) {
    if ((await reachScreening(ctx.db, principal, id, ['teacher'])) === undefined)
      return notFound(id);
    if (existing.cycleId !== input.cycleId || existing.studentId !== input.studentId)
      return refuse([issue('SCREENING_MOVED', 'id', { screeningId: id })]);
    schoolId = existing.schoolId;
  } else {
    const inClass = await studentInClass(ctx.db, principal, cycle.semesterId, input.studentId);
    if (inClass === undefined)
      return refuse([
        issue('SCREENING_STUDENT_NOT_IN_CLASS', 'studentId', { studentId: input.studentId }),
      ]);
    schoolId = inClass.schoolId;
  }
  const prepared = prepareForm(ctx.idKeys, cycle, input.form, input.submit);
  if (!prepared.ok) return refuse(prepared.issues);
  const write = { ...prepared.value, id, cycleId: cycle.id, studentId: input.studentId, schoolId };
  const action: ScreeningAction = input.submit ? 'submit' : 'save';

  for (let attempt = 0; ; attempt++) {
    try {
      const outcome = await inTransaction(ctx.db, async (tx) => {
        const row = await lockScreening(tx, id);
        const from = row?.status ?? 'new';
        // Made by someone else between our look and our lock (a UUID reused by another phone).
        if (row !== undefined && (row.cycleId !== cycle.id || row.studentId !== input.studentId))
          throw new Refused(refuse([issue('SCREENING_MOVED', 'id', { screeningId: id })]));
        if (row !== undefined && row.version === write.version) {
          // A retry of what is stored, or a submission of the draft as it stands.
          if (!input.submit || !isEditable(row.status)) return { created: false, changed: false };
        } else if (
          row !== undefined &&
          (!isEditable(row.status) || input.baseVersion !== row.version)
        ) {
          throw new Refused(
            refuse([
              issue('SCREENING_CONFLICT', 'baseVersion', { screeningId: id, version: row.version }),
            ]),
          );
        }
        const status = nextStatus(from, action, ['teacher']);
        if (!status.ok) throw new Refused(refuse(status.issues));
        const next = { ...write, status: status.value };
        if (row === undefined) {
          if (!(await insertScreening(tx, next, principal.userId))) throw new Raced();
        } else await updateScreening(tx, next);
        if (from !== status.value)
          await insertEvent(tx, {
            screeningId: id,
            from: row === undefined ? null : row.status,
            to: status.value,
            actorUserId: principal.userId,
            fix: input.fix,
          });
        if (status.value === 'submitted')
          await ensureHousehold(tx, id, input.studentId, cycle.semesterId, formGps(write.answers));
        await audit(tx, {
          actorUserId: principal.userId,
          action: `screening.${action}`,
          entity: 'screening',
          entityId: id,
          details: { status: status.value, version: write.version, cycleId: cycle.id },
        });
        return { created: row === undefined, changed: true };
      });
      if (!outcome.ok) {
        // The server's version goes back only to a teacher who may see it.
        const reached = await reachScreening(ctx.db, principal, id, ['teacher']);
        const current = reached && (await screeningById(ctx.db, id));
        return current ? refuse(outcome.issues, await viewOf(ctx, current, 'school')) : outcome;
      }
      const stored = await screeningById(ctx.db, id);
      if (stored === undefined) return notFound(id);
      return { ok: true, value: { ...outcome.value, screening: summaryOf(stored) } };
    } catch (error) {
      if (error instanceof Raced && attempt === 0) continue;
      if (isUniqueViolation(error, 'screening_one_per_student_cycle')) {
        const [other] = await ctx.db.sql(
          'select id from screening where cycle_id = $1 and student_id = $2',
          [cycle.id, input.studentId],
        );
        return refuse([
          issue('SCREENING_STUDENT_ALREADY_SCREENED', 'studentId', {
            screeningId: String(other?.['id'] ?? ''),
          }),
        ]);
      }
      throw error;
    }
  }
}

export interface ReviewInput {
  readonly fix?: Fix | undefined;
  readonly reason?: string | undefined;
  readonly pin?: string | undefined;
}

type ReviewAction = Extract<ScreeningAction, 'certify' | 'confirm' | 'return'>;

const TARGET: Readonly<Record<ReviewAction, ScreeningStatus>> = {
  certify: 'certified',
  confirm: 'confirmed',
  return: 'returned',
};

/** The roles, among those that may take the action, in which the caller reaches the screening. */
async function reachingRoles(
  ctx: ScreeningContext,
  principal: Principal,
  id: string,
  action: ScreeningAction,
): Promise<Role[]> {
  const held = rolesFor(action).filter((role) => hasRole(principal, [role]));
  const reached: Role[] = [];
  for (const role of held)
    if ((await reachScreening(ctx.db, principal, id, [role])) !== undefined) reached.push(role);
  return reached;
}

/**
 * A review step: the certifier certifies (PIN re-entered, time and place kept), the director
 * confirms, either returns with a reason. Sending the same step again after it was taken by the
 * same person answers the screening as it is (a phone's retry), not an error.
 */
export async function review(
  ctx: ScreeningContext,
  principal: Principal,
  id: string,
  action: ReviewAction,
  input: ReviewInput,
): Promise<Outcome<ScreeningView>> {
  const roles = await reachingRoles(ctx, principal, id, action);
  if (roles.length === 0) return notFound(id);
  const reason = input.reason?.trim() ?? '';
  if (action === 'return' && reason === '')
    return refuse([issue('SCREENING_REASON_REQUIRED', 'reason')]);
  if (action === 'certify') {
    const signed = await ctx.verifyPin(principal.userId, input.pin ?? '');
    if (!signed.ok) return refuse(signed.issues);
  }
  const outcome = await inTransaction(ctx.db, async (tx) => {
    const row = await lockScreening(tx, id);
    if (row === undefined) throw new Refused(notFound(id));
    const next = nextStatus(row.status, action, roles);
    if (!next.ok) {
      if (row.status === TARGET[action] && (await lastActor(tx, id)) === principal.userId) return;
      throw new Refused(refuse(next.issues));
    }
    const kind =
      action === 'certify' ||
      (action === 'return' && roles.includes('certifier') && row.status === 'submitted')
        ? 'certifier'
        : 'director';
    await setStatus(tx, id, next.value);
    await insertEvent(tx, {
      screeningId: id,
      from: row.status,
      to: next.value,
      actorUserId: principal.userId,
      fix: input.fix,
      ...(action === 'return' && { reason }),
    });
    await insertCertification(tx, {
      screeningId: id,
      kind,
      decision: TARGET[action] as 'certified' | 'confirmed' | 'returned',
      userId: principal.userId,
      fix: input.fix,
      ...(action === 'return' && { reason }),
    });
    await audit(tx, {
      actorUserId: principal.userId,
      action: `screening.${action}`,
      entity: 'screening',
      entityId: id,
      details: { from: row.status, to: next.value, withPlace: input.fix !== undefined },
    });
  });
  const current = await screeningById(ctx.db, id);
  if (current === undefined) return notFound(id);
  const view = await viewOf(ctx, current, 'school');
  return outcome.ok ? { ok: true, value: view } : refuse(outcome.issues, view);
}

export interface ScoringRun {
  readonly scored: number;
  /** Confirmed screenings the model cannot score (institutions, forms that no longer validate). */
  readonly notScored: ReadonlyArray<{
    readonly screeningId: string;
    readonly issues: readonly Issue[];
  }>;
}

const SCORING_BATCH = 200;

/**
 * Scores every confirmed screening of a cycle with the cycle's model, centrally (SPEC §3 step 5):
 * each in its own transaction with its audit row, so a stop half-way keeps what was scored and a
 * second run picks up the rest. A score is added, never overwritten.
 */
export async function scoreCycle(
  ctx: ScreeningContext,
  principal: Principal,
  cycleId: number,
): Promise<Outcome<ScoringRun>> {
  const cycle = await cycleById(ctx.db, cycleId);
  if (cycle === undefined)
    return refuse([issue('SCREENING_CYCLE_NOT_FOUND', 'cycleId', { cycleId })]);
  const [model] = await ctx.db.sql('select definition from pmt_model where id = $1', [
    cycle.pmtModelId,
  ]);
  const definition: unknown =
    typeof model?.['definition'] === 'string'
      ? JSON.parse(model['definition'])
      : model?.['definition'];
  let scored = 0;
  const notScored: Array<{ screeningId: string; issues: readonly Issue[] }> = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await ctx.db.sql(
      `select s.id, sc.province_code from screening s join school sc on sc.id = s.school_id
        where s.cycle_id = $1 and s.status = 'confirmed' and s.id > $2 order by s.id limit $3`,
      [cycleId, after, SCORING_BATCH],
    );
    if (batch.length === 0) break;
    for (const r of batch) {
      const id = String(r['id']);
      after = id;
      const result = await scoreOne(
        ctx,
        principal,
        cycle,
        id,
        definition,
        String(r['province_code']),
      );
      if (result.ok) scored += result.value ? 1 : 0;
      else notScored.push({ screeningId: id, issues: result.issues });
    }
  }
  return { ok: true, value: { scored, notScored } };
}

async function scoreOne(
  ctx: ScreeningContext,
  principal: Principal,
  cycle: CycleRow,
  id: string,
  model: unknown,
  provinceCode: string,
): Promise<Result<boolean>> {
  const row = await screeningById(ctx.db, id);
  if (row === undefined) return ok(false);
  const form = await wholeForm(ctx, row, 'school');
  const region = regionOfProvince(provinceCode);
  if (!region.ok) return region;
  const scoredHousehold = scoreHousehold(model, form, region.value);
  if (!scoredHousehold.ok) return scoredHousehold;
  const result = scoredHousehold.value.result;
  const outcome = await inTransaction(ctx.db, async (tx) => {
    const locked = await lockScreening(tx, id);
    // Returned or scored by another run meanwhile: leave it.
    if (locked?.status !== 'confirmed') return false;
    await insertScore(tx, {
      screeningId: id,
      modelId: cycle.pmtModelId,
      score: result.score,
      povertyClass: result.class,
      breakdown: scoreBreakdown(result),
    });
    await setStatus(tx, id, 'scored');
    await insertEvent(tx, {
      screeningId: id,
      from: 'confirmed',
      to: 'scored',
      actorUserId: principal.userId,
    });
    await audit(tx, {
      actorUserId: principal.userId,
      action: 'screening.score',
      entity: 'screening',
      entityId: id,
      details: { modelId: cycle.pmtModelId, score: result.score, class: result.class },
    });
    return true;
  });
  return outcome.ok ? ok(outcome.value) : fail(outcome.issues);
}

/** Who sees whole IDs: the school's own people; officials above the school see them masked. */
type Reveal = 'school' | 'masked';

async function wholeForm(
  ctx: ScreeningContext,
  row: ScreeningRow,
  reveal: Reveal,
): Promise<unknown> {
  const stored = await identitiesOf(ctx.db, row.id);
  const plain = plainIdentities(stored, (enc) => {
    const id = decryptNationalId(ctx.idKeys, enc);
    if (!id.ok) return undefined;
    return reveal === 'school' ? id.value : maskThaiId(id.value);
  });
  // An ID this server's key cannot read is left out rather than guessed; the form shows it missing.
  return joinIdentities(row.answers, plain ?? []);
}

/** The review flags of SPEC §6, from the data as they stand now. */
export function reviewFlags(facts: ReviewFacts, visit: GeoPoint | undefined): Issue[] {
  const flags: Issue[] = [];
  for (const o of facts.otherScreenings)
    flags.push(
      issue('SCREENING_PERSON_IN_OTHER_SCREENING', joinPath('form', o.path), {
        path: o.path,
        screeningId: o.screeningId,
      }),
    );
  for (const o of facts.otherHouseholds)
    flags.push(
      issue('SCREENING_PERSON_IN_OTHER_HOUSEHOLD', joinPath('form', o.path), {
        path: o.path,
        householdId: o.householdId,
      }),
    );
  const far = (place: GeoPoint | undefined): number | undefined => {
    if (place === undefined || facts.home === undefined) return undefined;
    const km = distanceKm(place, facts.home);
    return km > FLAG_RULES.farFromHomeKm ? Number(km.toFixed(1)) : undefined;
  };
  const visitKm = far(visit);
  if (visitKm !== undefined)
    flags.push(
      issue('SCREENING_VISIT_FAR_FROM_HOME', 'events', {
        km: visitKm,
        max: FLAG_RULES.farFromHomeKm,
      }),
    );
  const signedKm = far(facts.certifiedAt);
  if (signedKm !== undefined)
    flags.push(
      issue('CERTIFICATION_FAR_FROM_HOME', 'events', {
        km: signedKm,
        max: FLAG_RULES.farFromHomeKm,
      }),
    );
  return flags;
}

async function viewOf(
  ctx: ScreeningContext,
  row: ScreeningRow,
  reveal: Reveal,
): Promise<ScreeningView> {
  const [form, student, events, score, facts] = await Promise.all([
    wholeForm(ctx, row, reveal),
    screeningStudent(ctx.db, row.id),
    eventsOf(ctx.db, row.id),
    scoreOf(ctx.db, row.id),
    reviewFacts(ctx.db, row),
  ]);
  const visit = events.find((e) => e.to === 'submitted')?.place;
  return {
    id: row.id,
    cycleId: row.cycleId,
    studentId: row.studentId,
    student,
    schoolId: row.schoolId,
    householdId: row.householdId,
    status: row.status,
    version: row.version,
    formRevision: row.formRevision,
    variant: row.variant,
    form,
    incomePerPerson: row.incomePerPerson,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    events,
    ...(score && { score }),
    flags: reviewFlags(facts, visit),
  };
}

/**
 * One screening for a reader in scope. A read by anyone but the school's own people is an
 * official's read of a child's record and is audited (SPEC §12).
 */
export async function readScreening(
  ctx: ScreeningContext,
  principal: Principal,
  id: string,
): Promise<Outcome<ScreeningView>> {
  const reached = await reachScreening(ctx.db, principal, id, READER_ROLES);
  if (reached === undefined) return notFound(id);
  const inSchool = (await reachScreening(ctx.db, principal, id, SCHOOL_ROLES)) !== undefined;
  const row = await screeningById(ctx.db, id);
  if (row === undefined) return notFound(id);
  if (!inSchool)
    await auditRead(ctx.db, {
      actorUserId: principal.userId,
      action: 'screening.read',
      entity: 'screening',
      entityId: id,
    });
  return { ok: true, value: await viewOf(ctx, row, inSchool ? 'school' : 'masked') };
}

export interface ChangedStudent extends StudentRow {
  readonly schoolId: number;
  /** The PMT region of the student's school, for the phone's live preview. */
  readonly region?: Region;
  readonly screening?: {
    readonly id: string;
    readonly status: ScreeningStatus;
    readonly version: string;
    readonly updatedAt: string;
    /** Sent while the teacher may edit it (a draft from another device, a returned form). */
    readonly form?: unknown;
  };
  /** Whether the cycle's academic year needs a screening of the student (SPEC §3.1). */
  readonly support: Pick<
    SupportWindow,
    'status' | 'rescreen' | 'yearsUsed' | 'yearsLeft' | 'explanation'
  >;
}

export interface Changes {
  readonly cycleId: number;
  readonly cursor: string;
  readonly studentIds: readonly number[];
  readonly students: readonly ChangedStudent[];
}

/**
 * A snapshot as PostgreSQL prints it, `xmin:xmax:xip,…` with xmin ≤ each xip < xmax: checked here so
 * a hand-made cursor is a 400, not a cast error. The list is bounded by the server's connections.
 */
function isCursor(text: string): boolean {
  const match = /^(\d{1,19}):(\d{1,19}):((?:\d{1,19},){0,9999}\d{1,19})?$/.exec(text);
  if (match === null) return false;
  const xmin = BigInt(match[1] ?? '');
  const xmax = BigInt(match[2] ?? '');
  const xip = (match[3] ?? '')
    .split(',')
    .filter((x) => x !== '')
    .map(BigInt);
  // PostgreSQL refuses a snapshot whose xmin is 0.
  return (
    xmin >= 1n &&
    xmin <= xmax &&
    xip.every((x, i) => x >= xmin && x < xmax && (i === 0 || x > (xip[i - 1] ?? 0n)))
  );
}

/** The domain's support window for the cycle's academic year, as the phone needs it. */
function supportOf(
  cycle: CycleRow,
  supportedYears: readonly number[],
  lastScreeningYear: number | undefined,
): ChangedStudent['support'] {
  // The query keeps every year at or before the cycle's, so a refusal here is a bug: it throws.
  const { status, rescreen, yearsUsed, yearsLeft, explanation } = unwrap(
    supportWindow({
      academicYear: cycle.academicYear,
      supportedYears,
      ...(lastScreeningYear !== undefined && { lastScreeningYear }),
    }),
  );
  return { status, rescreen, yearsUsed, yearsLeft, explanation };
}

/** Delta sync: the teacher's students and their screenings changed since the cursor. */
export async function changesSince(
  ctx: ScreeningContext,
  principal: Principal,
  cycleId: number,
  cursor: string | undefined,
): Promise<Outcome<Changes>> {
  if (cursor !== undefined && !isCursor(cursor))
    return refuse([issue('SYNC_CURSOR_INVALID', 'cursor')]);
  const cycle = await cycleById(ctx.db, cycleId);
  if (cycle === undefined)
    return refuse([issue('SCREENING_CYCLE_NOT_FOUND', 'cycleId', { cycleId })]);
  const changes = await classChanges(ctx.db, principal, cycle, cursor);
  const students: ChangedStudent[] = [];
  for (const {
    screening,
    provinceCode,
    supportedYears,
    lastScreeningYear,
    ...pupil
  } of changes.changed) {
    const region = regionOfProvince(provinceCode);
    const support = supportOf(cycle, supportedYears, lastScreeningYear);
    const student = { ...pupil, ...(region.ok && { region: region.value }), support };
    if (screening === undefined) {
      students.push(student);
      continue;
    }
    const { id, status, version, updatedAt } = screening;
    const form = isEditable(status) ? await wholeForm(ctx, screening, 'school') : undefined;
    students.push({
      ...student,
      screening: { id, status, version, updatedAt, ...(form !== undefined && { form }) },
    });
  }
  return {
    ok: true,
    value: { cycleId, cursor: changes.cursor, studentIds: changes.studentIds, students },
  };
}

/** A review queue: the screenings the caller reaches personally, in pages. */
export const screeningQueue = (
  ctx: ScreeningContext,
  principal: Principal,
  query: ListQuery,
): Promise<ListedScreening[]> => listScreenings(ctx.db, principal, query);

/** A school's progress in a cycle, or SCREENING_NOT_FOUND-like 404 when outside the caller's scope. */
export async function progressOf(
  ctx: ScreeningContext,
  principal: Principal,
  cycleId: number,
  schoolId: number,
): Promise<Outcome<SchoolProgress>> {
  const progress = await schoolProgress(ctx.db, principal, cycleId, schoolId);
  return progress === undefined
    ? refuse([issue('HTTP_NOT_FOUND', 'schoolId', { path: `schools/${schoolId}` })])
    : { ok: true, value: progress };
}
