import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { reachableRange } from '../pmt/reach.js';
import { statusQuestionsOf } from '../pmt/revisions.js';
import { validateModel } from '../pmt/validate-model.js';
import { DEMO_MODEL_2026_03 } from '../pmt/demo.js';
import { REGIONS } from '../vocab/region.js';
import { DEFAULT_COMPOSITION_BANDS, featureSpace } from './features.js';
import { newGram } from './linalg.js';
import { regionPoints } from './points.js';

const questions = unwrap(statusQuestionsOf('2026-03'));
const space = featureSpace(questions, DEFAULT_COMPOSITION_BANDS);

/** A Gram that only carries what the transform reads: the household count and each column's count. */
function gramWith(counts: readonly number[]) {
  const gram = newGram(space.size);
  gram.count = 100_000;
  counts.forEach((c, i) => (gram.xtx[(i + 1) * space.size + i + 1] = c));
  return gram;
}
const beta = (values: Record<string, number>) =>
  Float64Array.from(space.names, (name) => values[name] ?? 0);

describe('regionPoints', () => {
  it('gives 0 to the best answer, pools equal ranks and flattens wrong-signed steps', () => {
    // Cement (rank 1) predicts more income than tile (rank 0): it is pulled level with it.
    const points = regionPoints(
      space,
      beta({
        'floor.cement': 0.1,
        'floor.earth': -0.5,
        'floor.bamboo': -0.3,
        'tenure.free_with_others': -0.2,
      }),
      gramWith(space.names.slice(1).map(() => 100)),
    );
    const floor = points?.questions['floor'];
    expect(floor?.kind).toBe('single');
    if (floor?.kind !== 'single') return;
    expect(floor.points['tile_ceramic']).toBe(0);
    expect(floor.points['parquet']).toBe(floor.points['tile_ceramic']);
    expect(floor.points['plank']).toBe(floor.points['vinyl']);
    expect(floor.points['earth']).toBeGreaterThan(floor.points['bamboo'] ?? Infinity);
    // Only floor and tenure carry deprivation: 0.5 and 0.2 of log income → 71.43 and 28.57 points.
    expect(floor.points['earth']).toBeCloseTo(71.43, 2);
  });

  it('always makes a model the PMT accepts: monotone, reachable 0 and 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
          minLength: space.size,
          maxLength: space.size,
        }),
        fc.array(fc.nat(120), { minLength: space.size - 1, maxLength: space.size - 1 }),
        (coefficients, counts) => {
          const points = regionPoints(space, Float64Array.from(coefficients), gramWith(counts));
          if (!points) return;
          const region = { threshold: 50, ...points };
          const model = {
            ...DEMO_MODEL_2026_03,
            regions: Object.fromEntries(REGIONS.map((r) => [r, region])),
          };
          const valid = validateModel(model, questions);
          expect(valid.ok ? [] : valid.issues.map((i) => `${i.code} ${i.path}`)).toEqual([]);
          const range = reachableRange(region, questions);
          expect(range.max).toBeCloseTo(100, 9);
        },
      ),
      { numRuns: 150 },
    );
  });
});
