import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unwrap } from '../core/result.js';
import { GRADES, LEVEL_GROUPS } from '../vocab/grade.js';
import { POVERTY_CLASSES } from '../vocab/poverty.js';
import {
  allocate,
  comparePoverty,
  RATIONINGS,
  type AllocationRequest,
  type EligibleStudent,
} from './allocate.js';
import { DEFAULT_RATE_TABLE, type RateTable, type TermRates } from './rates.js';

const termRates: fc.Arbitrary<TermRates> = fc.tuple(fc.nat(5000), fc.nat(5000));
const classRates = fc.record({ not_poor: termRates, poor: termRates, extremely_poor: termRates });

/** Ascending scores with non-decreasing amounts, as a valid top-up must have. */
const topUp = fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 4 }).chain((scores) =>
  fc.array(fc.nat(1000), { minLength: scores.length, maxLength: scores.length }).map((amounts) => {
    const sortedAmounts = [...amounts].sort((a, b) => a - b);
    const bands = [...scores]
      .sort((a, b) => a - b)
      .map((scoreAbove, i) => ({ scoreAbove, baht: sortedAmounts[i] ?? 0 }));
    return { bands };
  }),
);

const rateTable: fc.Arbitrary<RateTable> = fc
  .record({
    rates: fc.tuple(...LEVEL_GROUPS.map(() => classRates)),
    topUp: fc.option(topUp, { nil: undefined }),
  })
  .map(({ rates, topUp }) => ({
    ...DEFAULT_RATE_TABLE,
    rates: Object.fromEntries(LEVEL_GROUPS.map((g, i) => [g, rates[i]])) as RateTable['rates'],
    ...(topUp && { topUp }),
  }));

const students: fc.Arbitrary<EligibleStudent[]> = fc.uniqueArray(
  fc.record({
    studentId: fc.nat(500).map((n) => `S${n}`),
    grade: fc.constantFrom(...GRADES),
    povertyClass: fc.constantFrom(...POVERTY_CLASSES),
    score: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
  }),
  { selector: (s) => s.studentId, maxLength: 40 },
);

const requests: fc.Arbitrary<AllocationRequest> = fc.record({
  students,
  rateTable,
  semester: fc.record({
    academicYear: fc.integer({ min: 2560, max: 2580 }),
    term: fc.constantFrom(1 as const, 2 as const),
  }),
  rationing: fc.constantFrom(...RATIONINGS),
  budget: fc.nat(100_000),
});

const withoutBudget = ({ budget: _, ...rest }: AllocationRequest): AllocationRequest => rest;

describe('allocation properties', () => {
  it('never pays more than the budget, and pays min(budget, entitlements) in whole baht', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const result = unwrap(allocate(req));
        const budget = req.budget ?? 0;
        expect(result.total).toBeLessThanOrEqual(budget);
        expect(result.total).toBe(Math.min(budget, result.entitlementTotal));
        for (const line of result.lines) {
          expect(Number.isInteger(line.amount)).toBe(true);
          expect(line.amount).toBeGreaterThanOrEqual(0);
          expect(line.amount).toBeLessThanOrEqual(line.entitlement);
          expect(line.entitlement - line.reduction).toBe(line.amount);
        }
      }),
    );
  });

  it('gives the same answer whatever the order of the students', () => {
    fc.assert(
      fc.property(
        requests.chain((req) =>
          fc.tuple(
            fc.constant(req),
            fc.shuffledSubarray([...req.students], { minLength: req.students.length }),
          ),
        ),
        ([req, shuffled]) => {
          expect(allocate({ ...req, students: shuffled })).toEqual(allocate(req));
        },
      ),
    );
  });

  it('without a budget pays everyone exactly their entitlement: base rate plus top-up', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const result = unwrap(allocate(withoutBudget(req)));
        for (const line of result.lines) {
          expect(line.amount).toBe(line.baseRate + line.topUp);
          expect(line.reduction).toBe(0);
        }
        expect(result.total).toBe(result.entitlementTotal);
      }),
    );
  });

  it('pro rata: every share is within 1 baht of its exact proportion', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const result = unwrap(allocate({ ...req, rationing: 'pro_rata' }));
        const ratio = Math.min(1, (req.budget ?? 0) / Math.max(1, result.entitlementTotal));
        for (const line of result.lines) {
          expect(Math.abs(line.amount - line.entitlement * ratio)).toBeLessThan(1);
        }
      }),
    );
  });

  it('score rank: no less-poor student (by class, then score) is paid while a poorer one is short', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const { lines } = unwrap(allocate({ ...req, rationing: 'score_rank' }));
        const short = lines.filter((l) => l.amount < l.entitlement);
        for (const paid of lines.filter((l) => l.amount > 0)) {
          expect(short.some((s) => comparePoverty(s, paid) > 0)).toBe(false);
        }
      }),
    );
  });
});
