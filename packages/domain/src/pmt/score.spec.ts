import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_QUESTIONS_2023, STATUS_QUESTIONS_2026_03 } from '../forms/status-questions.js';
import type { HouseholdFacts, StatusQuestion } from '../forms/types.js';
import { unwrap } from '../core/result.js';
import { arbitraryModel, arbitraryPmtInput } from './arbitrary.js';
import { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from './demo.js';
import type { PmtInput } from './input.js';
import type { PmtModel } from './model.js';
import { score } from './score.js';

const facts = (over: Partial<HouseholdFacts> = {}): HouseholdFacts => {
  const f = {
    memberCount: 5,
    totalMonthlyIncome: 9000,
    childrenUnder15: 2,
    elderly60Plus: 1,
    workingAge: 2,
    disabledMembers: 1,
    chronicallyIllMembers: 0,
    ...over,
  };
  return { incomePerPersonMonthly: f.totalMonthlyIncome / f.memberCount, ...f };
};

/** The worked example of DEMO_MODEL.md. */
const worked: PmtInput = {
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
  facts: facts(),
};

const richest: PmtInput = {
  region: 'central',
  status: {
    dependants: ['none'],
    tenure: 'own',
    floor: 'tile_ceramic',
    wall: 'brick_concrete',
    roof: 'tile',
    toilet: 'yes',
    land: 'over_5_rai',
    water: 'tap',
    electricity: 'own_meter',
    vehicles: ['car_new'],
    appliances: ['computer', 'air_conditioner', 'flat_tv', 'washing_machine', 'fridge'],
  },
  facts: facts({
    memberCount: 1,
    totalMonthlyIncome: 2000,
    childrenUnder15: 0,
    elderly60Plus: 0,
    workingAge: 1,
    disabledMembers: 0,
  }),
};

const poorest: PmtInput = {
  region: 'north',
  status: {
    dependants: ['disabled', 'chronically_ill', 'elderly', 'single_parent', 'jobless'],
    tenure: 'free_with_others',
    floor: 'earth',
    wall: 'no_wall',
    roof: 'plastic_sheet',
    toilet: 'no',
    land: 'none',
    water: 'natural',
    electricity: 'none',
    vehicles: ['none'],
    appliances: ['none'],
  },
  facts: facts({
    memberCount: 30,
    childrenUnder15: 28,
    elderly60Plus: 2,
    workingAge: 0,
    disabledMembers: 3,
  }),
};

const withStatus = (input: PmtInput, status: Record<string, string | string[]>): PmtInput => ({
  ...input,
  status: { ...input.status, ...status },
});

/** Exactly 50 in the central region: 12 + 12 + 14 + 4 + 8. */
const atThreshold = withStatus(richest, {
  dependants: ['disabled', 'chronically_ill', 'elderly'],
  vehicles: ['none'],
  appliances: ['none'],
  toilet: 'no',
  electricity: 'none',
});

describe('score: worked examples (demonstration model, March 2026 form)', () => {
  it('scores the worked household 56 in the northeast: extremely poor', () => {
    const r = unwrap(score(DEMO_MODEL_2026_03, worked));
    expect(r.exactScore).toBe(56);
    expect(r.score).toBe(56);
    expect(r.class).toBe('extremely_poor');
    expect(r.dimensions).toEqual({
      dependants: 9,
      tenure: 0,
      dwelling: 6,
      land: 8,
      water: 3,
      electricity: 8,
      vehicles: 8,
      appliances: 7,
    });
    expect(r.compositionPoints).toBe(7);
    expect(r.modelId).toBe('demo-2026-03@1');
  });

  it('weighs land more in the northeast than in the central region (55 there)', () => {
    expect(unwrap(score(DEMO_MODEL_2026_03, { ...worked, region: 'central' })).exactScore).toBe(55);
  });

  it('explains in Thai and English, heaviest first, and summarises the decision', () => {
    const r = unwrap(score(DEMO_MODEL_2026_03, worked));
    expect(r.explanation[0]).toEqual({
      th: 'ภาระพึ่งพิงในครัวเรือน: คนพิการ, ผู้สูงอายุ 60 ปีขึ้นไป +9 คะแนน',
      en: 'Dependants in the household: A person with a disability, A person aged 60 or over +9 points',
    });
    expect(r.explanation).toContainEqual({
      th: 'ไฟฟ้า: ไม่มีไฟฟ้า +8 คะแนน',
      en: 'Electricity: No electricity +8 points',
    });
    expect(r.explanation).toContainEqual({
      th: 'เครื่องใช้ไฟฟ้าที่ใช้งานได้: มีเพียง ทีวีจอแบน, ตู้เย็น +7 คะแนน',
      en: 'Working appliances: only Flat-screen TV, Refrigerator +7 points',
    });
    expect(r.explanation).toContainEqual({
      th: 'วัสดุหลังคา: สังกะสี +1 คะแนน',
      en: 'Roof material: Corrugated zinc +1 point',
    });
    expect(r.explanation).toHaveLength(14);
    expect(r.summary.th).toBe(
      'รายได้เฉลี่ย 1,800 บาท/คน/เดือน ไม่เกินเพดาน 3,000 บาท และคะแนน 56 สูงกว่าเกณฑ์ 50 จึงจัดเป็น "ยากจนพิเศษ"',
    );
    expect(r.notice?.en).toContain('demonstration');
  });

  it('gives 0 to the least deprived household and 100 to the most', () => {
    expect(unwrap(score(DEMO_MODEL_2026_03, richest)).exactScore).toBe(0);
    expect(unwrap(score(DEMO_MODEL_2026_03, poorest)).exactScore).toBe(100);
    expect(unwrap(score(DEMO_MODEL_2026_03, richest)).explanation).toEqual([]);
  });

  it('classes a score of exactly 50 as poor, and 51 as extremely poor', () => {
    const at50 = unwrap(score(DEMO_MODEL_2026_03, atThreshold));
    expect([at50.exactScore, at50.class]).toEqual([50, 'poor']);
    expect(at50.summary.en).toContain('the score 50 is not above the threshold 50');
    const at51 = unwrap(score(DEMO_MODEL_2026_03, withStatus(atThreshold, { roof: 'zinc' })));
    expect([at51.exactScore, at51.class]).toEqual([51, 'extremely_poor']);
  });

  it('decides by income first: above 3,000 baht a person is not poor whatever the score', () => {
    const over = { ...worked, facts: facts({ totalMonthlyIncome: 15005 }) };
    const r = unwrap(score(DEMO_MODEL_2026_03, over));
    expect([r.exactScore, r.class]).toEqual([56, 'not_poor']);
    expect(r.summary.th).toContain('สูงกว่าเพดาน 3,000 บาท');
    const atCap = { ...worked, facts: facts({ totalMonthlyIncome: 15000 }) };
    expect(unwrap(score(DEMO_MODEL_2026_03, atCap)).class).toBe('extremely_poor');
  });

  it('scores the 2023 form with its own electricity options', () => {
    const old = withStatus(worked, { electricity: 'shared_or_battery' });
    expect(unwrap(score(DEMO_MODEL_2023, old)).dimensions.electricity).toBe(4);
    const r = score(DEMO_MODEL_2023, withStatus(worked, { electricity: 'battery' }));
    expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'UNKNOWN_OPTION status.electricity',
    ]);
  });
});

