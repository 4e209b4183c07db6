import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_QUESTIONS_2023, STATUS_QUESTIONS_2026_03 } from '../forms/status-questions.js';
import { arbitraryModel } from './arbitrary.js';
import { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from './demo.js';
import { validateModel } from './validate-model.js';

type Mutable = Record<string, unknown>;
/** A deep, writable copy of the 2026 demonstration model, broken by `edit`. */
function broken(edit: (m: Mutable) => void): unknown {
  const copy = structuredClone(DEMO_MODEL_2026_03) as unknown as Mutable;
  edit(copy);
  return copy;
}
const at = (m: Mutable, path: string): Mutable =>
  path.split('.').reduce((o, key) => o[key] as Mutable, m);

const problems = (model: unknown) => {
  const result = validateModel(model, STATUS_QUESTIONS_2026_03);
  return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`);
};

describe('validateModel', () => {
  it('accepts both demonstration models', () => {
    expect(validateModel(DEMO_MODEL_2023, STATUS_QUESTIONS_2023).ok).toBe(true);
    expect(validateModel(DEMO_MODEL_2026_03, STATUS_QUESTIONS_2026_03).ok).toBe(true);
  });

  it('rejects a model written for another revision: the 2026 battery option has no points in 2023', () => {
    expect(problems(DEMO_MODEL_2023)).toContain(
      'PMT_MISSING_POINTS regions.north.questions.electricity.points.battery',
    );
  });

  const cases: ReadonlyArray<[string, (m: Mutable) => void, string]> = [
    [
      'an option without points',
      (m) => delete at(m, 'regions.north.questions.floor.points').earth,
      'PMT_MISSING_POINTS regions.north.questions.floor.points.earth',
    ],
    [
      'a points kind that does not fit the question',
      (m) => (at(m, 'regions.south.questions.vehicles').kind = 'single'),
      'PMT_KIND_MISMATCH regions.south.questions.vehicles.kind',
    ],
    [
      'negative points',
      (m) => (at(m, 'regions.central.questions.water.points').well = -1),
      'OUT_OF_RANGE regions.central.questions.water.points.well',
    ],
    [
      'NaN points',
      (m) => (at(m, 'regions.central.questions.water.points').well = NaN),
      'NOT_A_NUMBER regions.central.questions.water.points.well',
    ],
    [
      'infinite deductions',
      (m) => (at(m, 'regions.central.questions.appliances.deduction').fridge = Infinity),
      'NOT_A_NUMBER regions.central.questions.appliances.deduction.fridge',
    ],
    [
      'a poorer answer scoring less than a richer one',
      (m) => (at(m, 'regions.north.questions.wall.points').bamboo = 1),
      'PMT_NOT_MONOTONE regions.north.questions.wall.points.bamboo',
    ],
    [
      '"none" adding hardship points',
      (m) => (at(m, 'regions.north.questions.dependants.points').none = 1),
      'PMT_EXCLUSIVE_NOT_ZERO regions.north.questions.dependants.points.none',
    ],
    [
      '"none" deducting assets',
      (m) => (at(m, 'regions.north.questions.vehicles.deduction').none = 2),
      'PMT_EXCLUSIVE_NOT_ZERO regions.north.questions.vehicles.deduction.none',
    ],
    [
      'bands out of order',
      (m) =>
        (at(m, 'regions.north.composition.0').bands = [
          { atLeast: 7, points: 4 },
          { atLeast: 5, points: 2 },
        ]),
      'PMT_BANDS_NOT_ASCENDING regions.north.composition.0.bands.1',
    ],
    [
      'bands whose points fall',
      (m) =>
        (at(m, 'regions.north.composition.0').bands = [
          { atLeast: 5, points: 4 },
          { atLeast: 7, points: 2 },
        ]),
      'PMT_BANDS_NOT_ASCENDING regions.north.composition.0.bands.1',
    ],
    [
      'two rules on one feature',
      (m) =>
        (at(m, 'regions.north.composition') as unknown as unknown[]).push({
          feature: 'memberCount',
          bands: [{ atLeast: 9, points: 0 }],
        }),
      'DUPLICATE_KEY regions.north.composition.5.feature',
    ],
    [
      'a threshold above 100',
      (m) => (at(m, 'regions.north').threshold = 120),
      'OUT_OF_RANGE regions.north.threshold',
    ],
    ['an income cap of 0', (m) => (m.incomeCap = 0), 'PMT_CAP_NOT_POSITIVE incomeCap'],
    ['a negative income cap', (m) => (m.incomeCap = -5), 'OUT_OF_RANGE incomeCap'],
    [
      'a scale that cannot reach 100',
      (m) => (at(m, 'regions.north.questions.toilet.points').no = 3),
      'PMT_SCALE_MAX regions.north',
    ],
    [
      'a scale that cannot reach 0',
      (m) =>
        Object.assign(at(m, 'regions.south.questions.floor.points'), {
          tile_ceramic: 1,
          parquet: 1,
        }),
      'PMT_SCALE_MIN regions.south',
    ],
    ['a missing region', (m) => delete at(m, 'regions').south, 'REQUIRED regions.south'],
    [
      'an unknown region',
      (m) => (at(m, 'regions').east = at(m, 'regions.central')),
      'UNKNOWN_REGION regions.east',
    ],
    [
      'a question the form does not ask',
      (m) => (at(m, 'regions.north.questions').pets = { kind: 'single', points: {} }),
      'PMT_UNKNOWN_QUESTION regions.north.questions.pets',
    ],
    [
      'an option the question does not have',
      (m) => (at(m, 'regions.north.questions.floor.points').marble = 0),
      'UNKNOWN_OPTION regions.north.questions.floor.points.marble',
    ],
    [
      'a missing question',
      (m) => delete at(m, 'regions.north.questions').water,
      'REQUIRED regions.north.questions.water',
    ],
    [
      'no demonstration flag',
      (m) => delete m.demonstration,
      'PMT_DEMONSTRATION_FLAG demonstration',
    ],
    ['a bad start date', (m) => (m.validFrom = '2026-02-30'), 'INVALID_DATE validFrom'],
    [
      'an end before the start',
      (m) => (m.validTo = '2025-12-31'),
      'PMT_VALID_TO_BEFORE_FROM validTo',
    ],
    ['a label without Thai', (m) => (m.label = { en: 'x' }), 'REQUIRED label.th'],
  ];

  it.each(cases)('rejects %s with its code and path', (_, edit, expected) => {
    expect(problems(broken(edit))).toContain(expected);
  });

  it('reports every problem at once', () => {
    const model = broken((m) => {
      for (const [, edit] of cases.slice(0, 3)) edit(m);
      m.incomeCap = 0;
    });
    expect(problems(model)).toEqual(
      expect.arrayContaining([
        'PMT_MISSING_POINTS regions.north.questions.floor.points.earth',
        'PMT_KIND_MISMATCH regions.south.questions.vehicles.kind',
        'OUT_OF_RANGE regions.central.questions.water.points.well',
        'PMT_CAP_NOT_POSITIVE incomeCap',
      ]),
    );
  });

  it('accepts random monotone models scaled to 0–100, fractional points and all', () => {
    fc.assert(
      fc.property(arbitraryModel(DEMO_MODEL_2026_03, STATUS_QUESTIONS_2026_03), (model) => {
        expect(problems(model)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('rejects any valid model whose composition points are stretched past the scale', () => {
    fc.assert(
      fc.property(
        arbitraryModel(DEMO_MODEL_2026_03, STATUS_QUESTIONS_2026_03),
        fc.double({ min: 1.001, max: 2, noNaN: true }),
        (model, k) => {
          const stretched = structuredClone(model) as unknown as Mutable;
          const rules = at(stretched, 'regions.north.composition') as unknown as Mutable[];
          for (const rule of rules) {
            for (const band of rule.bands as Mutable[]) band.points = (band.points as number) * k;
          }
          expect(problems(stretched)).toEqual(['PMT_SCALE_MAX regions.north']);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('never throws on junk, and never accepts it', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(validateModel(junk, STATUS_QUESTIONS_2026_03).ok).toBe(false);
      }),
    );
  });
});
