import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unwrap } from '../core/result.js';
import { supportWindow, type SupportQuestion } from './support-window.js';

const decide = (q: SupportQuestion) => unwrap(supportWindow(q));

describe('supportWindow worked examples', () => {
  it('a new student with no screening must be screened', () => {
    const w = decide({ academicYear: 2568, supportedYears: [] });
    expect(w).toMatchObject({
      status: 'needs_screening',
      eligible: true,
      rescreen: true,
      yearsUsed: 0,
      yearsLeft: 3,
    });
    expect(w.explanation.th).toBe('ต้องคัดกรองครัวเรือนก่อนรับทุนปีการศึกษา 2568 (ใช้สิทธิ์แล้ว 0 จาก 3 ปี)');
  });

  it('a student screened this year is decided by that screening', () => {
    const w = decide({ academicYear: 2568, supportedYears: [], lastScreeningYear: 2568 });
    expect(w).toMatchObject({ status: 'screened', eligible: true, rescreen: false });
  });

  it('a continuing grantee carries over without re-screening, within three years of the screening', () => {
    const second = decide({ academicYear: 2567, supportedYears: [2566], lastScreeningYear: 2566 });
    expect(second).toMatchObject({
      status: 'continuing',
      rescreen: false,
      yearsUsed: 1,
      yearsLeft: 2,
    });
    expect(second.explanation.en).toBe(
      'Continuing grantee: the screening of academic year 2566 carries over without re-screening (1 of 3 years used)',
    );
    const third = decide({
      academicYear: 2568,
      supportedYears: [2566, 2567],
      lastScreeningYear: 2566,
    });
    expect(third).toMatchObject({ status: 'continuing', yearsUsed: 2, yearsLeft: 1 });
  });

  it('after three years of support the window is spent', () => {
    const w = decide({
      academicYear: 2569,
      supportedYears: [2566, 2567, 2568],
      lastScreeningYear: 2566,
    });
    expect(w).toMatchObject({
      status: 'window_spent',
      eligible: false,
      rescreen: false,
      yearsLeft: 0,
    });
    expect(w.explanation.th).toBe('ใช้สิทธิ์รับทุนครบ 3 ปีการศึกษาแล้ว');
  });

  it('term 2 of a year already paid follows, counting that year once', () => {
    const w = decide({
      academicYear: 2568,
      supportedYears: [2566, 2567, 2568, 2568],
      lastScreeningYear: 2566,
    });
    expect(w).toMatchObject({
      status: 'in_year',
      eligible: true,
      rescreen: false,
      yearsUsed: 3,
      yearsLeft: 0,
    });
  });

  it('a gap year, or a screening older than the window, means re-screening', () => {
    const gap = decide({ academicYear: 2568, supportedYears: [2565], lastScreeningYear: 2565 });
    expect(gap.status).toBe('needs_screening');
    const stale = decide({ academicYear: 2568, supportedYears: [2567], lastScreeningYear: 2564 });
    expect(stale).toMatchObject({ status: 'needs_screening', rescreen: true });
  });

  it('honours another window length', () => {
    const w = decide({
      academicYear: 2569,
      supportedYears: [2566, 2567, 2568],
      lastScreeningYear: 2566,
      maxYears: 6,
    });
    expect(w).toMatchObject({ status: 'continuing', yearsLeft: 3 });
  });
});

describe('supportWindow refuses bad questions', () => {
  it('reports every problem with its path', () => {
    const bad = {
      academicYear: 2568,
      supportedYears: [2567, 2570, 'x', 2400],
      lastScreeningYear: 2569,
      maxYears: 0,
    } as unknown as SupportQuestion;
    const result = supportWindow(bad);
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'SUPPORT_YEAR_IN_FUTURE supportedYears.1',
      'NOT_A_NUMBER supportedYears.2',
      'OUT_OF_RANGE supportedYears.3',
      'SCREENING_IN_FUTURE lastScreeningYear',
      'OUT_OF_RANGE maxYears',
    ]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(() => supportWindow(junk as SupportQuestion)).not.toThrow();
      }),
    );
  });
});

describe('supportWindow properties', () => {
  const questions = fc
    .record({
      academicYear: fc.integer({ min: 2560, max: 2580 }),
      back: fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { maxLength: 8 }),
      screenedBack: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
      maxYears: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ academicYear, back, screenedBack, maxYears }) => ({
      academicYear,
      supportedYears: back.map((b) => academicYear - b),
      maxYears,
      ...(screenedBack !== undefined && { lastScreeningYear: academicYear - screenedBack }),
    }));

  it('no student is ever supported for more than the window allows', () => {
    fc.assert(
      fc.property(questions, (q) => {
        const w = decide(q);
        const before = q.supportedYears.filter((y) => y < q.academicYear).length;
        expect(w.eligible).toBe(w.status === 'in_year' || before < q.maxYears);
      }),
    );
  });

  it('re-screening is asked only of students inside the window who carry no valid screening', () => {
    fc.assert(
      fc.property(questions, (q) => {
        const w = decide(q);
        if (w.rescreen) {
          expect(w.eligible).toBe(true);
          expect(q.lastScreeningYear).not.toBe(q.academicYear);
        }
        if (w.status === 'continuing') {
          expect(q.supportedYears).toContain(q.academicYear - 1);
          expect(q.academicYear - (q.lastScreeningYear ?? -Infinity)).toBeLessThan(q.maxYears);
        }
      }),
    );
  });
});
