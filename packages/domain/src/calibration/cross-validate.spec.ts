import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { REGIONS } from '../vocab/region.js';
import { crossValidate } from './cross-validate.js';
import { assignFolds } from './folds.js';
import type { Households } from './records.js';
import { ReportTally } from './report.js';
import { syntheticHouseholds } from './synthetic.js';
import { errorsOf, newTally, count } from './targeting.js';

const OPTIONS = {
  formRevision: '2026-03',
  modelId: 'cv',
  version: 1,
  validFrom: '2026-05-01',
  calibratedOn: '2026-04-15',
  threshold: { kind: 'incomeLine' },
};
const { records } = unwrap(syntheticHouseholds({ count: 4000, seed: 3 }));

describe('targeting errors', () => {
  it('are the wrongly selected share of the selected and the missed share of the poor', () => {
    const t = newTally();
    // 3 poor (2 selected), 3 not poor (1 selected).
    for (const [poor, selected] of [
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ] as const)
      count(t, poor, selected);
    expect(errorsOf(t)).toEqual({
      households: 6,
      poor: 3,
      selected: 3,
      poorSelected: 2,
      inclusionError: 1 / 3,
      exclusionError: 1 / 3,
    });
  });

  it('are 0 when nobody is selected or nobody is poor', () => {
    const t = newTally();
    count(t, false, false);
    expect(errorsOf(t)).toMatchObject({ inclusionError: 0, exclusionError: 0 });
  });

  it('break down by region, province and subgroup', () => {
    const households: Households = {
      ids: ['a', 'b', 'c'],
      region: Uint8Array.from([0, 0, 3]),
      income: new Float64Array(3),
      province: ['50', '57', '90'],
      subgroups: [{ level: 'primary' }, { level: 'primary' }, { level: 'secondary' }],
      inputs: [],
    };
    const tally = new ReportTally();
    tally.add(households, 0, true, true);
    tally.add(households, 1, true, false);
    tally.add(households, 2, false, true);
    const report = tally.report();
    expect(report.overall).toMatchObject({
      households: 3,
      inclusionError: 0.5,
      exclusionError: 0.5,
    });
    expect(report.byRegion.north).toMatchObject({ poor: 2, poorSelected: 1, exclusionError: 0.5 });
    expect(report.byRegion.central.households).toBe(0);
    expect(report.byProvince['90']).toMatchObject({ selected: 1, inclusionError: 1 });
    expect(report.bySubgroup['level']?.['primary']).toMatchObject({
      households: 2,
      inclusionError: 0,
    });
  });
});

describe('crossValidate', () => {
  const cv = unwrap(crossValidate(records, { ...OPTIONS, folds: 4, seed: 9 }));

  it('scores every household exactly once, out of sample', () => {
    expect(cv.overall.households).toBe(records.length);
    const poor = records.filter((r) => r.facts.incomePerPersonMonthly <= 3000).length;
    expect(cv.overall.poor).toBe(poor);
    expect(REGIONS.reduce((n, r) => n + cv.byRegion[r].households, 0)).toBe(records.length);
    expect(Object.keys(cv.byProvince)).toHaveLength(8);
    expect(Object.keys(cv.bySubgroup['affiliation'] ?? {})).toEqual(['bpp', 'dla', 'obec']);
    expect(cv.thresholds).toHaveLength(4);
  });

  it('gives error rates in [0, 1], and a useful model on informative data', () => {
    const all = [cv.overall, ...Object.values(cv.byRegion), ...Object.values(cv.byProvince)];
    for (const e of all) {
      for (const rate of [e.inclusionError, e.exclusionError]) {
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }
    }
    expect(cv.overall.inclusionError + cv.overall.exclusionError).toBeLessThan(0.6);
  });

  it('is deterministic for a seed', () => {
    const again = unwrap(crossValidate(records, { ...OPTIONS, folds: 4, seed: 9 }));
    expect(again).toEqual(cv);
  });

  it('refuses a fold count outside 2–20', () => {
    const bad = crossValidate(records.slice(0, 10), { ...OPTIONS, folds: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues[0]).toMatchObject({ code: 'OUT_OF_RANGE', path: 'options.folds' });
  });
});

describe('assignFolds', () => {
  it('balances folds and ignores record order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 7 }),
        fc.nat(),
        (ids, k, seed) => {
          const folds = assignFolds(ids, k, seed);
          const sizes = Array.from({ length: k }, (_, f) => folds.filter((g) => g === f).length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          const reversed = assignFolds([...ids].reverse(), k, seed);
          ids.forEach((_, i) => expect(reversed[ids.length - 1 - i]).toBe(folds[i]));
        },
      ),
    );
  });
});
