import fc from 'fast-check';
import { GRADES, gradeLabel, type Issue } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import { cellText, parseRosterDate, parseRosterGrade, readFlag, readSex } from './cells.js';
import { mapColumns } from './columns.js';

describe('roster cells', () => {
  it('reads Buddhist-era dates as schools write them, and ISO dates', () => {
    expect(parseRosterDate('12/05/2555')).toBe('2012-05-12');
    expect(parseRosterDate('1/2/2560')).toBe('2017-02-01');
    expect(parseRosterDate('29-02-2555')).toBe('2012-02-29');
    expect(parseRosterDate('๑๒/๐๕/๒๕๕๕')).toBe('2012-05-12');
    expect(parseRosterDate('2012-05-12')).toBe('2012-05-12');
    expect(parseRosterDate('2555-05-12')).toBe('2012-05-12');
    expect(parseRosterDate('12/05/2012')).toBe('2012-05-12');
    expect(parseRosterDate(new Date(Date.UTC(2012, 4, 12)))).toBe('2012-05-12');
  });

  it('refuses dates that do not exist or are not dates', () => {
    for (const bad of [
      '29/02/2556',
      '31/04/2555',
      '12/13/2555',
      '2555',
      'เมื่อวาน',
      '',
      '12/05/55',
    ]) {
      expect(parseRosterDate(bad)).toBeUndefined();
    }
  });

  it('accepts exactly the calendar days the Gregorian calendar has, for any digits typed', () => {
    const calendarDay = (y: number, m: number, d: number): string | undefined => {
      const date = new Date(Date.UTC(y, m - 1, d));
      const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1;
      return real && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : undefined;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (year, month, day) => {
          const gregorian = year >= 2400 ? year - 543 : year;
          expect(parseRosterDate(`${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`)).toBe(
            calendarDay(gregorian, month, day),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('round-trips every date written dd/mm/yyyy in the Buddhist Era', () => {
    const day = fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2030-12-31'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const be = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${Number(iso.slice(0, 4)) + 543}`;
        expect(parseRosterDate(be)).toBe(iso);
      }),
    );
  });

  it('reads grades in Thai and as codes', () => {
    expect(parseRosterGrade('ป.1')).toBe('P1');
    expect(parseRosterGrade('ม. 3')).toBe('M3');
    expect(parseRosterGrade('อ.2')).toBe('K2');
    expect(parseRosterGrade('อนุบาล 2')).toBe('K2');
    expect(parseRosterGrade('ปวช.1')).toBe('V1');
    expect(parseRosterGrade('P1')).toBe('P1');
    expect(parseRosterGrade('m3')).toBe('M3');
    expect(parseRosterGrade('ป.๖')).toBe('P6');
    for (const bad of ['ป.7', 'ม.0', 'X1', 'ปวส.1', '3', ''])
      expect(parseRosterGrade(bad)).toBeUndefined();
    for (const grade of GRADES) {
      expect(parseRosterGrade(gradeLabel(grade, 'th'))).toBe(grade);
      expect(parseRosterGrade(grade)).toBe(grade);
    }
  });

  it('reads the sex from its column, else from the title, and flags an unknown value', () => {
    const issues: Issue[] = [];
    expect(readSex('ชาย', '', 'sex', issues)).toBe('male');
    expect(readSex('F', '', 'sex', issues)).toBe('female');
    expect(readSex('', 'เด็กหญิง', 'sex', issues)).toBe('female');
    expect(readSex('', 'ด.ช.', 'sex', issues)).toBe('male');
    expect(readSex('', '', 'sex', issues)).toBeNull();
    expect(issues).toEqual([]);
    expect(readSex('อื่น ๆ', '', 'sex', issues)).toBeNull();
    expect(issues).toMatchObject([{ code: 'UNKNOWN_OPTION', path: 'sex' }]);
  });

  it('reads the poor-student flag in Thai and English, empty as no', () => {
    const issues: Issue[] = [];
    expect(['ใช่', 'Y', '1', 'ยากจน', true].map((v) => readFlag(v, 'candidate', issues))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['', 'ไม่ใช่', '0', 'no', null].map((v) => readFlag(v, 'candidate', issues))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(issues).toEqual([]);
    readFlag('maybe', 'candidate', issues);
    expect(issues).toMatchObject([{ code: 'UNKNOWN_OPTION', path: 'candidate' }]);
  });

  it('turns Thai digits into ASCII digits', () => {
    expect(cellText(' ๑๒๓ ')).toBe('123');
    expect(cellText(42)).toBe('42');
  });
});

describe('roster columns', () => {
  it('maps Thai and English headers whatever their case, spaces and BOM', () => {
    const mapped = mapColumns([
      '\uFEFFเลขประจำตัวประชาชน',
      'First Name',
      'LAST_NAME',
      'รหัสโรงเรียน',
      'ชั้น',
      'อื่น',
    ]);
    expect(mapped.ok && mapped.value).toMatchObject({
      nationalId: { index: 0 },
      firstName: { index: 1, header: 'First Name' },
      lastName: { index: 2 },
      schoolCode: { index: 3 },
      grade: { index: 4 },
    });
  });

  it('names every missing required column, and the identity columns together', () => {
    const mapped = mapColumns(['ชื่อ', 'ชั้น']);
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.issues.map((i) => [i.code, i.path])).toEqual([
      ['ROSTER_MISSING_COLUMN', 'nationalId'],
      ['ROSTER_MISSING_COLUMN', 'lastName'],
      ['ROSTER_MISSING_COLUMN', 'schoolCode'],
    ]);
    expect(mapped.issues[0]?.message.th).toContain('เลขประจำตัวประชาชน');
    expect(mapped.issues[0]?.message.en).toContain('g_code');
  });
});
