import type { IdEncrypter } from '../crypto/national-id.js';
import type { RosterRow } from './row.js';
import type { Session } from './session.js';

/**
 * The staging table: valid rows are COPYed here first, then merged into person, student and
 * enrolment with set-based SQL. It lives in the import's transaction and is dropped at its end.
 */
export const STAGE = 'roster_stage';
export const STAGE_COLUMNS = [
  'row_no',
  'id_hash',
  'id_enc',
  'g_code',
  'first_name',
  'last_name',
  'sex',
  'birth_date',
  'school_id',
  'grade',
  'room',
  'candidate',
  'person_id',
] as const;

/** Sorts and hashes of a whole file stay in memory rather than spill to disk. */
const IMPORT_WORK_MEM = '128MB';

export async function createStage(session: Session): Promise<void> {
  await session.query(`set local work_mem = '${IMPORT_WORK_MEM}'`);
  await session.query(`create temp table ${STAGE} (
    row_no integer not null,
    id_hash text,
    id_enc bytea,
    g_code text,
    first_name text not null,
    last_name text not null,
    sex text,
    birth_date date,
    school_id integer not null,
    grade text not null,
    room text not null,
    candidate boolean not null,
    person_id bigint
  ) on commit drop`);
}

/** A valid row read from the file, with its ID's look-up hash. */
export interface ReadRow {
  readonly rowNumber: number;
  readonly row: RosterRow;
  readonly idHash: string | null;
}

/** A CSV field for COPY: unquoted empty is NULL, so text is always quoted when it could be empty. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const nullable = (text: string | null): string => (text === null ? '' : quoted(text));
const hexOf = (bytes: Uint8Array): string =>
  `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;

/**
 * One staged line of CSV; the ID travels only as its hash and, for a person not yet known, its
 * ciphertext. A known person's ID is already stored encrypted, so it is not encrypted again.
 */
function stageLine({ rowNumber, row, idHash }: ReadRow, personId: number | undefined, enc: string) {
  return [
    rowNumber,
    idHash ?? '',
    enc,
    nullable(row.gCode),
    quoted(row.firstName),
    quoted(row.lastName),
    row.sex ?? '',
    row.birthDate ?? '',
    row.schoolId,
    row.grade,
    quoted(row.room),
    row.candidate ? 't' : 'f',
    personId ?? '',
  ].join(',');
}

/** The persons already stored under these look-up hashes: hash → person id. */
async function personsByHash(session: Session, hashes: readonly string[]) {
  const rows =
    hashes.length === 0
      ? []
      : await session.query<{ hash: string; id: number }>(
          'select national_id_hash as hash, id from person where national_id_hash = any($1::text[])',
          [hashes],
        );
  return new Map(rows.map((r) => [r.hash, r.id]));
}

/** Stages a batch of valid rows: known persons are resolved, only new IDs are encrypted. */
export async function stageBatch(
  session: Session,
  rows: readonly ReadRow[],
  encrypter: IdEncrypter,
): Promise<void> {
  const known = await personsByHash(
    session,
    rows.flatMap((r) => (r.idHash === null ? [] : [r.idHash])),
  );
  const lines = rows.map((r) => {
    const personId = r.idHash === null ? undefined : known.get(r.idHash);
    const id = r.row.nationalId;
    const enc = id === null || personId !== undefined ? '' : hexOf(encrypter.encrypt(id));
    return stageLine(r, personId, enc);
  });
  await session.copyCsv(STAGE, STAGE_COLUMNS, lines.join('\n'));
}

/** A row taken out of the stage by a check that needs the whole file or the database. */
export interface StageRejection {
  readonly rowNumber: number;
  readonly code: 'ROSTER_DUPLICATE_ROW' | 'ROSTER_IDENTITY_CONFLICT';
  readonly field: 'nationalId' | 'gCode';
  readonly firstRow: number | null;
}

/**
 * The second and later rows of one student in the file: only the first is imported. A student
 * is the same by national ID, by G-code, or by the known person both lead to.
 */
async function removeDuplicates(session: Session, key: 'id_hash' | 'g_code' | 'person_id') {
  const rows = await session.query<{ row_no: number; first_row: number; by_id: boolean }>(
    `with firsts as (
       select ${key} as k, min(row_no) as first_row from ${STAGE}
       where ${key} is not null group by ${key} having count(*) > 1)
     delete from ${STAGE} s using firsts f
     where s.${key} = f.k and s.row_no > f.first_row
     returning s.row_no, f.first_row, s.id_hash is not null as by_id`,
  );
  return rows.map((r): StageRejection => ({
    rowNumber: r.row_no,
    code: 'ROSTER_DUPLICATE_ROW',
    field: key === 'g_code' || !r.by_id ? 'gCode' : 'nationalId',
    firstRow: r.first_row,
  }));
}

