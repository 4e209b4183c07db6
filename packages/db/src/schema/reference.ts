import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import { LEVEL_GROUPS, REGIONS } from '@isee/domain';
import { sqlList } from './columns.js';

/** Official DOPA codes: province 2 digits, district 4, sub-district 6; each starts with its parent's. */
export const province = pgTable(
  'province',
  {
    code: char('code', { length: 2 }).primaryKey(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    region: text('region').notNull(),
    /** ISO 3166-2 code for the map, e.g. TH-50. */
    isoCode: text('iso_code').notNull().unique(),
  },
  (t) => [check('province_region_known', sql.raw(`${t.region.name} in (${sqlList(REGIONS)})`))],
);

export const district = pgTable(
  'district',
  {
    code: char('code', { length: 4 }).primaryKey(),
    provinceCode: char('province_code', { length: 2 })
      .notNull()
      .references(() => province.code),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('district_province_idx').on(t.provinceCode)],
);

export const subDistrict = pgTable(
  'sub_district',
  {
    code: char('code', { length: 6 }).primaryKey(),
    districtCode: char('district_code', { length: 4 })
      .notNull()
      .references(() => district.code),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    postalCode: char('postal_code', { length: 5 }),
  },
  (t) => [index('sub_district_district_idx').on(t.districtCode)],
);

/** The six affiliations (ต้นสังกัด) that screen students: obec, dla, bpp, opec, onab, bma. */
export const affiliation = pgTable('affiliation', {
  code: text('code').primaryKey(),
  abbrTh: text('abbr_th').notNull(),
  abbrEn: text('abbr_en').notNull(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
});

/** OBEC's primary (สพป.) and secondary (สพม.) education service areas. */
export const educationServiceArea = pgTable(
  'education_service_area',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    kind: text('kind').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    provinceCode: char('province_code', { length: 2 })
      .notNull()
      .references(() => province.code),
  },
  (t) => [check('esa_kind_known', sql`${t.kind} in ('primary', 'secondary')`)],
);

export const gradeLevel = pgTable(
  'grade_level',
  {
    code: text('code').primaryKey(),
    ordinal: smallint('ordinal').notNull().unique(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    levelGroup: text('level_group').notNull(),
  },
  (t) => [
    check('grade_level_group_known', sql.raw(`${t.levelGroup.name} in (${sqlList(LEVEL_GROUPS)})`)),
  ],
);

export const school = pgTable(
  'school',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The affiliation's own school code (OBEC: 10 digits), unique across affiliations. */
    code: text('code').notNull().unique(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    affiliationCode: text('affiliation_code')
      .notNull()
      .references(() => affiliation.code),
    subDistrictCode: char('sub_district_code', { length: 6 })
      .notNull()
      .references(() => subDistrict.code),
    /** Derived from the sub-district code (DOPA codes nest), stored for area-scoped queries. */
    districtCode: char('district_code', { length: 4 })
      .notNull()
      .generatedAlwaysAs(sql`substr(sub_district_code, 1, 4)`),
    provinceCode: char('province_code', { length: 2 })
      .notNull()
      .generatedAlwaysAs(sql`substr(sub_district_code, 1, 2)`),
    serviceAreaId: integer('service_area_id').references(() => educationServiceArea.id),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
  },
  (t) => [
    index('school_province_idx').on(t.provinceCode, t.affiliationCode),
    index('school_district_idx').on(t.districtCode),
    index('school_service_area_idx').on(t.serviceAreaId),
  ],
);

/** Academic years are Buddhist Era (2569 = 2026/27). */
export const academicYear = pgTable('academic_year', {
  year: smallint('year').primaryKey(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
});

/** A term; its id is year × 10 + term (25691), the domain's semesterKey, so ids sort in time order. */
export const semester = pgTable(
  'semester',
  {
    id: integer('id').primaryKey(),
    academicYear: smallint('academic_year')
      .notNull()
      .references(() => academicYear.year),
    term: smallint('term').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    check('semester_term_known', sql`${t.term} in (1, 2)`),
    check('semester_id_is_key', sql`${t.id} = ${t.academicYear} * 10 + ${t.term}`),
    check('semester_dates_ordered', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);
