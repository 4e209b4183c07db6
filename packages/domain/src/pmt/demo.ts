import type { Region } from '../vocab/region.js';
import { DEFAULT_EXTREME_THRESHOLD, DEFAULT_INCOME_CAP_BAHT } from '../vocab/poverty.js';
import type { CompositionRule, PmtModel, QuestionPoints, RegionModel } from './model.js';

/*
 * The demonstration models: hand-set, monotone points that show how a model works. They are NOT the
 * programme's official weights, which are not public. DEMO_MODEL.md explains every number.
 */

type DemoRevision = '2023' | '2026-03';

const single = (points: Record<string, number>): QuestionPoints => ({ kind: 'single', points });

const dependants: QuestionPoints = {
  kind: 'hardship',
  points: { disabled: 6, chronically_ill: 5, elderly: 3, single_parent: 4, jobless: 3, none: 0 },
  cap: 12,
};

const tenure = single({ own: 0, rented: 4, dormitory: 4, free_with_others: 6 });

const dwelling = {
  floor: single({
    tile_ceramic: 0,
    parquet: 0,
    cement: 1,
    plank: 3,
    vinyl: 3,
    bamboo: 4,
    earth: 5,
  }),
  wall: single({
    brick_concrete: 0,
    wood: 2,
    board: 2,
    zinc: 3,
    bamboo: 4,
    leaves: 5,
    plastic_sheet: 6,
    no_wall: 6,
  }),
  roof: single({ tile: 0, metal_sheet: 0, zinc: 1, wood: 2, leaves: 4, plastic_sheet: 5 }),
  toilet: single({ yes: 0, no: 4 }),
};

const water = single({ bottled: 0, tap: 0, well: 3, natural: 6 });

const vehicles: QuestionPoints = {
  kind: 'asset',
  base: 12,
  deduction: {
    car_new: 12,
    car_old: 8,
    pickup_new: 12,
    pickup_old: 8,
    tractor_new: 10,
    tractor_old: 6,
    motorcycle_or_boat: 4,
    none: 0,
  },
};

/** Where farming is the main living, land separates households more and appliances less. */
const byLivelihood = {
  farming: {
    land: single({ over_5_rai: 0, '1_to_5_rai': 4, under_1_rai: 8, none: 11 }),
    appliances: {
      kind: 'asset',
      base: 11,
      deduction: {
        computer: 4,
        air_conditioner: 5,
        flat_tv: 2,
        washing_machine: 2,
        fridge: 2,
        none: 0,
      },
    },
  },
  mixed: {
    land: single({ over_5_rai: 0, '1_to_5_rai': 3, under_1_rai: 6, none: 8 }),
    appliances: {
      kind: 'asset',
      base: 14,
      deduction: {
        computer: 5,
        air_conditioner: 6,
        flat_tv: 3,
        washing_machine: 3,
        fridge: 3,
        none: 0,
      },
    },
  },
} as const satisfies Record<string, Record<'land' | 'appliances', QuestionPoints>>;

const ELECTRICITY: Readonly<Record<DemoRevision, QuestionPoints>> = {
  '2023': single({ own_meter: 0, shared_or_battery: 4, generator_solar: 6, none: 8 }),
  '2026-03': single({ own_meter: 0, shared_line: 4, battery: 6, generator_solar: 6, none: 8 }),
};

const composition: readonly CompositionRule[] = [
  {
    feature: 'memberCount',
    bands: [
      { atLeast: 5, points: 2 },
      { atLeast: 7, points: 4 },
    ],
  },
  {
    feature: 'dependencyRatio',
    bands: [
      { atLeast: 1, points: 2 },
      { atLeast: 2, points: 4 },
    ],
  },
  {
    feature: 'childrenUnder15',
    bands: [
      { atLeast: 2, points: 1 },
      { atLeast: 3, points: 2 },
      { atLeast: 4, points: 3 },
    ],
  },
  {
    feature: 'elderly60Plus',
    bands: [
      { atLeast: 1, points: 1 },
      { atLeast: 2, points: 2 },
    ],
  },
  { feature: 'disabledOrIll', bands: [{ atLeast: 1, points: 1 }] },
];

function region(revision: DemoRevision, livelihood: keyof typeof byLivelihood): RegionModel {
  return {
    threshold: DEFAULT_EXTREME_THRESHOLD,
    questions: {
      dependants,
      tenure,
      ...dwelling,
      land: byLivelihood[livelihood].land,
      water,
      electricity: ELECTRICITY[revision],
      vehicles,
      appliances: byLivelihood[livelihood].appliances,
    },
    composition,
  };
}

const regions = (revision: DemoRevision): Record<Region, RegionModel> => ({
  north: region(revision, 'farming'),
  northeast: region(revision, 'farming'),
  central: region(revision, 'mixed'),
  south: region(revision, 'mixed'),
});

const provenance = {
  th: 'คะแนนสาธิตที่ตั้งด้วยมือ ไม่ใช่น้ำหนักทางการของ กสศ. (ซึ่งไม่เปิดเผย) ดู DEMO_MODEL.md',
  en: 'Hand-set demonstration points, not the official EEF weights (which are not public); see DEMO_MODEL.md',
};

/** Demonstration model for the 2023-era form (2566 BE). */
export const DEMO_MODEL_2023: PmtModel = {
  id: 'demo-2023@1',
  version: 1,
  label: {
    th: 'แบบจำลองสาธิต (ไม่ใช่เกณฑ์ทางการ) สำหรับแบบฟอร์มปี 2566',
    en: 'Demonstration model (not official) for the 2023 form',
  },
  demonstration: true,
  formRevision: '2023',
  validFrom: '2023-01-01',
  validTo: '2026-02-28',
  incomeCap: DEFAULT_INCOME_CAP_BAHT,
  regions: regions('2023'),
  provenance,
};

/** Demonstration model for the March 2026 form (มีนาคม 2569). */
export const DEMO_MODEL_2026_03: PmtModel = {
  id: 'demo-2026-03@1',
  version: 1,
  label: {
    th: 'แบบจำลองสาธิต (ไม่ใช่เกณฑ์ทางการ) สำหรับแบบฟอร์มฉบับมีนาคม 2569',
    en: 'Demonstration model (not official) for the March 2026 form',
  },
  demonstration: true,
  formRevision: '2026-03',
  validFrom: '2026-03-01',
  incomeCap: DEFAULT_INCOME_CAP_BAHT,
  regions: regions('2026-03'),
  provenance,
};
