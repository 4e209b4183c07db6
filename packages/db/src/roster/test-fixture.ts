import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { makeGCode, thaiIdCheckDigit, unwrap } from '@isee/domain';
import type { DatabaseHandle } from '../connection/handle.js';
import { deriveIdKeys, type IdKeys } from '../crypto/national-id.js';
import { AFFILIATIONS } from '../reference/affiliations.js';
import { gradeLevelRows } from '../reference/grades.js';

/**
 * The least a roster needs, for the roster tests and the import benchmark: one province with two
 * sub-districts, the affiliations, the grade levels, semester 1/2569 and schools with 10-digit
 * codes. Fixed values, so a test can name them.
 */
export const FIXTURE_SEMESTER_ID = 25691;
export const FIXTURE_SCHOOL_CODES = ['1050100001', '1050100002'] as const;

export const fixtureKeys = (): IdKeys => deriveIdKeys(new Uint8Array(32).map((_, i) => i * 7 + 1));

export async function seedRosterFixture(
  handle: DatabaseHandle,
  schoolCodes: readonly string[] = FIXTURE_SCHOOL_CODES,
): Promise<void> {
  await handle.sql(
    `insert into province (code, name_th, name_en, region, iso_code)
     values ('50', 'เชียงใหม่', 'Chiang Mai', 'north', 'TH-50') on conflict do nothing`,
  );
  await handle.sql(
    `insert into district (code, province_code, name_th, name_en)
     values ('5001', '50', 'เมืองเชียงใหม่', 'Mueang Chiang Mai') on conflict do nothing`,
  );
  await handle.sql(
    `insert into sub_district (code, district_code, name_th, name_en)
     values ('500101', '5001', 'ศรีภูมิ', 'Si Phum') on conflict do nothing`,
  );
  for (const a of AFFILIATIONS) {
    await handle.sql(
      `insert into affiliation (code, abbr_th, abbr_en, name_th, name_en)
       values ($1, $2, $3, $4, $5) on conflict do nothing`,
      [a.code, a.abbrTh, a.abbrEn, a.nameTh, a.nameEn],
    );
  }
  for (const g of gradeLevelRows()) {
    await handle.sql(
      `insert into grade_level (code, ordinal, name_th, name_en, level_group)
       values ($1, $2, $3, $4, $5) on conflict do nothing`,
      [g.code, g.ordinal, g.nameTh, g.nameEn, g.levelGroup],
    );
  }
  await handle.sql(
    `insert into academic_year (year, starts_on, ends_on) values (2569, '2026-05-16', '2027-03-31')
     on conflict do nothing`,
  );
  await handle.sql(
    `insert into semester (id, academic_year, term, starts_on, ends_on)
     values (25691, 2569, 1, '2026-05-16', '2026-10-05') on conflict do nothing`,
  );
  await handle.sql(
    `insert into school (code, name_th, affiliation_code, sub_district_code)
     select code, 'โรงเรียน ' || code, 'obec', '500101' from unnest($1::text[]) as code
     on conflict do nothing`,
    [schoolCodes],
  );
}

/** The n-th valid national ID of a deterministic series (never a real person's: it starts with 9). */
export function syntheticId(n: number): string {
  const first12 = `9${String(n).padStart(11, '0')}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

export const syntheticGCode = (n: number): string =>
  unwrap(makeGCode({ yearBE2: 69, schoolNumber: 1 + (n % 999_999), sequence: 1 + (n % 9999) }));

/** The header of a DMC-like roster, in Thai as schools write it. */
export const THAI_HEADER = [
  'เลขประจำตัวประชาชน',
  'รหัส G',
  'คำนำหน้า',
  'ชื่อ',
  'นามสกุล',
  'เพศ',
  'วันเกิด',
  'รหัสโรงเรียน',
  'ชั้น',
  'ห้อง',
  'นักเรียนยากจน',
] as const;

export type RosterLine = readonly (string | number | Date | null)[];

export async function writeCsv(
  file: string,
  header: readonly string[],
  lines: readonly RosterLine[],
  bom = true,
): Promise<void> {
  const text = stringify([header, ...lines].map((l) => [...l]));
  await writeFile(file, bom ? `\uFEFF${text}` : text);
}

export async function writeXlsx(
  file: string,
  header: readonly string[],
  lines: readonly RosterLine[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('นักเรียน');
  sheet.addRow([...header]);
  for (const line of lines) sheet.addRow([...line]);
  await workbook.xlsx.writeFile(file);
}

/** The same code with its last (check) digit changed: a typing slip the check digit must catch. */
export const wrongCheckDigit = (code: string): string =>
  code.slice(0, -1) + ((Number(code.at(-1)) + 1) % 10);