/**
 * Rows whose person became known by reconciliation: the G-code student who now has the row's ID,
 * or a G-code-only row. Rows with a known ID were resolved when they were staged.
 */
async function resolveByGCode(session: Session): Promise<void> {
  await session.query(
    `update ${STAGE} s set person_id = p.id from person p
     where s.person_id is null and p.g_code = s.g_code
       and (s.id_hash is null or p.national_id_hash = s.id_hash)`,
  );
}

/**
 * Links G-codes to national IDs. A student known only by G-code who now has an ID gets it; a row
 * whose G-code belongs to a person with another ID is refused: two people cannot share one.
 */
async function reconcileIdentities(session: Session): Promise<StageRejection[]> {
  await session.query(
    `update person p set national_id_hash = s.id_hash, national_id_enc = s.id_enc
     from ${STAGE} s
     where s.g_code = p.g_code and s.id_hash is not null and p.national_id_hash is null
       and not exists (select 1 from person q where q.national_id_hash = s.id_hash)`,
  );
  const rows = await session.query<{ row_no: number }>(
    `delete from ${STAGE} s using person p
     where s.g_code = p.g_code and s.id_hash is not null
       and p.national_id_hash is distinct from s.id_hash
     returning s.row_no`,
  );
  return rows.map((r) => ({
    rowNumber: r.row_no,
    code: 'ROSTER_IDENTITY_CONFLICT',
    field: 'gCode',
    firstRow: null,
  }));
}

/** Whole-file checks, after every valid row is staged; the rows they remove, in file order. */
export async function checkStage(session: Session): Promise<StageRejection[]> {
  await session.query(`analyze ${STAGE}`);
  const rejected = [
    ...(await removeDuplicates(session, 'id_hash')),
    ...(await removeDuplicates(session, 'g_code')),
    ...(await reconcileIdentities(session)),
  ];
  await resolveByGCode(session);
  rejected.push(...(await removeDuplicates(session, 'person_id')));
  return rejected.sort((a, b) => a.rowNumber - b.rowNumber);
}

export interface MergeCounts {
  readonly personsInserted: number;
  readonly personsUpdated: number;
  readonly enrolmentsInserted: number;
  readonly enrolmentsUpdated: number;
}

interface Changes {
  inserted: number;
  updated: number;
}

/** `inserted` and `updated` of an upsert's returned `(xmax = 0)`: a new tuple has no deleting xact. */
async function countChanges(session: Session, upsert: string, params: readonly unknown[] = []) {
  const [done] = await session.query<{ inserted: number; updated: number }>(
    `with done as (${upsert} returning (xmax = 0) as inserted)
     select (count(*) filter (where inserted))::int as inserted,
            (count(*) filter (where not inserted))::int as updated from done`,
    params,
  );
  return { inserted: done?.inserted ?? 0, updated: done?.updated ?? 0 };
}

const sum = (changes: readonly Changes[]): Changes => ({
  inserted: changes.reduce((n, c) => n + c.inserted, 0),
  updated: changes.reduce((n, c) => n + c.updated, 0),
});

/**
 * The roster is the latest word on names, school, grade and room; a value the roster leaves empty
 * (sex, birth date) keeps what is known. Unchanged rows are not rewritten, so a second import of
 * the same file changes nothing, not even tuple versions.
 */
const personSet = (p: string, s: string) => `
  g_code = coalesce(${p}.g_code, ${s}.g_code),
  first_name = ${s}.first_name,
  last_name = ${s}.last_name,
  sex = coalesce(${s}.sex, ${p}.sex),
  birth_date = coalesce(${s}.birth_date, ${p}.birth_date)`;
const personChanged = (p: string, s: string) => `
  (${p}.g_code, ${p}.first_name, ${p}.last_name, ${p}.sex, ${p}.birth_date)
    is distinct from (coalesce(${p}.g_code, ${s}.g_code), ${s}.first_name,
      ${s}.last_name, coalesce(${s}.sex, ${p}.sex), coalesce(${s}.birth_date, ${p}.birth_date))`;

const PERSON_COLUMNS = 'first_name, last_name, sex, birth_date';

/**
 * Known persons are updated only where the roster changed them (an upsert would lock every row it
 * matched); new ones are inserted in key order, so that index pages fill one after another. The
 * inserts keep ON CONFLICT for a person another import stored after these rows were staged.
 */
