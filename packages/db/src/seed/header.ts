import { DEFAULT_RATE_TABLE, DEMO_MODEL_2026_03 } from '@isee/domain';
import { AFFILIATIONS, gradeLevelRows, type ThaiAreas } from '../reference/index.js';
import {
  academicYearRows,
  CURRENT_SEMESTER_ID,
  SCREENING_WINDOW,
  semesterRows,
} from './calendar.js';
import { valuesList, type SeedSession } from './session.js';

/** Username of the account the seeded screenings are recorded by: it cannot log in (issue 4 owns users). */
export const SEED_ACCOUNT = 'isee-seed';

/** Inserts rows of one shape, skipping rows already there (reference data may be loaded already). */
async function upsertRows(
  session: SeedSession,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const perStatement = Math.floor(20_000 / columns.length);
  for (let i = 0; i < rows.length; i += perStatement) {
    const slice = rows.slice(i, i + perStatement);
    await session.query(
      `insert into ${table} (${columns.join(', ')}) values ${valuesList(slice.length, columns.length)} on conflict do nothing`,
      slice.flat(),
    );
  }
}

/** Areas, affiliations, grade levels and the calendar: the same for every scale and seed. */
export async function writeReference(session: SeedSession, areas: ThaiAreas): Promise<void> {
  await upsertRows(
    session,
    'province',
    ['code', 'name_th', 'name_en', 'region', 'iso_code'],
    areas.provinces.map((p) => [p.code, p.nameTh, p.nameEn, p.region, p.isoCode]),
  );
  await upsertRows(
    session,
    'district',
    ['code', 'province_code', 'name_th', 'name_en'],
    areas.districts.map((d) => [d.code, d.provinceCode, d.nameTh, d.nameEn]),
  );
  await upsertRows(
    session,
    'sub_district',
    ['code', 'district_code', 'name_th', 'name_en', 'postal_code'],
    areas.subDistricts.map((s) => [s.code, s.districtCode, s.nameTh, s.nameEn, s.postalCode]),
  );
  await upsertRows(
    session,
    'affiliation',
    ['code', 'abbr_th', 'abbr_en', 'name_th', 'name_en'],
    AFFILIATIONS.map((a) => [a.code, a.abbrTh, a.abbrEn, a.nameTh, a.nameEn]),
  );
  await upsertRows(
    session,
    'grade_level',
    ['code', 'ordinal', 'name_th', 'name_en', 'level_group'],
    gradeLevelRows().map((g) => [g.code, g.ordinal, g.nameTh, g.nameEn, g.levelGroup]),
  );
  await upsertRows(
    session,
    'academic_year',
    ['year', 'starts_on', 'ends_on'],
    academicYearRows().map((y) => [y.year, y.startsOn, y.endsOn]),
  );
  await upsertRows(
    session,
    'semester',
    ['id', 'academic_year', 'term', 'starts_on', 'ends_on'],
    semesterRows().map((s) => [s.id, s.academicYear, s.term, s.startsOn, s.endsOn]),
  );
}

/**
 * The programme's settings for the current cycle: the demonstration PMT model, the default rate
 * table, the cycle of the current semester naming both, and the seed account. Answers the ids
 * the people rows refer to.
 */
export async function writeProgramme(
  session: SeedSession,
): Promise<{ cycleId: number; createdBy: number }> {
  const model = DEMO_MODEL_2026_03;
  await upsertRows(
    session,
    'pmt_model',
    ['id', 'version', 'form_revision', 'demonstration', 'valid_from', 'definition'],
    [
      [
        model.id,
        model.version,
        model.formRevision,
        model.demonstration,
        model.validFrom,
        JSON.stringify(model),
      ],
    ],
  );
  const rates = DEFAULT_RATE_TABLE;
  await upsertRows(
    session,
    'rate_table',
    ['id', 'label_th', 'label_en', 'definition'],
    [[rates.id, rates.label.th, rates.label.en, JSON.stringify(rates)]],
  );
  // '!' is no password hash at all, so the account can never log in.
  const [user] = await session.query(
    `insert into app_user (username, display_name, password_hash, active)
     values ($1, $2, '!', false)
     on conflict (username) do update set username = excluded.username
     returning id`,
    [SEED_ACCOUNT, 'ข้อมูลสังเคราะห์ (synthetic seed)'],
  );
  const [cycle] = await session.query(
    `insert into cycle (semester_id, pmt_model_id, rate_table_id, screening_opens_on, screening_closes_on)
     values ($1, $2, $3, $4, $5) returning id`,
    [CURRENT_SEMESTER_ID, model.id, rates.id, SCREENING_WINDOW.opensOn, SCREENING_WINDOW.closesOn],
  );
  return { cycleId: Number(cycle?.['id']), createdBy: Number(user?.['id']) };
}
