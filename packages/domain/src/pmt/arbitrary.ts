import fc from 'fast-check';
import type { HouseholdFacts, StatusQuestion } from '../forms/types.js';
import { REGIONS, type Region } from '../vocab/region.js';
import { MAX_MEMBERS, type PmtInput } from './input.js';
import type { PmtModel, QuestionPoints, RegionModel } from './model.js';
import { reachableRange, validSelections } from './reach.js';

/** For property tests: any answer the form accepts to one status question. */
function arbitraryAnswer(question: StatusQuestion): fc.Arbitrary<string | string[]> {
  const selections = validSelections(question);
  return fc
    .constantFrom(...selections)
    .map((s) => (question.kind === 'single' ? (s[0] ?? '') : [...s]));
}

/** For property tests: consistent household facts, incomes spread around the 3,000-baht line. */
const arbitraryFacts: fc.Arbitrary<HouseholdFacts> = fc
  .integer({ min: 1, max: MAX_MEMBERS })
  .chain((n) =>
    fc
      .tuple(fc.nat(n), fc.nat(n), fc.nat(n), fc.nat(n), fc.nat(8000 * n))
      .map(([c, e, disabled, ill, total]): HouseholdFacts => {
        const elderly = e % (n - c + 1);
        return {
          memberCount: n,
          totalMonthlyIncome: total,
          incomePerPersonMonthly: total / n,
          childrenUnder15: c,
          elderly60Plus: elderly,
          workingAge: n - c - elderly,
          disabledMembers: disabled,
          chronicallyIllMembers: ill,
        };
      }),
  );

/** For property tests: a valid score() input for a form revision's status questions. */
export function arbitraryPmtInput(questions: readonly StatusQuestion[]): fc.Arbitrary<PmtInput> {
  const status = Object.fromEntries(questions.map((q) => [q.id, arbitraryAnswer(q)]));
  return fc.record({
    region: fc.constantFrom(...REGIONS),
    status: fc.record(status),
    facts: arbitraryFacts,
  });
}

/** Points for one question that satisfy the model rules except the 0–100 scale (fixed by scaling). */
function arbitraryRawPoints(question: StatusQuestion): fc.Arbitrary<QuestionPoints> {
  const small = fc.integer({ min: 0, max: 10 });
  if (question.deprivation === 'ordered') {
    const ranks = [...new Set(question.options.map((o) => o.rank ?? 0))].sort((a, b) => a - b);
    return fc.array(small, { minLength: ranks.length, maxLength: ranks.length }).map((steps) => {
      // The least deprived rank scores 0; each poorer rank adds a non-negative step.
      const atRank = ranks.map((_, i) => steps.slice(1, i + 1).reduce((a, b) => a + b, 0));
      const points = Object.fromEntries(
        question.options.map((o) => [o.code, atRank[ranks.indexOf(o.rank ?? 0)] ?? 0]),
      );
      return { kind: 'single', points };
    });
  }
  const values = fc.tuple(...question.options.map((o) => (o.exclusive ? fc.constant(0) : small)));
  const table = (v: readonly number[]) =>
    Object.fromEntries(question.options.map((o, i) => [o.code, v[i] ?? 0]));
  if (question.deprivation === 'hardship') {
    return fc
      .tuple(values, fc.integer({ min: 0, max: 30 }))
      .map(([v, cap]) => ({ kind: 'hardship', points: table(v), cap }));
  }
  // The base never exceeds all deductions together, so owning everything scores 0.
  return values.chain((v) =>
    fc
      .integer({ min: 0, max: v.reduce((a, b) => a + b, 0) })
      .map((base) => ({ kind: 'asset', base, deduction: table(v) })),
  );
}

const scalePoints = (p: QuestionPoints, k: number): QuestionPoints => {
  const times = (t: Readonly<Record<string, number>>) =>
    Object.fromEntries(Object.entries(t).map(([code, v]) => [code, v * k]));
  switch (p.kind) {
    case 'single':
      return { kind: 'single', points: times(p.points) };
    case 'hardship':
      return { kind: 'hardship', points: times(p.points), cap: p.cap * k };
    case 'asset':
      return { kind: 'asset', base: p.base * k, deduction: times(p.deduction) };
  }
};

/** Scales a region so that its largest reachable total is 100: points become arbitrary fractions. */
function scaleRegion(region: RegionModel, questions: readonly StatusQuestion[]): RegionModel {
  const k = 100 / reachableRange(region, questions).max;
  return {
    threshold: region.threshold,
    questions: Object.fromEntries(
      Object.entries(region.questions).map(([id, p]) => [id, scalePoints(p, k)]),
    ),
    composition: region.composition.map((rule) => ({
      feature: rule.feature,
      bands: rule.bands.map((b) => ({ atLeast: b.atLeast, points: b.points * k })),
    })),
  };
}

/**
 * For property tests: a random valid model of a form revision, with fractional points; its
 * composition rules are the base model's (which must make every region's maximum positive).
 */
export function arbitraryModel(
  base: PmtModel,
  questions: readonly StatusQuestion[],
): fc.Arbitrary<PmtModel> {
  const region = (name: Region) =>
    fc
      .tuple(
        fc.record(Object.fromEntries(questions.map((q) => [q.id, arbitraryRawPoints(q)]))),
        fc.integer({ min: 0, max: 100 }),
      )
      .map(([points, threshold]) =>
        scaleRegion(
          { threshold, questions: points, composition: base.regions[name].composition },
          questions,
        ),
      );
  return fc
    .record(
      Object.fromEntries(REGIONS.map((r) => [r, region(r)])) as Record<
        Region,
        fc.Arbitrary<RegionModel>
      >,
    )
    .map((regions) => ({ ...base, id: `${base.id}-random`, regions }));
}