async function mergePersons(session: Session): Promise<Changes> {
  const [known] = await session.query<{ n: number }>(
    `with done as (
       update person p set ${personSet('p', 's')} from ${STAGE} s
       where p.id = s.person_id and ${personChanged('p', 's')} returning 1)
     select count(*)::int as n from done`,
  );
  const byId = await countChanges(
    session,
    `insert into person (national_id_hash, national_id_enc, g_code, ${PERSON_COLUMNS})
     select id_hash, id_enc, g_code, ${PERSON_COLUMNS} from ${STAGE}
     where person_id is null and id_hash is not null order by id_hash
     on conflict (national_id_hash) do update set ${personSet('person', 'excluded')}
     where ${personChanged('person', 'excluded')}`,
  );
  const byGCode = await countChanges(
    session,
    `insert into person (g_code, ${PERSON_COLUMNS})
     select g_code, ${PERSON_COLUMNS} from ${STAGE}
     where person_id is null and id_hash is null order by g_code
     on conflict (g_code) do update set ${personSet('person', 'excluded')}
     where ${personChanged('person', 'excluded')}`,
  );
  return sum([byId, byGCode, { inserted: 0, updated: known?.n ?? 0 }]);
}

const RESOLVED = 'roster_resolved';

/** Each staged row with its person; `known`: the person was stored before this import. */
async function resolvePersons(session: Session): Promise<void> {
  const enrolment = 's.school_id, s.grade, s.room, s.candidate';
  await session.query(
    `create temp table ${RESOLVED} on commit drop as
     select s.person_id, ${enrolment}, true as known from ${STAGE} s where s.person_id is not null
     union all
     select p.id, ${enrolment}, false from ${STAGE} s join person p on p.national_id_hash = s.id_hash
     where s.person_id is null
     union all
     select p.id, ${enrolment}, false from ${STAGE} s join person p on p.g_code = s.g_code
     where s.person_id is null and s.id_hash is null`,
  );
  await session.query(`analyze ${RESOLVED}`);
}

const ENROLMENT_UPSERT = `
  on conflict (semester_id, student_id) do update set
    school_id = excluded.school_id, grade = excluded.grade,
    room = excluded.room, candidate = excluded.candidate
  where (enrolment.school_id, enrolment.grade, enrolment.room, enrolment.candidate)
    is distinct from (excluded.school_id, excluded.grade, excluded.room, excluded.candidate)`;

/**
 * One student and one enrolment per resolved person. A new person has neither yet, so its rows
 * are only inserted; a known one is looked up first, and an unchanged enrolment is not touched.
 */
async function mergeEnrolments(session: Session, semesterId: number): Promise<Changes> {
  const enrolment = `insert into enrolment (semester_id, student_id, school_id, grade, room, candidate)
    select $1::int, r.person_id, r.school_id, r.grade, r.room, r.candidate from ${RESOLVED} r`;
  await session.query(
    `insert into student (person_id) select person_id from ${RESOLVED} r
     where not r.known or not exists (select 1 from student t where t.person_id = r.person_id)
     order by person_id on conflict do nothing`,
  );
  const added = await countChanges(
    session,
    `${enrolment} where not r.known order by r.person_id ${ENROLMENT_UPSERT}`,
    [semesterId],
  );
  const [changed] = await session.query<{ n: number }>(
    `with done as (
       update enrolment e set school_id = r.school_id, grade = r.grade, room = r.room,
         candidate = r.candidate
       from ${RESOLVED} r
       where r.known and e.semester_id = $1 and e.student_id = r.person_id
         and (e.school_id, e.grade, e.room, e.candidate)
           is distinct from (r.school_id, r.grade, r.room, r.candidate)
       returning 1)
     select count(*)::int as n from done`,
    [semesterId],
  );
  const enrolled = await countChanges(
    session,
    `${enrolment} where r.known and not exists (select 1 from enrolment e
       where e.semester_id = $1 and e.student_id = r.person_id)
     order by r.person_id ${ENROLMENT_UPSERT}`,
    [semesterId],
  );
  return sum([added, enrolled, { inserted: 0, updated: changed?.n ?? 0 }]);
}

/** Stores the staged rows: persons, students, then one enrolment per student in the semester. */
export async function mergeStage(session: Session, semesterId: number): Promise<MergeCounts> {
  const persons = await mergePersons(session);
  await resolvePersons(session);
  const enrolments = await mergeEnrolments(session, semesterId);
  return {
    personsInserted: persons.inserted,
    personsUpdated: persons.updated,
    enrolmentsInserted: enrolments.inserted,
    enrolmentsUpdated: enrolments.updated,
  };
}
