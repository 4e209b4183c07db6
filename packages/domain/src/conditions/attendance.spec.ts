import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { assessAttendance, ATTENDANCE_STATUSES, type AttendanceStatus } from './attendance.js';

const day = (n: number): string => `2026-06-${String(n).padStart(2, '0')}`;
const daily = (statuses: readonly AttendanceStatus[]) => ({
  kind: 'daily',
  records: statuses.map((status, i) => ({ date: day(i + 1), status })),
});
const codes = (result: ReturnType<typeof assessAttendance>) =>
  result.ok ? [] : result.issues.map((i) => [i.code, i.path]);

describe('attendance from a semester summary', () => {
  it('passes at exactly 85 % — the rule is "not below"', () => {
    const a = unwrap(assessAttendance({ kind: 'summary', schoolDays: 100, attendedDays: 85 }));
    expect(a).toMatchObject({ rate: 0.85, requiredDays: 85, meetsThreshold: true, days: null });
    expect(a.explanation.th).toBe('มาเรียน 85 จาก 100 วัน (ร้อยละ 85.0) ผ่านเกณฑ์ร้อยละ 85');
  });

  it('fails one day short of 85 %', () => {
    const a = unwrap(assessAttendance({ kind: 'summary', schoolDays: 100, attendedDays: 84 }));
    expect(a.meetsThreshold).toBe(false);
    expect(a.explanation.en).toBe(
      'Attended 84 of 100 school days (84.0%), below the 85% threshold',
    );
  });

  it('compares exactly where floating point would not: 29 of 50 days at 58 %', () => {
    // 29 / 50 * 100 is 57.99999999999999 in floating point; the whole-number rule is exact.
    const input = { kind: 'summary', schoolDays: 50, attendedDays: 29 };
    expect(unwrap(assessAttendance(input, { thresholdPercent: 58 }))).toMatchObject({
      meetsThreshold: true,
      requiredDays: 29,
    });
  });

  it('never shows a failing rate rounded up to the threshold', () => {
    const a = unwrap(assessAttendance({ kind: 'summary', schoolDays: 199, attendedDays: 169 }));
    expect(a.meetsThreshold).toBe(false);
    expect(a.explanation.en).toContain('(84.9%)');
  });

  it('takes the threshold as a parameter, to two decimals', () => {
    const input = { kind: 'summary', schoolDays: 200, attendedDays: 161 };
    expect(unwrap(assessAttendance(input, { thresholdPercent: 80.5 })).meetsThreshold).toBe(true);
    expect(unwrap(assessAttendance(input, { thresholdPercent: 80.55 })).meetsThreshold).toBe(false);
    expect(codes(assessAttendance(input, { thresholdPercent: 80.555 }))).toEqual([
      ['ATTENDANCE_THRESHOLD_PRECISION', 'config.thresholdPercent'],
    ]);
  });

  it('refuses more days attended than school days, and every other problem at once', () => {
    expect(codes(assessAttendance({ kind: 'summary', schoolDays: 90, attendedDays: 91 }))).toEqual([
      ['ATTENDANCE_EXCEEDS_SCHOOL_DAYS', 'attendedDays'],
    ]);
    expect(
      codes(
        assessAttendance(
          { kind: 'summary', schoolDays: 0, attendedDays: 1.5 },
          { thresholdPercent: 101 },
        ),
      ),
    ).toEqual([
      ['OUT_OF_RANGE', 'config.thresholdPercent'],
      ['OUT_OF_RANGE', 'schoolDays'],
      ['NOT_AN_INTEGER', 'attendedDays'],
    ]);
  });
});

describe('attendance from daily records', () => {
  it('counts late as attended and both leaves as absent, reporting each apart', () => {
    const statuses: AttendanceStatus[] = [
      ...Array<AttendanceStatus>(15).fill('present'),
      'late',
      'late',
      'leave_sick',
      'leave_personal',
      'absent',
    ];
    const a = unwrap(assessAttendance(daily(statuses)));
    expect(a).toMatchObject({
      source: 'daily',
      schoolDays: 20,
      attendedDays: 17,
      meetsThreshold: true,
    });
    expect(a.days).toEqual({ present: 15, late: 2, absent: 1, leaveSick: 1, leavePersonal: 1 });
  });

  it('refuses a date recorded twice, a date outside the semester and an unknown status', () => {
    const input = {
      kind: 'daily',
      period: { start: '2026-05-15', end: '2026-06-30' },
      records: [
        { date: '2026-06-01', status: 'present' },
        { date: '2026-06-01', status: 'absent' },
        { date: '2026-07-01', status: 'present' },
        { date: '2026-06-02', status: 'holiday' },
        { date: '2026-02-30', status: 'present' },
      ],
    };
    expect(codes(assessAttendance(input))).toEqual([
      ['DUPLICATE_KEY', 'records.1.date'],
      ['ATTENDANCE_DATE_OUTSIDE_PERIOD', 'records.2.date'],
      ['UNKNOWN_OPTION', 'records.3.status'],
      ['INVALID_DATE', 'records.4.date'],
    ]);
  });

  it('refuses an empty semester and a period that ends before it starts', () => {
    expect(codes(assessAttendance({ kind: 'daily', records: [] }))).toEqual([
      ['TOO_FEW_ITEMS', 'records'],
    ]);
    const reversed = { ...daily(['present']), period: { start: '2026-06-30', end: '2026-05-15' } };
    expect(codes(assessAttendance(reversed))).toEqual([['ATTENDANCE_PERIOD_REVERSED', 'period']]);
  });

  it('refuses an input of unknown kind', () => {
    expect(codes(assessAttendance({ kind: 'weekly' }))).toEqual([['UNKNOWN_OPTION', 'kind']]);
    expect(codes(assessAttendance(null))).toEqual([['REQUIRED', '']]);
  });
});

describe('attendance properties', () => {
  const summary = fc.integer({ min: 1, max: 200 }).chain((schoolDays) =>
    fc.record({
      schoolDays: fc.constant(schoolDays),
      attendedDays: fc.integer({ min: 0, max: schoolDays }),
    }),
  );
  const threshold = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);

  it('gives a rate in [0, 1] and passes exactly when enough days were attended', () => {
    fc.assert(
      fc.property(summary, threshold, (s, thresholdPercent) => {
        const a = unwrap(assessAttendance({ kind: 'summary', ...s }, { thresholdPercent }));
        expect(a.rate).toBeGreaterThanOrEqual(0);
        expect(a.rate).toBeLessThanOrEqual(1);
        expect(a.meetsThreshold).toBe(a.attendedDays >= a.requiredDays);
        expect(a.requiredDays).toBeLessThanOrEqual(a.schoolDays);
      }),
    );
  });

  it('agrees between daily records and their summary', () => {
    const statuses = fc.array(fc.constantFrom(...ATTENDANCE_STATUSES), {
      minLength: 1,
      maxLength: 28,
    });
    fc.assert(
      fc.property(statuses, (list) => {
        const d = unwrap(assessAttendance(daily(list)));
        const attendedDays = list.filter((s) => s === 'present' || s === 'late').length;
        const s = unwrap(
          assessAttendance({ kind: 'summary', schoolDays: list.length, attendedDays }),
        );
        expect({ ...d, source: 'summary', days: null }).toEqual(s);
      }),
    );
  });

  it('never throws on junk, and answers with issues', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, config) => {
        const result = assessAttendance(input, config);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
    const junkDay = fc.record({
      date: fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      status: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(junkDay, { maxLength: 5 }), (records) => {
        expect(() => assessAttendance({ kind: 'daily', records })).not.toThrow();
      }),
    );
  });
});
