import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { score } from '../pmt/score.js';
import { reachableRange } from '../pmt/reach.js';
import { statusQuestionsOf } from '../pmt/revisions.js';
import { validateModel } from '../pmt/validate-model.js';
import { REGIONS } from '../vocab/region.js';
import { calibrate } from './calibrate.js';
import { syntheticHouseholds } from './synthetic.js';

const OPTIONS = {
  formRevision: '2026-03',
  modelId: 'calibrated-2026-03@1',
  version: 1,
  validFrom: '2026-05-01',
  calibratedOn: '2026-04-15',
};
const data = unwrap(syntheticHouseholds({ count: 20_000, seed: 7, noise: 0.3 }));
const questions = unwrap(statusQuestionsOf('2026-03'));

describe('calibrate', () => {
  const result = unwrap(calibrate(data.records, OPTIONS));

  it('recovers the coefficients the synthetic incomes were generated with', () => {
    for (const region of REGIONS) {
      const fit = result.fits[region];
      // The intercept rests on the rarest answer profile (every reference answer): a wider margin.
      expect(Math.abs(fit.intercept - data.truth.intercept[region])).toBeLessThan(0.15);
      for (const [name, beta] of Object.entries(fit.coefficients)) {
        expect(Math.abs(beta - (data.truth.effects[name] ?? 0)), `${region} ${name}`).toBeLessThan(
          0.06,
        );
      }
    }
  });

  it('produces a model the PMT accepts, scaled so totals reach exactly 0 and 100', () => {
    expect(validateModel(result.model, questions).ok).toBe(true);
    for (const region of REGIONS) {
      const range = reachableRange(result.model.regions[region], questions);
      expect(range.min).toBeCloseTo(0, 9);
      expect(range.max).toBeCloseTo(100, 9);
    }
    expect(result.model.demonstration).toBe(false);
    expect(result.model.provenance.en).toContain('20000 households');
    expect(result.model.provenance.en).toContain('2026-04-15');
  });

  it('scores a household with the PMT scorer', () => {
    const r = unwrap(score(result.model, data.records[0]));
    expect(r.score).toBeGreaterThanOrEqual(0);
  });
});
