import { appendAudit, type AuditEntry, type Row } from '@isee/db';
import { unwrap, type FormIdentity, type GeoPoint, type ScreeningStatus } from '@isee/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../../plumbing/database.js';
import { isoOf as iso, rowsOf, type Transaction } from '../../plumbing/transaction.js';
import type { Principal } from '../access/principal.js';
import { scopeFilter } from '../access/scope-filter.js';
import { acting, HOME_COLUMNS, SCREENING_FROM, SCREENING_SCOPE } from './reach.js';

/** A place as the phone reports it: latitude, longitude and the accuracy it claims, in metres. */
export interface Fix extends GeoPoint {
  readonly accuracyM?: number | undefined;
}

/** A national ID as stored: encrypted, with its look-up hash. */
export interface StoredIdentity {
  readonly path: string;
  readonly hash: string;
  readonly enc: Uint8Array;
}

export interface ScreeningRow {
  readonly id: string;
  readonly cycleId: number;
  readonly studentId: number;
  readonly schoolId: number;
  readonly householdId: number | null;
  readonly formRevision: string;
  readonly variant: string;
  /** The form without its national IDs (they are in `identities`). */
  readonly answers: unknown;
  readonly version: string;
  readonly incomePerPerson: number | null;
  readonly status: ScreeningStatus;
  readonly createdBy: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const numberOrNull = (value: unknown): number | null => (value === null ? null : Number(value));
const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

const SCREENING_COLUMNS = `s.id, s.cycle_id, s.student_id, s.school_id, s.household_id, s.form_revision,
  s.variant, s.answers, s.content_hash, s.income_per_person, s.status, s.created_by, s.created_at,
  s.updated_at`;

const screeningOf = (r: Row): ScreeningRow => ({
  id: String(r['id']),
  cycleId: Number(r['cycle_id']),
  studentId: Number(r['student_id']),
  schoolId: Number(r['school_id']),
  householdId: numberOrNull(r['household_id']),
  formRevision: String(r['form_revision']),
  variant: String(r['variant']),
  answers: json(r['answers']),
  version: String(r['content_hash']),
  incomePerPerson: numberOrNull(r['income_per_person']),
  status: r['status'] as ScreeningStatus,
  createdBy: Number(r['created_by']),
  createdAt: iso(r['created_at']),
  updatedAt: iso(r['updated_at']),
});

export interface CycleRow {
  readonly id: number;
  readonly semesterId: number;
  /** The academic year (BE) of the cycle's semester: support years are counted in them. */
  readonly academicYear: number;
  readonly pmtModelId: string;
  readonly formRevision: string;
}

export async function cycleById(
  db: Pick<Database, 'sql'>,
  id: number,
): Promise<CycleRow | undefined> {
  const [r] = await db.sql(
    `select c.id, c.semester_id, se.academic_year, c.pmt_model_id, m.form_revision
       from cycle c join pmt_model m on m.id = c.pmt_model_id
       join semester se on se.id = c.semester_id where c.id = $1`,
    [id],
  );
  return r === undefined
    ? undefined
    : {
        id: Number(r['id']),
        semesterId: Number(r['semester_id']),
        academicYear: Number(r['academic_year']),
        pmtModelId: String(r['pmt_model_id']),
        formRevision: String(r['form_revision']),
      };
}

/** The cycle whose semester is the latest one with a cycle: what a teacher screens for now. */
export async function currentCycle(db: Pick<Database, 'sql'>): Promise<CycleRow | undefined> {
  const [r] = await db.sql('select id from cycle order by semester_id desc limit 1');
  return r === undefined ? undefined : cycleById(db, Number(r['id']));
}

/**
 * Whether a teacher has the student in one of their classes in the semester: the only way a
 * screening starts (the same scope as reading it, SCREENING_SCOPE, on the enrolment alone).
 */
export async function studentInClass(
  db: Pick<Database, 'sql'>,
  principal: Principal,
  semesterId: number,
  studentId: number,
): Promise<{ schoolId: number } | undefined> {
  const params: unknown[] = [semesterId, studentId];
  const scope = scopeFilter(
    acting(principal, ['teacher']),
    {
      schoolId: 'en.school_id',
      teacherClass: { semesterId: 'en.semester_id', grade: 'en.grade', room: 'en.room' },
    },
    params,
    { personal: true },
  );
  const [r] = await db.sql(
    `select en.school_id from enrolment en
      where en.semester_id = $1 and en.student_id = $2 and ${scope}`,
    params,
  );
  return r === undefined ? undefined : { schoolId: Number(r['school_id']) };
}

/** The screening, locked for the rest of the transaction (concurrent saves of one id queue here). */
export async function lockScreening(
  tx: Transaction,
  id: string,
): Promise<ScreeningRow | undefined> {
  const [r] = await rowsOf(
    tx,
    sql`select ${sql.raw(SCREENING_COLUMNS)} from screening s where s.id = ${id} for update`,
  );
  return r === undefined ? undefined : screeningOf(r);
}

export async function screeningById(
  db: Pick<Database, 'sql'>,
  id: string,
): Promise<ScreeningRow | undefined> {
  const [r] = await db.sql(`select ${SCREENING_COLUMNS} from screening s where s.id = $1`, [id]);
  return r === undefined ? undefined : screeningOf(r);
}

export async function identitiesOf(
  db: Pick<Database, 'sql'>,
  screeningId: string,
): Promise<StoredIdentity[]> {
  const rows = await db.sql(
    `select path, national_id_hash, national_id_enc from screening_identity
      where screening_id = $1 order by path`,
    [screeningId],
  );
  return rows.map((r) => ({
    path: String(r['path']),
    hash: String(r['national_id_hash']),
    enc: r['national_id_enc'] as Uint8Array,
  }));
}

export interface ScreeningWrite {
  readonly id: string;
  readonly cycleId: number;
  readonly studentId: number;
  readonly schoolId: number;
  readonly formRevision: string;
  readonly variant: string;
  readonly answers: unknown;
  readonly version: string;
  readonly incomePerPerson: number | null;
  readonly status: ScreeningStatus;
  readonly identities: readonly StoredIdentity[];
}

/**
 * Inserts a new screening; false when another transaction inserted the same id first (the caller
 * retries as an update). The one-per-student-per-cycle rule is the table's unique constraint.
 */
export async function insertScreening(
  tx: Transaction,
  w: ScreeningWrite,
  createdBy: number,
): Promise<boolean> {
  const inserted = await rowsOf(
    tx,
    sql`insert into screening (id, cycle_id, student_id, school_id, form_revision, variant, answers,
                               content_hash, income_per_person, status, created_by)
        values (${w.id}, ${w.cycleId}, ${w.studentId}, ${w.schoolId}, ${w.formRevision}, ${w.variant},
                ${JSON.stringify(w.answers)}::jsonb, ${w.version}, ${w.incomePerPerson}, ${w.status},
                ${createdBy})
        on conflict (id) do nothing returning id`,
  );
  if (inserted.length === 0) return false;
  await writeIdentities(tx, w.id, w.identities);
  return true;
}

export async function updateScreening(tx: Transaction, w: ScreeningWrite): Promise<void> {
  await rowsOf(
    tx,
    sql`update screening set form_revision = ${w.formRevision}, variant = ${w.variant},
               answers = ${JSON.stringify(w.answers)}::jsonb, content_hash = ${w.version},
               income_per_person = ${w.incomePerPerson}, status = ${w.status}, updated_at = now()
         where id = ${w.id}`,
  );
  await rowsOf(tx, sql`delete from screening_identity where screening_id = ${w.id}`);
  await writeIdentities(tx, w.id, w.identities);
}

/** All of a form's IDs in one statement: a submission burst pays one round trip, not one per member. */
async function writeIdentities(
  tx: Transaction,
  screeningId: string,
  identities: readonly StoredIdentity[],
): Promise<void> {
  if (identities.length === 0) return;
  const rows = identities.map(
    (i) => sql`(${screeningId}, ${i.path}, ${i.hash}, ${Buffer.from(i.enc)})`,
  );
  await rowsOf(
    tx,
    sql`insert into screening_identity (screening_id, path, national_id_hash, national_id_enc)
        values ${sql.join(rows, sql`, `)}`,
  );
}

export async function setStatus(
  tx: Transaction,
  id: string,
  status: ScreeningStatus,
): Promise<void> {
  await rowsOf(
    tx,
    sql`update screening set status = ${status}, updated_at = now() where id = ${id}`,
  );
}

export interface EventWrite {
  readonly screeningId: string;
  readonly from: ScreeningStatus | null;
  readonly to: ScreeningStatus;
  readonly actorUserId: number;
  readonly fix?: Fix | undefined;
  readonly reason?: string | undefined;
}

export async function insertEvent(tx: Transaction, e: EventWrite): Promise<void> {
  await rowsOf(
    tx,
    sql`insert into screening_event (screening_id, from_status, to_status, actor_user_id, lat, lon,
                                     gps_accuracy_m, reason)
        values (${e.screeningId}, ${e.from}, ${e.to}, ${e.actorUserId}, ${e.fix?.lat ?? null},
                ${e.fix?.lon ?? null}, ${e.fix?.accuracyM ?? null}, ${e.reason ?? null})`,
  );
}

export interface CertificationWrite {
  readonly screeningId: string;
  readonly kind: 'certifier' | 'director';
  readonly decision: 'certified' | 'confirmed' | 'returned';
  readonly userId: number;
  readonly fix?: Fix | undefined;
  readonly reason?: string | undefined;
}

export async function insertCertification(tx: Transaction, c: CertificationWrite): Promise<void> {
  await rowsOf(
    tx,
    sql`insert into certification (screening_id, kind, decision, user_id, lat, lon, gps_accuracy_m, reason)
        values (${c.screeningId}, ${c.kind}, ${c.decision}, ${c.userId}, ${c.fix?.lat ?? null},
                ${c.fix?.lon ?? null}, ${c.fix?.accuracyM ?? null}, ${c.reason ?? null})`,
  );
}

/**
 * The student's current household, else a new one at the form's GPS with the student as member
 * from the cycle's semester: a screening is of a household (photo and person flags compare them).
 */
export async function ensureHousehold(
  tx: Transaction,
  screeningId: string,
  studentId: number,
  semesterId: number,
  home: GeoPoint | undefined,
): Promise<number> {
  // Linked to the student's current household in the same statement that finds it.
  const [linked] = await rowsOf(
    tx,
    sql`update screening set household_id = (
          select household_id from household_member
           where person_id = ${studentId} and to_semester_id is null
           order by from_semester_id desc nulls last limit 1)
         where id = ${screeningId} returning household_id`,
  );
  if (linked?.['household_id'] != null) return Number(linked['household_id']);
  const [created] = await rowsOf(
    tx,
    sql`insert into household (variant, lat, lon) values ('household', ${home?.lat ?? null},
                                                           ${home?.lon ?? null}) returning id`,
  );
  const householdId = Number(created?.['id']);
  await rowsOf(
    tx,
    sql`insert into household_member (household_id, person_id, relation, from_semester_id)
        values (${householdId}, ${studentId}, 'student', ${semesterId})`,
  );
  await rowsOf(
    tx,
    sql`update screening set household_id = ${householdId} where id = ${screeningId}`,
  );
  return householdId;
}

/** Who took the latest step, read in the writer's transaction (PGlite has one connection). */
export async function lastActor(tx: Transaction, screeningId: string): Promise<number | undefined> {
  const [r] = await rowsOf(
    tx,
    sql`select actor_user_id from screening_event where screening_id = ${screeningId}
         order by id desc limit 1`,
  );
  return r === undefined ? undefined : Number(r['actor_user_id']);
}

export interface ScoreWrite {
  readonly screeningId: string;
  readonly modelId: string;
  readonly score: number;
  readonly povertyClass: string;
  readonly breakdown: unknown;
}

export async function insertScore(tx: Transaction, s: ScoreWrite): Promise<void> {
  await rowsOf(
    tx,
    sql`insert into pmt_score (screening_id, model_id, score, poverty_class, breakdown)
        values (${s.screeningId}, ${s.modelId}, ${s.score.toFixed(2)}, ${s.povertyClass},
                ${JSON.stringify(s.breakdown)}::jsonb)
        on conflict (screening_id, model_id) do nothing`,
  );
}

/** An audited read: the audit row in a transaction of its own. */
export async function auditRead(db: Pick<Database, 'db'>, entry: AuditEntry): Promise<void> {
  unwrap(await appendAudit(db.db, entry));
}

/** Appends inside the write's transaction; a refusal means a bug in what we audit, so it throws. */
export async function audit(tx: Transaction, entry: AuditEntry): Promise<void> {
  unwrap(await appendAudit(tx, entry));
}

export interface EventRow {
  readonly from: ScreeningStatus | null;
  readonly to: ScreeningStatus;
  readonly actor: string;
  readonly actorUserId: number;
  readonly at: string;
  readonly place?: Fix;
  readonly reason?: string;
}

const fixOf = (r: Row): Fix | undefined =>
  r['lat'] === null || r['lon'] === null
    ? undefined
    : {
        lat: Number(r['lat']),
        lon: Number(r['lon']),
        ...(r['gps_accuracy_m'] !== null && { accuracyM: Number(r['gps_accuracy_m']) }),
      };

export async function eventsOf(
  db: Pick<Database, 'sql'>,
  screeningId: string,
): Promise<EventRow[]> {
  const rows = await db.sql(
    `select e.from_status, e.to_status, u.display_name, e.actor_user_id, e.created_at as at, e.lat, e.lon,
            e.gps_accuracy_m, e.reason
       from screening_event e join app_user u on u.id = e.actor_user_id
      where e.screening_id = $1 order by e.id`,
    [screeningId],
  );
  return rows.map((r) => {
    const place = fixOf(r);
    return {
      from: (r['from_status'] ?? null) as ScreeningStatus | null,
      to: r['to_status'] as ScreeningStatus,
      actor: String(r['display_name']),
      actorUserId: Number(r['actor_user_id']),
      at: iso(r['at']),
      ...(place && { place }),
      ...(r['reason'] !== null && { reason: String(r['reason']) }),
    };
  });
}

export interface ScoreRow {
  readonly modelId: string;
  readonly score: number;
  readonly povertyClass: string;
  readonly breakdown: unknown;
  readonly scoredAt: string;
}

/** The score by the cycle's model (rescoring with another model adds rows, kept as history). */
export async function scoreOf(
  db: Pick<Database, 'sql'>,
  screeningId: string,
): Promise<ScoreRow | undefined> {
  const [r] = await db.sql(
    `select p.model_id, p.score, p.poverty_class, p.breakdown, p.created_at as scored_at
       from pmt_score p join screening s on s.id = p.screening_id
       join cycle c on c.id = s.cycle_id and c.pmt_model_id = p.model_id
      where p.screening_id = $1`,
    [screeningId],
  );
  return r === undefined
    ? undefined
    : {
        modelId: String(r['model_id']),
        score: Number(r['score']),
        povertyClass: String(r['poverty_class']),
        breakdown: json(r['breakdown']),
        scoredAt: iso(r['scored_at']),
      };
}

export interface ReviewFacts {
  readonly home?: GeoPoint;
  /** The certifier's latest signature place. */
  readonly certifiedAt?: GeoPoint;
  readonly otherScreenings: ReadonlyArray<{ path: string; screeningId: string }>;
  readonly otherHouseholds: ReadonlyArray<{ path: string; householdId: number }>;
}

/**
 * What the review flags are computed from, as the data stand now: the home (household row, else
 * the form's GPS), where the certifier signed, and the form's people (by ID hash) found in another
 * screening of the same cycle or as current members of another household.
 */
export async function reviewFacts(
  db: Pick<Database, 'sql'>,
  screening: ScreeningRow,
): Promise<ReviewFacts> {
  const [place] = await db.sql(
    `select ${HOME_COLUMNS},
            (select array[c.lat, c.lon] from certification c
              where c.screening_id = s.id and c.kind = 'certifier' and c.decision = 'certified'
                and c.lat is not null order by c.id desc limit 1) as signed
       from screening s left join household h on h.id = s.household_id where s.id = $1`,
    [screening.id],
  );
  // Distinct: a person is often at two paths of the other form (guardian and member), and each
  // path of theirs would otherwise repeat this path's flag word for word.
  const others = await db.sql(
    `select distinct i.path, o.screening_id from screening_identity i
       join screening_identity o on o.national_id_hash = i.national_id_hash and o.screening_id <> i.screening_id
       join screening s2 on s2.id = o.screening_id and s2.cycle_id = $2
      where i.screening_id = $1 order by i.path, o.screening_id limit 20`,
    [screening.id, screening.cycleId],
  );
  const households = await db.sql(
    `select distinct i.path, m.household_id from screening_identity i
       join person p on p.national_id_hash = i.national_id_hash
       join household_member m on m.person_id = p.id and m.to_semester_id is null
      where i.screening_id = $1 and ($2::bigint is null or m.household_id <> $2::bigint)
      order by i.path, m.household_id limit 20`,
    [screening.id, screening.householdId],
  );
  const signed = place?.['signed'] as unknown[] | null | undefined;
  return {
    ...(place?.['home_lat'] != null &&
      place['home_lon'] != null && {
        home: { lat: Number(place['home_lat']), lon: Number(place['home_lon']) },
      }),
    ...(Array.isArray(signed) && {
      certifiedAt: { lat: Number(signed[0]), lon: Number(signed[1]) },
    }),
    otherScreenings: others.map((r) => ({
      path: String(r['path']),
      screeningId: String(r['screening_id']),
    })),
    otherHouseholds: households.map((r) => ({
      path: String(r['path']),
      householdId: Number(r['household_id']),
    })),
  };
}

export interface StudentRow {
  readonly studentId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: string | null;
  readonly birthDate: string | null;
  readonly grade: string;
  readonly room: string;
  readonly candidate: boolean;
}

export interface ListedScreening {
  readonly id: string;
  readonly status: ScreeningStatus;
  readonly version: string;
  readonly updatedAt: string;
  readonly student: StudentRow;
  readonly povertyClass?: string;
  readonly score?: number;
}

export interface ListQuery {
  readonly cycleId: number;
  readonly schoolId?: number | undefined;
  readonly statuses?: readonly ScreeningStatus[] | undefined;
  readonly after?: string | undefined;
  readonly limit: number;
}

const studentOf = (r: Row): StudentRow => ({
  studentId: Number(r['student_id']),
  firstName: String(r['first_name']),
  lastName: String(r['last_name']),
  sex: r['sex'] === null ? null : String(r['sex']),
  birthDate: r['birth_date'] === null ? null : String(r['birth_date']),
  grade: String(r['grade'] ?? ''),
  room: String(r['room'] ?? ''),
  candidate: r['candidate'] === true,
});

/** The student of a screening, with the class of the cycle's semester (as a queue row has it). */
export async function screeningStudent(
  db: Pick<Database, 'sql'>,
  screeningId: string,
): Promise<StudentRow> {
  const [r] = await db.sql(
    `select s.student_id, pe.first_name, pe.last_name, pe.sex, pe.birth_date, en.grade, en.room,
            en.candidate
       from ${SCREENING_FROM} join person pe on pe.id = s.student_id where s.id = $1`,
    [screeningId],
  );
  // The foreign key makes this unreachable; a view without its student would be a wrong answer.
  if (r === undefined) throw new Error(`screening ${screeningId} has no student`);
  return studentOf(r);
}

/** Screenings the caller reaches personally, by id (keyset pages), for review queues. */
export async function listScreenings(
  db: Pick<Database, 'sql'>,
  principal: Principal,
  q: ListQuery,
): Promise<ListedScreening[]> {
  const params: unknown[] = [
    q.cycleId,
    q.schoolId ?? null,
    q.statuses ?? null,
    q.after ?? null,
    q.limit,
  ];
  const scope = scopeFilter(principal, SCREENING_SCOPE, params, { personal: true });
  const rows = await db.sql(
    `select s.id, s.status, s.content_hash, s.updated_at, s.student_id, pe.first_name, pe.last_name,
            pe.sex, pe.birth_date, en.grade, en.room, en.candidate, ps.score, ps.poverty_class
       from ${SCREENING_FROM}
       join person pe on pe.id = s.student_id
       left join pmt_score ps on ps.screening_id = s.id and ps.model_id = c.pmt_model_id
      where s.cycle_id = $1 and ($2::int is null or s.school_id = $2::int)
        and ($3::text[] is null or s.status = any($3::text[]))
        and ($4::uuid is null or s.id > $4::uuid) and ${scope}
      order by s.id limit $5`,
    params,
  );
  return rows.map((r) => ({
    id: String(r['id']),
    status: r['status'] as ScreeningStatus,
    version: String(r['content_hash']),
    updatedAt: iso(r['updated_at']),
    student: studentOf(r),
    ...(r['poverty_class'] !== null && {
      povertyClass: String(r['poverty_class']),
      score: Number(r['score']),
    }),
  }));
}

export interface SchoolProgress {
  readonly students: number;
  readonly candidates: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Candidates with no screening in the cycle yet. */
  readonly missing: number;
}

/** The school's screening progress in a cycle, if the caller reaches the school. */
export async function schoolProgress(
  db: Pick<Database, 'sql'>,
  principal: Principal,
  cycleId: number,
  schoolId: number,
): Promise<SchoolProgress | undefined> {
  const params: unknown[] = [cycleId, schoolId];
  const scope = scopeFilter(
    principal,
    {
      schoolId: 'sc.id',
      provinceCode: 'sc.province_code',
      districtCode: 'sc.district_code',
      serviceAreaId: 'sc.service_area_id',
      affiliationCode: 'sc.affiliation_code',
    },
    params,
  );
  const [r] = await db.sql(
    `select (select count(*) from enrolment en where en.semester_id = c.semester_id and en.school_id = sc.id) as students,
            (select count(*) from enrolment en where en.semester_id = c.semester_id and en.school_id = sc.id
                and en.candidate) as candidates,
            (select count(*) from enrolment en where en.semester_id = c.semester_id and en.school_id = sc.id
                and en.candidate and not exists (select 1 from screening s
                  where s.cycle_id = c.id and s.student_id = en.student_id)) as missing,
            (select coalesce(jsonb_object_agg(status, n), '{}'::jsonb) from
               (select s.status, count(*) as n from screening s
                 where s.cycle_id = c.id and s.school_id = sc.id group by s.status) t) as by_status
       from cycle c, school sc where c.id = $1 and sc.id = $2 and ${scope}`,
    params,
  );
  if (r === undefined) return undefined;
  const byStatus = json(r['by_status']) as Record<string, number | string>;
  return {
    students: Number(r['students']),
    candidates: Number(r['candidates']),
    missing: Number(r['missing']),
    byStatus: Object.fromEntries(Object.entries(byStatus).map(([k, v]) => [k, Number(v)])),
  };
}

export interface ClassStudent extends StudentRow {
  readonly schoolId: number;
  /** The school's province: the PMT's region comes from it (the phone's live preview needs it). */
  readonly provinceCode: string;
  readonly screening?: ScreeningRow;
  /** Academic years up to the cycle's in which the student was granted support, ascending. */
  readonly supportedYears: readonly number[];
  /** Academic year of the student's last scored screening, this cycle's included. */
  readonly lastScreeningYear?: number;
}

export interface ClassChanges {
  /** Every student now in the teacher's classes: the phone forgets the others. */
  readonly studentIds: readonly number[];
  /** Students whose enrolment or screening changed since the cursor (all of them without one). */
  readonly changed: readonly ClassStudent[];
  /** The next cursor: this read's snapshot (pg_snapshot text, `xmin:xmax:xip,…`). */
  readonly cursor: string;
}

/**
 * The support facts of a changed student, for the domain's supportWindow (SPEC §3.1, §7).
 * "Supported in a year" means an allocation of more than 0 baht in an approved run for a semester of
 * that year, not a recorded disbursement: the award makes a grantee, and schools record payments
 * late, so waiting for the proof would send last year's grantees back to screening. Each subquery
 * starts from the few approved runs and probes allocation's (run_id, student_id) key, and from
 * screening's student index: no per-student round trip and no scan of the national tables.
 * The cycle's own screening counts once scored (then it decides: `screened`); scoring it updates
 * the screening row, so the delta sends the new decision.
 */
const SUPPORT_COLUMNS = `
  case when class.changed then array(
    select distinct se.academic_year::int from allocation_run r
      join allocation a on a.run_id = r.id and a.student_id = class.pupil_id
      join semester se on se.id = a.semester_id
     where r.status = 'approved' and a.amount > 0 and se.academic_year <= $4
     order by 1) end as supported_years,
  case when class.changed then (
    select max(se.academic_year)::int from screening p
      join cycle pc on pc.id = p.cycle_id
      join semester se on se.id = pc.semester_id
     where p.student_id = class.pupil_id and pc.semester_id <= $1
       and exists (select 1 from pmt_score ps where ps.screening_id = p.id)) end
    as last_screening_year`;

/**
 * Delta sync for a teacher. The cursor is the snapshot the previous read saw; a row is sent again
 * when the transaction that last wrote it was not visible in that snapshot (still running then, or
 * begun since). So a change committed late is never missed, and nothing already seen comes again.
 * The rows and the new snapshot come from one statement, hence one snapshot.
 * Support facts ride along on the rows sent, but approving a run stamps neither enrolment nor
 * screening, so a full resync (no cursor) refreshes them. Earlier years are settled before a cycle
 * opens, and the phone starts each cycle without a cursor; a run approved mid-cycle only makes
 * this year's decision in_year, which asks for no screening either, until the next full resync.
 */
export async function classChanges(
  db: Pick<Database, 'sql'>,
  principal: Principal,
  cycle: CycleRow,
  since: string | undefined,
): Promise<ClassChanges> {
  const params: unknown[] = [cycle.semesterId, cycle.id, since ?? null, cycle.academicYear];
  const scope = scopeFilter(
    acting(principal, ['teacher']),
    {
      schoolId: 'en.school_id',
      teacherClass: { semesterId: 'en.semester_id', grade: 'en.grade', room: 'en.room' },
    },
    params,
    { personal: true },
  );
  const rows = await db.sql(
    `with snap as (select pg_current_snapshot()::text as cursor),
     class as (
       select en.student_id as pupil_id, pe.first_name, pe.last_name, pe.sex, pe.birth_date,
              en.grade, en.room, en.candidate, s.id is not null as screened,
              en.school_id as pupil_school_id, sc.province_code as pupil_province,
              ($3::pg_snapshot is null
                or not pg_visible_in_snapshot(en.changed_xid, $3::pg_snapshot)
                or (s.id is not null and not pg_visible_in_snapshot(s.changed_xid, $3::pg_snapshot)))
                as changed,
              ${SCREENING_COLUMNS}
         from enrolment en
         join person pe on pe.id = en.student_id
         join school sc on sc.id = en.school_id
         left join screening s on s.cycle_id = $2 and s.student_id = en.student_id
        where en.semester_id = $1 and ${scope})
     select snap.cursor, class.*, ${SUPPORT_COLUMNS} from snap left join class on true
      order by class.grade, class.room, class.first_name, class.last_name, class.pupil_id`,
    params,
  );
  const students = rows.filter((r) => r['pupil_id'] !== null);
  return {
    studentIds: students.map((r) => Number(r['pupil_id'])),
    changed: students
      .filter((r) => r['changed'] === true)
      .map((r) => ({
        ...studentOf({ ...r, student_id: r['pupil_id'] }),
        schoolId: Number(r['pupil_school_id']),
        provinceCode: String(r['pupil_province']),
        ...(r['screened'] === true && { screening: screeningOf(r) }),
        supportedYears: ((r['supported_years'] ?? []) as unknown[]).map(Number),
        ...(r['last_screening_year'] !== null && {
          lastScreeningYear: Number(r['last_screening_year']),
        }),
      })),
    cursor: String(rows[0]?.['cursor']),
  };
}

/** The identities as the domain's join takes them, decrypted; undefined if one cannot be read. */
export type IdentityDecrypter = (enc: Uint8Array) => string | undefined;

export function plainIdentities(
  stored: readonly StoredIdentity[],
  decrypt: IdentityDecrypter,
): FormIdentity[] | undefined {
  const plain: FormIdentity[] = [];
  for (const s of stored) {
    const idNumber = decrypt(s.enc);
    if (idNumber === undefined) return undefined;
    plain.push({ path: s.path, idNumber });
  }
  return plain;
}
