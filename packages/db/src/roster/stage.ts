import type { EncryptedId } from '../crypto/national-id.js';
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
] as const;

export async function createStage(session: Session): Promise<void> {
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

/** A CSV field for COPY: unquoted empty is NULL, so text is always quoted when it could be empty. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const nullable = (text: string | null): string => (text === null ? '' : quoted(text));
const hexOf = (bytes: Uint8Array): string => `\\x${Buffer.from(bytes).toString('hex')}`;

/** One staged line of CSV; the ID travels only as its hash and ciphertext. */
export function stageLine(rowNumber: number, row: RosterRow, id: EncryptedId | null): string {
  return [
    rowNumber,
    id === null ? '' : id.hash,
    id === null ? '' : hexOf(id.enc),
    nullable(row.gCode),
    quoted(row.firstName),
    quoted(row.lastName),
    row.sex ?? '',
    row.birthDate ?? '',
    row.schoolId,
    row.grade,
    quoted(row.room),
    row.candidate ? 't' : 'f',
  ].join(',');
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

/** The known person each row names, by ID or else by G-code (identities already reconciled). */
async function resolveKnownPersons(session: Session): Promise<void> {
  await session.query(
    `update ${STAGE} s set person_id = p.id from person p where p.national_id_hash = s.id_hash`,
  );
  await session.query(
    `update ${STAGE} s set person_id = p.id from person p
     where s.id_hash is null and p.g_code = s.g_code`,
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
  await session.query(`create index on ${STAGE} (id_hash)`);
  await session.query(`create index on ${STAGE} (g_code)`);
  await session.query(`analyze ${STAGE}`);
  const rejected = [
    ...(await removeDuplicates(session, 'id_hash')),
    ...(await removeDuplicates(session, 'g_code')),
    ...(await reconcileIdentities(session)),
  ];
  await resolveKnownPersons(session);
  rejected.push(...(await removeDuplicates(session, 'person_id')));
  return rejected.sort((a, b) => a.rowNumber - b.rowNumber);
}

export interface MergeCounts {
  readonly personsInserted: number;
  readonly personsUpdated: number;
  readonly enrolmentsInserted: number;
  readonly enrolmentsUpdated: number;
}

/** `inserted` and `updated` of an upsert's returned `(xmax = 0)`: a new tuple has no deleting xact. */
const countChanges = (upsert: string): string =>
  `with done as (${upsert} returning (xmax = 0) as inserted)
   select (count(*) filter (where inserted))::int as inserted,
          (count(*) filter (where not inserted))::int as updated from done`;

/**
 * The roster is the latest word on names, school, grade and room; a value the roster leaves empty
 * (sex, birth date) keeps what is known. Unchanged rows are not rewritten, so a second import of
 * the same file changes nothing, not even tuple versions.
 */
const PERSON_UPDATE = `
  g_code = coalesce(person.g_code, excluded.g_code),
  first_name = excluded.first_name,
  last_name = excluded.last_name,
  sex = coalesce(excluded.sex, person.sex),
  birth_date = coalesce(excluded.birth_date, person.birth_date)
  where (person.g_code, person.first_name, person.last_name, person.sex, person.birth_date)
    is distinct from (coalesce(person.g_code, excluded.g_code), excluded.first_name,
      excluded.last_name, coalesce(excluded.sex, person.sex),
      coalesce(excluded.birth_date, person.birth_date))`;

const PERSON_COLUMNS = 'first_name, last_name, sex, birth_date';

async function upsertPersons(session: Session) {
  const byId = await session.query<{ inserted: number; updated: number }>(
    countChanges(`insert into person (national_id_hash, national_id_enc, g_code, ${PERSON_COLUMNS})
      select id_hash, id_enc, g_code, ${PERSON_COLUMNS} from ${STAGE} where id_hash is not null
      on conflict (national_id_hash) do update set ${PERSON_UPDATE}`),
  );
  const byGCode = await session.query<{ inserted: number; updated: number }>(
    countChanges(`insert into person (g_code, ${PERSON_COLUMNS})
      select g_code, ${PERSON_COLUMNS} from ${STAGE} where id_hash is null
      on conflict (g_code) do update set ${PERSON_UPDATE}`),
  );
  return {
    inserted: (byId[0]?.inserted ?? 0) + (byGCode[0]?.inserted ?? 0),
    updated: (byId[0]?.updated ?? 0) + (byGCode[0]?.updated ?? 0),
  };
}

/** Stores the staged rows: persons, students, then one enrolment per student in the semester. */
export async function mergeStage(session: Session, semesterId: number): Promise<MergeCounts> {
  const persons = await upsertPersons(session);
  await session.query(
    `create temp table roster_resolved on commit drop as
     select p.id as person_id, s.school_id, s.grade, s.room, s.candidate
     from ${STAGE} s join person p on p.national_id_hash = s.id_hash
     union all
     select p.id, s.school_id, s.grade, s.room, s.candidate
     from ${STAGE} s join person p on p.g_code = s.g_code
     where s.id_hash is null`,
  );
  await session.query(
    `insert into student (person_id) select person_id from roster_resolved
     on conflict do nothing`,
  );
  const [enrolments] = await session.query<{ inserted: number; updated: number }>(
    countChanges(`insert into enrolment (semester_id, student_id, school_id, grade, room, candidate)
      select $1::int, person_id, school_id, grade, room, candidate from roster_resolved
      on conflict (semester_id, student_id) do update set
        school_id = excluded.school_id, grade = excluded.grade,
        room = excluded.room, candidate = excluded.candidate
      where (enrolment.school_id, enrolment.grade, enrolment.room, enrolment.candidate)
        is distinct from (excluded.school_id, excluded.grade, excluded.room, excluded.candidate)`),
    [semesterId],
  );
  return {
    personsInserted: persons.inserted,
    personsUpdated: persons.updated,
    enrolmentsInserted: enrolments?.inserted ?? 0,
    enrolmentsUpdated: enrolments?.updated ?? 0,
  };
}
