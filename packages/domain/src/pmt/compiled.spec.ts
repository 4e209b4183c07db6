import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { STATUS_QUESTIONS_2023, STATUS_QUESTIONS_2026_03 } from '../forms/status-questions.js';
import type { StatusQuestion } from '../forms/types.js';
import { POVERTY_CLASSES } from '../vocab/poverty.js';
import { arbitraryModel, arbitraryPmtInput } from './arbitrary.js';
import {
  compileModel,
  createBatch,
  encodeHousehold,
  encodeInto,
  scoreBatch,
  scoreCompiled,
} from './compiled.js';
import { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from './demo.js';
import type { PmtModel } from './model.js';
import { score } from './score.js';

const worked = {
  region: 'northeast',
  status: {
    dependants: ['disabled', 'elderly'],
    tenure: 'own',
    floor: 'plank',
    wall: 'wood',
    roof: 'zinc',
    toilet: 'yes',
    land: 'under_1_rai',
    water: 'well',
    electricity: 'none',
    vehicles: ['motorcycle_or_boat'],
    appliances: ['flat_tv', 'fridge'],
  },
  facts: {
    memberCount: 5,
    totalMonthlyIncome: 9000,
    incomePerPersonMonthly: 1800,
    childrenUnder15: 2,
    elderly60Plus: 1,
    workingAge: 2,
    disabledMembers: 1,
    chronicallyIllMembers: 0,
  },
};

const codes = (r: { ok: boolean; issues?: readonly { code: string; path: string }[] }) =>
  (r.issues ?? []).map((i) => `${i.code} ${i.path}`);

describe('compiled scorer: worked example', () => {
  it('scores the worked household 56, extremely poor, as score() does', () => {
    const compiled = unwrap(compileModel(DEMO_MODEL_2026_03));
    const household = unwrap(encodeHousehold(compiled, worked));
    expect(household.codes).toHaveLength(compiled.stride);
    expect(unwrap(scoreCompiled(compiled, household))).toEqual({
      score: 56,
      exactScore: 56,
      class: 'extremely_poor',
    });
  });

  it('refuses a broken model with the model paths, and junk households without throwing', () => {
    expect(codes(compileModel({ ...DEMO_MODEL_2026_03, incomeCap: 0 }))).toEqual([
      'PMT_CAP_NOT_POSITIVE model.incomeCap',
    ]);
    const compiled = unwrap(compileModel(DEMO_MODEL_2026_03));
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(encodeHousehold(compiled, junk).ok).toBe(false);
      }),
    );
  });

  it('refuses batches and households of another model, and outputs that are too short', () => {
    const c2026 = unwrap(compileModel(DEMO_MODEL_2026_03));
    const c2023 = unwrap(compileModel(DEMO_MODEL_2023));
    const batch = unwrap(createBatch(c2023, 4));
    expect(codes(scoreBatch(c2026, batch, new Float64Array(4)))).toEqual([
      'PMT_BATCH_MISMATCH batch',
    ]);
    expect(codes(scoreBatch(c2023, batch, new Float64Array(3)))).toEqual([
      'PMT_OUTPUT_TOO_SHORT scores',
    ]);
    expect(codes(scoreBatch(c2023, batch, new Float64Array(4), new Uint8Array(2)))).toEqual([
      'PMT_OUTPUT_TOO_SHORT classes',
    ]);
    expect(codes(encodeInto(c2023, batch, 4, worked))).toEqual(['OUT_OF_RANGE index']);
    const household = unwrap(encodeHousehold(c2026, worked));
    expect(codes(scoreCompiled(c2023, household))).toEqual(['PMT_BATCH_MISMATCH household']);
    expect(codes(createBatch(c2023, -1))).toEqual(['OUT_OF_RANGE size']);
  });
});

const revisions: ReadonlyArray<[string, PmtModel, readonly StatusQuestion[]]> = [
  ['2023', DEMO_MODEL_2023, STATUS_QUESTIONS_2023],
  ['2026-03', DEMO_MODEL_2026_03, STATUS_QUESTIONS_2026_03],
];

describe.each(revisions)('compiled scorer equals score(), form %s', (_, demo, questions) => {
  const random = fc.sample(arbitraryModel(demo, questions), { numRuns: 6, seed: 7 });
  const models = fc.constantFrom(demo, ...random);

  it('gives exactly the same score and class for every household, one by one', () => {
    fc.assert(
      fc.property(models, arbitraryPmtInput(questions), (model, input) => {
        const plain = unwrap(score(model, input));
        const compiled = unwrap(compileModel(model));
        const fast = unwrap(scoreCompiled(compiled, unwrap(encodeHousehold(compiled, input))));
        expect(fast.exactScore).toBe(plain.exactScore);
        expect(fast.score).toBe(plain.score);
        expect(fast.class).toBe(plain.class);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same scores and classes in a batch', () => {
    fc.assert(
      fc.property(
        models,
        fc.array(arbitraryPmtInput(questions), { maxLength: 40 }),
        (model, inputs) => {
          const compiled = unwrap(compileModel(model));
          const batch = unwrap(createBatch(compiled, inputs.length));
          inputs.forEach((input, i) => unwrap(encodeInto(compiled, batch, i, input)));
          const scores = new Float64Array(inputs.length);
          const classes = new Uint8Array(inputs.length);
          expect(unwrap(scoreBatch(compiled, batch, scores, classes))).toBe(inputs.length);
          inputs.forEach((input, i) => {
            const plain = unwrap(score(model, input));
            expect(scores[i]).toBe(plain.score);
            expect(POVERTY_CLASSES[classes[i]!]).toBe(plain.class);
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
