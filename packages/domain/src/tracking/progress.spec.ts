import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unwrap } from '../core/result.js';
import { studentProgress, supportYearsOf, type StudentHistory } from './progress.js';

const sem = (academicYear: number, term: 1 | 2) => ({ academicYear, term });

describe('studentProgress', () => {
  it('counts distinct academic years with a grant paid, not semesters nor held payments', () => {
    const progress = unwrap(
      studentProgress({
        enrolments: [{ grade: 'M4', semester: sem(2567, 1) }],
        grants: [
          { semester: sem(2566, 1), amount: 2000 },
          { semester: sem(2566, 2), amount: 1000 },
          { semester: sem(2567, 1), amount: 0 },
          { semester: sem(2568, 2), amount: 1000 },
        ],
      }),
    );
    expect(progress).toEqual({
      supportYears: [2566, 2568],
      supportYearsUsed: 2,
      highestGrade: 'M4',
      basicEducationComplete: false,
    });
  });

  it('knows basic education is complete once the last term of M.6 or ปวช.3 is reached', () => {
    const through = (grade: 'M6' | 'V3' | 'M5', term: 1 | 2) =>
      unwrap(
        studentProgress({
          enrolments: [
            { grade: 'P1', semester: sem(2560, 1) },
            { grade, semester: sem(2571, term) },
          ],
          grants: [],
        }),
      );
    expect(through('M6', 2)).toMatchObject({ basicEducationComplete: true, highestGrade: 'M6' });
    expect(through('V3', 2).basicEducationComplete).toBe(true);
    expect(through('M6', 1).basicEducationComplete).toBe(false);
    expect(through('M5', 2).basicEducationComplete).toBe(false);
  });

  it('reports every bad enrolment and grant', () => {
    const bad = {
      enrolments: [{ grade: 'X1', semester: sem(2567, 1) }, 'P1'],
      grants: [{ semester: { academicYear: 2567, term: 3 }, amount: -1 }],
    } as unknown as StudentHistory;
    const result = studentProgress(bad);
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'UNKNOWN_GRADE enrolments.0.grade',
      'NOT_AN_OBJECT enrolments.1',
      'INVALID_SEMESTER grants.0.semester',
      'OUT_OF_RANGE grants.0.amount',
    ]);
    expect(() => studentProgress(undefined as unknown as StudentHistory)).not.toThrow();
  });

  it('support years are exactly the distinct years with a paid grant, ascending', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            semester: fc.record({
              academicYear: fc.integer({ min: 2560, max: 2570 }),
              term: fc.constantFrom(1 as const, 2 as const),
            }),
            amount: fc.nat(3000),
          }),
        ),
        (grants) => {
          const years = supportYearsOf(grants);
          expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
          const paid = new Set(
            grants.filter((g) => g.amount > 0).map((g) => g.semester.academicYear),
          );
          expect(new Set(years)).toEqual(paid);
        },
      ),
    );
  });
});
