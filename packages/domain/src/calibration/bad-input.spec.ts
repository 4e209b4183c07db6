import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { calibrate } from './calibrate.js';
import { crossValidate } from './cross-validate.js';
import { diffModels } from './diff.js';
import { syntheticHouseholds } from './synthetic.js';

const OPTIONS = {
  formRevision: '2026-03',
  modelId: 'm',
  version: 1,
  validFrom: '2026-05-01',
  calibratedOn: '2026-04-15',
};
const { records } = unwrap(syntheticHouseholds({ count: 400, seed: 11 }));
const codesAt = (result: { ok: boolean; issues?: readonly { code: string; path: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((i) => `${i.code} ${i.path}`);

describe('bad input', () => {
  it('reports every problem of options and records at once, with paths', () => {
    const broken = [
      { ...records[0], region: 'west' },
      { ...records[1], status: { ...records[1]?.status, floor: 'marble' } },
      { ...records[2], id: records[3]?.id },
      records[3],
      { ...records[4], facts: { ...records[4]?.facts, workingAge: -1 } },
    ];
    const result = calibrate(broken, {
      ...OPTIONS,
      lambda: -1,
      threshold: { kind: 'share' },
      calibratedOn: '2026-02-30',
    });
    expect(codesAt(result)).toEqual(
      expect.arrayContaining([
        'OUT_OF_RANGE options.lambda',
        'REQUIRED options.threshold.share',
        'INVALID_DATE options.calibratedOn',
      ]),
    );
    const withGoodOptions = calibrate(broken, OPTIONS);
    expect(codesAt(withGoodOptions)).toEqual([
      'UNKNOWN_REGION records.0.region',
      'UNKNOWN_OPTION records.1.status.floor',
      'DUPLICATE_KEY records.3.id',
      'OUT_OF_RANGE records.4.facts.workingAge',
    ]);
  });

  it('refuses an unknown form revision and bad composition bands', () => {
    expect(codesAt(calibrate(records, { ...OPTIONS, formRevision: '1999' }))).toEqual([
      'FORM_UNKNOWN_REVISION options.formRevision',
    ]);
    const bands = [{ feature: 'memberCount', atLeast: [1, 3] }];
    expect(codesAt(calibrate(records, { ...OPTIONS, composition: bands }))).toEqual([
      'CALIBRATION_BANDS options.composition.0.atLeast',
    ]);
  });

  it('says which region lacks data, cannot be solved, or has nothing to score', () => {
    const north = records.filter((r) => r.region === 'north');
    expect(codesAt(calibrate(north, OPTIONS))).toEqual([
      'CALIBRATION_NO_DATA records',
      'CALIBRATION_NO_DATA records',
      'CALIBRATION_NO_DATA records',
    ]);
    const noCement = records.filter((r) => r.status['floor'] !== 'cement');
    expect(codesAt(calibrate(noCement, { ...OPTIONS, lambda: 0 }))).toContain(
      'CALIBRATION_SINGULAR records',
    );
    const flat = records.map((r) => ({
      ...r,
      facts: {
        ...r.facts,
        incomePerPersonMonthly: 2000,
        totalMonthlyIncome: 2000 * r.facts.memberCount,
      },
    }));
    expect(codesAt(calibrate(flat, OPTIONS))).toContain('CALIBRATION_FLAT_REGION records');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        for (const result of [
          calibrate(a, b),
          crossValidate(a, b),
          diffModels(a, b, a),
          syntheticHouseholds(a),
        ]) {
          expect(typeof result.ok).toBe('boolean');
        }
        expect(calibrate([a], OPTIONS).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
