import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unwrap } from '../core/result.js';
import { allocate, type AllocationRequest, type EligibleStudent } from './allocate.js';
import { DEFAULT_RATE_TABLE, type RateTable } from './rates.js';

const TERM_1 = { academicYear: 2568, term: 1 } as const;
const TERM_2 = { academicYear: 2568, term: 2 } as const;

const student = (studentId: string, score: number, extra: Partial<EligibleStudent> = {}) =>
  ({ studentId, grade: 'P4', povertyClass: 'extremely_poor', score, ...extra }) as EligibleStudent;

const request = (students: EligibleStudent[], more: Partial<AllocationRequest> = {}) =>
  ({
    students,
    rateTable: DEFAULT_RATE_TABLE,
    semester: TERM_1,
    rationing: 'pro_rata',
    ...more,
  }) as AllocationRequest;

const withTopUp: RateTable = {
  ...DEFAULT_RATE_TABLE,
  id: 'equity-demo',
  topUp: {
    bands: [
      { scoreAbove: 60, baht: 300 },
      { scoreAbove: 80, baht: 700 },
    ],
  },
};

describe('allocate without a budget', () => {
  it('pays the public 2,000 baht in term 1 and 1,000 in term 2, and nothing to the merely poor', () => {
    const students = [
      student('B', 55),
      student('A', 70, { grade: 'M5' }),
      student('C', 40, { povertyClass: 'poor' }),
    ];
    const term1 = unwrap(allocate(request(students)));
    expect(term1.lines.map((l) => [l.studentId, l.amount])).toEqual([
      ['A', 2000],
      ['B', 2000],
      ['C', 0],
    ]);
    expect(term1.total).toBe(4000);
    const term2 = unwrap(allocate(request(students, { semester: TERM_2 })));
    expect(term2.lines.map((l) => l.amount)).toEqual([1000, 1000, 0]);
  });

  it('explains base rate and top-up in Thai and English', () => {
    const result = unwrap(
      allocate(request([student('A', 85, { grade: 'M2' })], { rateTable: withTopUp })),
    );
    const line = result.lines[0];
    expect(line).toMatchObject({
      baseRate: 2000,
      topUp: 700,
      entitlement: 2700,
      reduction: 0,
      amount: 2700,
    });
    expect(line?.explanation).toEqual([
      {
        th: 'อัตราระดับมัธยมศึกษาตอนต้น นักเรียนยากจนพิเศษ ภาคเรียนที่ 1: 2,000 บาท',
        en: 'Rate for Lower secondary, Extremely poor, term 1: 2,000 baht',
      },
      {
        th: 'เงินเพิ่มเพื่อความเสมอภาค (คะแนนความยากจน 85 สูงกว่า 80): +700 บาท',
        en: 'Equity top-up (poverty score 85 above 80): +700 baht',
      },
    ]);
  });

  it('shows the score with the two decimals the PMT publishes, so a top-up never reads "50 above 50"', () => {
    const bands = { bands: [{ scoreAbove: 50, baht: 100 }] };
    const result = unwrap(
      allocate(request([student('A', 50.04)], { rateTable: { ...withTopUp, topUp: bands } })),
    );
    expect(result.lines[0]?.explanation[1]?.en).toBe(
      'Equity top-up (poverty score 50.04 above 50): +100 baht',
    );
  });
});

describe('allocate under a budget', () => {
  const three = [student('C', 60), student('A', 90), student('B', 75)];

  it('pro rata: shares by largest remainder, ties to the lower id, spending the budget exactly', () => {
    const result = unwrap(allocate(request(three, { budget: 5000 })));
    expect(result.lines.map((l) => [l.studentId, l.amount])).toEqual([
      ['A', 1667],
      ['B', 1667],
      ['C', 1666],
    ]);
    expect(result.total).toBe(5000);
    expect(result.budget).toBe(5000);
    expect(result.lines[2]?.explanation[1]).toEqual({
      th: 'งบประมาณพอจ่าย 83.3% ของยอดที่มีสิทธิ์ จึงลดตามสัดส่วน: −334 บาท',
      en: 'The budget covers 83.3% of entitlements, so every amount is reduced in proportion: −334 baht',
    });
  });

  it('score rank: pays the poorest in full first, the next gets what is left, then nothing', () => {
    const result = unwrap(allocate(request(three, { budget: 2500, rationing: 'score_rank' })));
    expect(result.lines.map((l) => [l.studentId, l.amount])).toEqual([
      ['A', 2000],
      ['B', 500],
      ['C', 0],
    ]);
    expect(result.lines[1]?.explanation[1]?.en).toBe(
      'The budget pays in full from the highest poverty score down and ran out at rank 2; this student is rank 2: −1,500 baht',
    );
    expect(result.lines[2]?.reduction).toBe(2000);
  });

  it('a budget at or above the entitlements pays everyone in full, without a reduction line', () => {
    const result = unwrap(allocate(request(three, { budget: 6000, rationing: 'score_rank' })));
    expect(result.lines.map((l) => l.amount)).toEqual([2000, 2000, 2000]);
    expect(result.lines.every((l) => l.explanation.length === 1)).toBe(true);
  });

  it('an empty list pays nothing, with or without a budget, under either rationing', () => {
    for (const rationing of ['pro_rata', 'score_rank'] as const) {
      for (const budget of [undefined, 0, 1000]) {
        const more = budget === undefined ? { rationing } : { rationing, budget };
        const result = unwrap(allocate(request([], more)));
        expect([result.lines, result.total, result.entitlementTotal]).toEqual([[], 0, 0]);
      }
    }
  });

  it('a zero budget pays nobody', () => {
    const result = unwrap(allocate(request(three, { budget: 0 })));
    expect(result.total).toBe(0);
    expect(result.entitlementTotal).toBe(6000);
  });
});

describe('allocate refuses bad requests', () => {
  it('reports every problem at once with its path', () => {
    const bad = {
      students: [
        student('A', 70),
        student('A', 71),
        { studentId: 'B', grade: 'M9', povertyClass: 'very_poor', score: 120 },
        'C',
      ],
      rateTable: { ...DEFAULT_RATE_TABLE, id: 7 },
      semester: { academicYear: 2568, term: 3 },
      budget: -100,
      rationing: 'lottery',
    } as unknown as AllocationRequest;
    const result = allocate(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'DUPLICATE_KEY students.1.studentId',
      'UNKNOWN_GRADE students.2.grade',
      'UNKNOWN_POVERTY_CLASS students.2.povertyClass',
      'OUT_OF_RANGE students.2.score',
      'NOT_AN_OBJECT students.3',
      'NOT_A_STRING rateTable.id',
      'INVALID_SEMESTER semester',
      'UNKNOWN_RATIONING rationing',
      'OUT_OF_RANGE budget',
    ]);
    expect(result.issues[0]?.message).toEqual({ th: 'ค่า "A" ซ้ำกัน', en: 'Duplicate value "A"' });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(allocate(junk as AllocationRequest).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('students', 'rateTable', 'semester', 'budget', 'rationing'),
          fc.anything(),
        ),
        (junk) => {
          expect(() => allocate(junk as unknown as AllocationRequest)).not.toThrow();
        },
      ),
    );
  });
});
