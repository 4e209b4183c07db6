import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isotonic } from './isotonic.js';
import { addRow, newGram, solveRidge } from './linalg.js';

describe('solveRidge', () => {
  it('solves the normal equations of an exact fit', () => {
    // y = 2 + 3·x1 − 1·x2 on the four 0/1 combinations.
    const gram = newGram(3);
    for (const [x1, x2] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const) {
      const active = [0, ...(x1 ? [1] : []), ...(x2 ? [2] : [])];
      addRow(gram, active, 0, active.length, 2 + 3 * x1 - x2);
    }
    const beta = solveRidge(gram, 0);
    expect(Array.from(beta ?? [])).toEqual([
      expect.closeTo(2, 12),
      expect.closeTo(3, 12),
      expect.closeTo(-1, 12),
    ]);
  });

  it('shrinks coefficients but not the intercept', () => {
    // One feature, always 0: only the ridge determines it (0); the intercept is the mean of y.
    const gram = newGram(2);
    for (const y of [1, 2, 3, 6]) addRow(gram, [0], 0, 1, y);
    expect(solveRidge(gram, 0)).toBeUndefined();
    expect(Array.from(solveRidge(gram, 0.5) ?? [])).toEqual([3, 0]);
  });

  it('ridge solutions satisfy (XᵀX + λD)β = Xᵀy', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
            fc.double({ min: -5, max: 5, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (rows, lambda) => {
          const gram = newGram(5);
          for (const [bits, y] of rows) {
            const active = [0, ...bits.flatMap((b, i) => (b ? [i + 1] : []))];
            addRow(gram, active, 0, active.length, y);
          }
          const beta = solveRidge(gram, lambda) as Float64Array;
          const sym = (i: number, j: number) =>
            gram.xtx[Math.min(i, j) * 5 + Math.max(i, j)] as number;
          for (let i = 0; i < 5; i++) {
            let lhs = i > 0 ? lambda * (beta[i] as number) : 0;
            for (let j = 0; j < 5; j++) lhs += sym(i, j) * (beta[j] as number);
            expect(lhs).toBeCloseTo(gram.xty[i] as number, 6);
          }
        },
      ),
    );
  });
});

describe('isotonic', () => {
  it('pools adjacent violators by weight', () => {
    expect(isotonic([1, 3, 2, 4], [1, 1, 3, 1])).toEqual([1, 2.25, 2.25, 4]);
    expect(isotonic([5, 0], [0, 2])).toEqual([0, 0]);
  });

  it('is non-decreasing, and leaves ordered values alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.nat(5)), {
          maxLength: 12,
        }),
        (rows) => {
          const fitted = isotonic(
            rows.map(([v]) => v),
            rows.map(([, w]) => w),
          );
          fitted.forEach(
            (v, i) => i > 0 && expect(v).toBeGreaterThanOrEqual((fitted[i - 1] as number) - 1e-12),
          );
          const sorted = rows.map(([v]) => v).sort((a, b) => a - b);
          expect(
            isotonic(
              sorted,
              sorted.map(() => 1),
            ),
          ).toEqual(sorted);
        },
      ),
    );
  });
});
