import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { COMPLIANCE_REASONS, evaluateCompliance } from './compliance.js';
import { assessGrowth } from './growth/index.js';

const semester = { academicYear: 2569, term: 1 };
const attended = (attendedDays: number) => ({ kind: 'summary', schoolDays: 100, attendedDays });
const healthy = { healthyGrowth: true, concerns: [] };
const thin = { healthyGrowth: false, concerns: ['severe_thinness'] };
const reasonsOf = (input: unknown, config?: unknown) =>
  unwrap(evaluateCompliance(input, config)).reasons.map((r) => r.code);

describe('compliance for one semester', () => {
  it('is met with enough attendance and healthy growth', () => {
    const c = unwrap(evaluateCompliance({ semester, attendance: attended(85), growth: healthy }));
    expect(c.compliant).toBe(true);
    expect(c.reasons).toEqual([]);
    expect(c.summary).toEqual({
      th: 'ภาคเรียนที่ 1/2569: ผ่านเงื่อนไข',
      en: 'Term 1, 2569 BE: conditions met',
    });
  });

  it('explains low attendance with the days still needed', () => {
    const c = unwrap(evaluateCompliance({ semester, attendance: attended(80), growth: healthy }));
    expect(c.compliant).toBe(false);
    expect(c.reasons).toEqual([
      {
        code: 'ATTENDANCE_BELOW_THRESHOLD',
        message: {
          th: 'มาเรียน 80 จาก 100 วัน (ร้อยละ 80.0) ต่ำกว่าเกณฑ์ร้อยละ 85 ซึ่งต้องมาเรียนอย่างน้อย 85 วัน',
          en: 'Attended 80 of 100 school days (80.0%), below the 85% threshold, which needs at least 85 days',
        },
      },
    ]);
    expect(c.summary.th).toContain('ไม่ใช่การลงโทษ');
  });

  it('lists every reason when nothing was recorded by the deadline', () => {
    expect(reasonsOf({ semester })).toEqual(['ATTENDANCE_MISSING', 'GROWTH_NOT_MEASURED']);
    expect(reasonsOf({ semester, attendance: null, growth: null })).toEqual([
      'ATTENDANCE_MISSING',
      'GROWTH_NOT_MEASURED',
    ]);
  });

  it('names the growth concern in each language', () => {
    const c = unwrap(evaluateCompliance({ semester, attendance: attended(90), growth: thin }));
    expect(c.reasons.map((r) => r.message)).toEqual([
      {
        th: 'การเจริญเติบโตต้องได้รับการดูแล: ผอมรุนแรง',
        en: expect.stringMatching(/^Growth needs attention: ./),
      },
    ]);
  });

  it('asks of growth only what the config makes a condition', () => {
    const unhealthy = { semester, attendance: attended(90), growth: thin };
    const unmeasured = { semester, attendance: attended(90) };
    expect(reasonsOf(unhealthy, { growthCondition: 'healthy' })).toEqual(['GROWTH_UNHEALTHY']);
    expect(reasonsOf(unhealthy, { growthCondition: 'measured' })).toEqual([]);
    expect(reasonsOf(unmeasured, { growthCondition: 'measured' })).toEqual(['GROWTH_NOT_MEASURED']);
    expect(reasonsOf(unmeasured, { growthCondition: 'none' })).toEqual([]);
  });

  it('applies the configured attendance threshold', () => {
    const input = { semester, attendance: attended(80), growth: healthy };
    expect(reasonsOf(input, { thresholdPercent: 80 })).toEqual([]);
  });

  it('takes the growth module assessment as it comes', () => {
    const growth = unwrap(
      assessGrowth({
        sex: 'female',
        birthDate: '2016-05-01',
        measuredOn: '2026-06-15',
        weightKg: 31,
        heightCm: 138,
      }),
    );
    const c = unwrap(evaluateCompliance({ semester, attendance: attended(95), growth }));
    expect(c.growth).toEqual({ healthyGrowth: growth.healthyGrowth, concerns: growth.concerns });
    expect(c.compliant).toBe(growth.healthyGrowth);
  });

  it('refuses bad input with every issue at once', () => {
    const result = evaluateCompliance(
      {
        semester: { academicYear: 2026, term: 3 },
        attendance: { kind: 'summary', schoolDays: 10, attendedDays: 11 },
        growth: { healthyGrowth: true, concerns: ['obesity'] },
      },
      { growthCondition: 'sometimes' },
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_OPTION', 'config.growthCondition'],
      ['INVALID_SEMESTER', 'semester'],
      ['ATTENDANCE_EXCEEDS_SCHOOL_DAYS', 'attendance.attendedDays'],
      ['COMPLIANCE_GROWTH_INCONSISTENT', 'growth.healthyGrowth'],
    ]);
  });
});

describe('compliance properties', () => {
  const growth = fc.option(
    fc.subarray(['severe_thinness', 'severely_stunted', 'obesity']).map((concerns) => ({
      healthyGrowth: concerns.length === 0,
      concerns,
    })),
  );
  const attendance = fc.option(fc.integer({ min: 0, max: 100 }).map(attended));
  const growthCondition = fc.constantFrom('healthy', 'measured', 'none');

  it('is compliant exactly when no reason is given, and every reason is explained', () => {
    fc.assert(
      fc.property(attendance, growth, growthCondition, (a, g, gc) => {
        const c = unwrap(
          evaluateCompliance({ semester, attendance: a, growth: g }, { growthCondition: gc }),
        );
        expect(c.compliant).toBe(c.reasons.length === 0);
        for (const r of c.reasons) {
          expect(COMPLIANCE_REASONS).toContain(r.code);
          expect(r.message.th).not.toMatch(/[{}]/);
          expect(r.message.en).not.toMatch(/[{}]/);
        }
      }),
    );
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, config) => {
        const result = evaluateCompliance(input, config);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (attendanceJunk, growthJunk) => {
        expect(() =>
          evaluateCompliance({ semester, attendance: attendanceJunk, growth: growthJunk }),
        ).not.toThrow();
      }),
    );
  });
});
