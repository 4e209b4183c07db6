import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from '../pmt/demo.js';
import type { PmtModel } from '../pmt/model.js';
import { score } from '../pmt/score.js';
import { REGIONS, type Region } from '../vocab/region.js';
import { diffModels } from './diff.js';
import type { CalibrationRecord } from './records.js';

const withThreshold = (threshold: number, id: string): PmtModel => ({
  ...DEMO_MODEL_2026_03,
  id,
  regions: Object.fromEntries(
    REGIONS.map((r) => [r, { ...DEMO_MODEL_2026_03.regions[r], threshold }]),
  ) as Record<Region, PmtModel['regions'][Region]>,
});

const status = (poor: boolean) => ({
  dependants: poor ? ['disabled', 'elderly'] : ['none'],
  tenure: poor ? 'free_with_others' : 'own',
  floor: poor ? 'earth' : 'tile_ceramic',
  wall: poor ? 'plastic_sheet' : 'brick_concrete',
  roof: poor ? 'plastic_sheet' : 'tile',
  toilet: poor ? 'no' : 'yes',
  land: poor ? 'none' : 'over_5_rai',
  water: poor ? 'natural' : 'tap',
  electricity: poor ? 'none' : 'own_meter',
  vehicles: poor ? ['none'] : ['car_new', 'pickup_new'],
  appliances: poor ? ['none'] : ['computer', 'fridge', 'air_conditioner'],
});

const household = (
  id: string,
  region: Region,
  province: string,
  deprived: boolean,
  income: number,
): CalibrationRecord => ({
  id,
  region,
  province,
  status: status(deprived),
  facts: {
    memberCount: 4,
    totalMonthlyIncome: income * 4,
    incomePerPersonMonthly: income,
    childrenUnder15: 2,
    elderly60Plus: 1,
    workingAge: 1,
    disabledMembers: deprived ? 1 : 0,
    chronicallyIllMembers: 0,
  },
});

// Under the demonstration points deprived households score above 60, the others between 5 and 10.
const RECORDS = [
  household('a', 'north', '50', true, 1000),
  household('b', 'north', '57', false, 1000),
  household('c', 'northeast', '40', true, 2500),
  household('d', 'south', '90', true, 5000),
  household('e', 'south', '90', false, 200),
];

describe('diffModels', () => {
  it('the hand-made households score as the example assumes', () => {
    const scores = RECORDS.map((r) => unwrap(score(DEMO_MODEL_2026_03, r)).exactScore);
    expect(scores.filter((_, i) => [0, 2, 3].includes(i)).every((s) => s > 60)).toBe(true);
    expect(scores.filter((_, i) => [1, 4].includes(i)).every((s) => s > 5 && s < 10)).toBe(true);
  });

  it('lists who enters when the threshold drops from 50 to 5, and who leaves when it rises to 90', () => {
    const base = withThreshold(50, 'base');
    const lower = unwrap(diffModels(RECORDS, base, withThreshold(5, 'lower')));
    expect(lower.enteringIds).toEqual(['b', 'e']);
    expect(lower.leavingIds).toEqual([]);
    expect(lower).toMatchObject({ listA: 2, listB: 4, entering: 2, leaving: 0 });
    expect(lower.byRegion.north).toEqual({ listA: 1, listB: 2, entering: 1, leaving: 0 });
    expect(lower.byRegion.south).toEqual({ listA: 0, listB: 1, entering: 1, leaving: 0 });
    expect(lower.byRegion.central).toEqual({ listA: 0, listB: 0, entering: 0, leaving: 0 });
    expect(lower.byProvince['57']).toEqual({ listA: 0, listB: 1, entering: 1, leaving: 0 });

    const higher = unwrap(diffModels(RECORDS, base, withThreshold(99.99, 'higher')));
    expect(higher.leavingIds).toEqual(['a', 'c']);
    expect(higher.byProvince['40']).toEqual({ listA: 1, listB: 0, entering: 0, leaving: 1 });
    expect(higher.byProvince['90']).toEqual({ listA: 0, listB: 0, entering: 0, leaving: 0 });
  });

  it('a model against itself moves nobody', () => {
    const same = unwrap(diffModels(RECORDS, DEMO_MODEL_2026_03, DEMO_MODEL_2026_03));
    expect(same.enteringIds.length + same.leavingIds.length).toBe(0);
  });

  it('refuses models of different form revisions and broken models, with paths', () => {
    const mixed = diffModels(RECORDS, DEMO_MODEL_2026_03, DEMO_MODEL_2023);
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.issues.map((i) => i.path)).toContain('modelB.formRevision');
    const broken = diffModels(RECORDS, { ...DEMO_MODEL_2026_03, incomeCap: -1 }, null);
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(['modelA.incomeCap', 'modelB']),
      );
    }
  });
});
