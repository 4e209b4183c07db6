import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseThreshold } from './threshold.js';

const f64 = (xs: number[]) => Float64Array.from(xs);
const u8 = (xs: number[]) => Uint8Array.from(xs);
const correct = (scores: number[], poor: number[], t: number) =>
  scores.filter((s, i) => s > t === (poor[i] === 1)).length;

describe('chooseThreshold', () => {
  it('a fixed rule keeps its value', () => {
    expect(chooseThreshold(f64([10, 90]), u8([0, 1]), { kind: 'fixed', value: 42 })).toBe(42);
  });

  it('a target share puts that share of households strictly above the threshold', () => {
    const scores = f64([5, 80, 20, 60, 40, 10, 70, 30, 50, 90]);
    const t = chooseThreshold(scores, new Uint8Array(10), { kind: 'share', share: 0.3 });
    expect(t).toBe(60);
    expect(scores.filter((s) => s > t)).toHaveLength(3);
    expect(chooseThreshold(scores, new Uint8Array(10), { kind: 'share', share: 0 })).toBe(100);
    expect(chooseThreshold(scores, new Uint8Array(10), { kind: 'share', share: 1 })).toBe(0);
  });

  it('the income line picks the threshold that classifies most households correctly', () => {
    // Poor score 30–80, others 10–45: thresholds 25 and 45 both get 6 of 7 right; the higher selects fewer.
    const scores = [80, 60, 30, 45, 20, 10, 25];
    const poor = [1, 1, 1, 0, 0, 0, 0];
    const t = chooseThreshold(f64(scores), u8(poor), { kind: 'incomeLine' });
    expect(t).toBe(45);
    expect(correct(scores, poor, t)).toBe(6);
  });

  it('no other threshold classifies more households correctly than the income-line one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        (rows) => {
          const scores = rows.map(([s]) => s);
          const poor = rows.map(([, p]) => (p ? 1 : 0));
          const t = chooseThreshold(f64(scores), u8(poor), { kind: 'incomeLine' });
          const best = Math.max(...[0, ...scores, 100].map((c) => correct(scores, poor, c)));
          expect(correct(scores, poor, t)).toBe(best);
          expect(t).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