const codes = (r: ReturnType<typeof score>) =>
  r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path}`);

describe('score: bad input', () => {
  it('reports every problem of the input at once', () => {
    const input = {
      region: 'east',
      status: {
        ...worked.status,
        tenure: undefined,
        floor: 'marble',
        dependants: ['none', 'disabled'],
        vehicles: ['car_old', 'car_old'],
        appliances: [],
        pets: ['cat'],
      },
      facts: { ...facts(), workingAge: 3, incomePerPersonMonthly: 100, disabledMembers: 6 },
    };
    expect(codes(score(DEMO_MODEL_2026_03, input))).toEqual(
      expect.arrayContaining([
        'UNKNOWN_REGION region',
        'REQUIRED status.tenure',
        'UNKNOWN_OPTION status.floor',
        'FORM_EXCLUSIVE_OPTION status.dependants',
        'DUPLICATE_KEY status.vehicles.1',
        'TOO_FEW_ITEMS status.appliances',
        'PMT_UNKNOWN_QUESTION status.pets',
        'PMT_AGE_GROUPS_MISMATCH facts',
        'OUT_OF_RANGE facts.disabledMembers',
        'PMT_INCOME_PER_PERSON_MISMATCH facts.incomePerPersonMonthly',
      ]),
    );
  });

  it('reports a broken model under `model` together with the input problems', () => {
    const model = { ...DEMO_MODEL_2026_03, incomeCap: -1 };
    expect(codes(score(model, { ...worked, region: 'mars' }))).toEqual([
      'OUT_OF_RANGE model.incomeCap',
      'UNKNOWN_REGION region',
    ]);
    expect(codes(score({ ...DEMO_MODEL_2026_03, formRevision: '1999' }, worked))).toEqual([
      'FORM_UNKNOWN_REVISION model.formRevision',
    ]);
  });

  it('never throws on junk input or a junk model', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (model, input) => {
        expect(score(DEMO_MODEL_2026_03, input).ok).toBe(false);
        expect(score(model, input).ok).toBe(false);
      }),
    );
  });
});

/** Every answer one step poorer, per the question's deprivation (forms/types.ts). */
function poorerAnswers(
  question: StatusQuestion,
  answer: string | readonly string[],
): (string | string[])[] {
  const chosen = typeof answer === 'string' ? [answer] : [...answer];
  const none = question.options.find((o) => o.exclusive)?.code;
  const real = question.options.filter((o) => !o.exclusive).map((o) => o.code);
  const held = chosen.filter((c) => c !== none);
  switch (question.deprivation) {
    case 'ordered': {
      const rank = (code: string) => question.options.find((o) => o.code === code)?.rank ?? 0;
      return question.options
        .filter((o) => (o.rank ?? 0) > rank(chosen[0] ?? ''))
        .map((o) => o.code);
    }
    case 'hardship':
      return real.filter((c) => !held.includes(c)).map((c) => [...held, c]);
    case 'asset':
      return held.map((c) => {
        const rest = held.filter((h) => h !== c);
        return rest.length > 0 || none === undefined ? rest : [none];
      });
  }
}

const revisions: ReadonlyArray<[string, PmtModel, readonly StatusQuestion[]]> = [
  ['2023', DEMO_MODEL_2023, STATUS_QUESTIONS_2023],
  ['2026-03', DEMO_MODEL_2026_03, STATUS_QUESTIONS_2026_03],
];

describe.each(revisions)('score: properties, form %s', (_, demo, questions) => {
  // A few random models with fractional points beside the demonstration one; each is validated once.
  const random = fc.sample(arbitraryModel(demo, questions), { numRuns: 6, seed: 2026 });
  const models = fc.constantFrom(demo, ...random);
  const households = arbitraryPmtInput(questions);

  it('always gives a score in 0–100, its display value within half a hundredth', () => {
    fc.assert(
      fc.property(models, households, (model, input) => {
        const r = unwrap(score(model, input));
        expect(r.exactScore).toBeGreaterThanOrEqual(0);
        expect(r.exactScore).toBeLessThanOrEqual(100);
        expect(Math.abs(r.score - r.exactScore)).toBeLessThanOrEqual(0.005 + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers the score when any answer becomes poorer', () => {
    fc.assert(
      fc.property(models, households, fc.nat(questions.length - 1), (model, input, qi) => {
        const question = questions[qi]!;
        const before = unwrap(score(model, input)).exactScore;
        for (const answer of poorerAnswers(question, input.status[question.id] ?? [])) {
          const after = unwrap(score(model, withStatus(input, { [question.id]: answer })));
          expect(after.exactScore).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('classes consistently with the income cap and the region threshold', () => {
    fc.assert(
      fc.property(models, households, (model, input) => {
        const r = unwrap(score(model, input));
        const threshold = model.regions[input.region].threshold;
        const expected =
          input.facts.incomePerPersonMonthly > model.incomeCap
            ? 'not_poor'
            : r.exactScore > threshold
              ? 'extremely_poor'
              : 'poor';
        expect(r.class).toBe(expected);
        expect([r.threshold, r.incomeCap]).toEqual([threshold, model.incomeCap]);
      }),
      { numRuns: 200 },
    );
  });

  it('breaks the score down into parts that add up to it, one line per part that adds points', () => {
    fc.assert(
      fc.property(models, households, (model, input) => {
        const r = unwrap(score(model, input));
        const parts = [...r.questions, ...r.composition].map((p) => p.points);
        const sum = Object.values(r.dimensions).reduce((a, b) => a + b, r.compositionPoints);
        expect(sum).toBeCloseTo(r.exactScore, 9);
        expect(r.explanation).toHaveLength(parts.filter((p) => p > 0).length);
      }),
      { numRuns: 100 },
    );
  });
});
