import { readNumber, readRecord, type Bag } from '../core/guard.js';
import { fail, ok, type Result } from '../core/result.js';
import type { HouseholdFacts, StatusQuestion } from '../forms/types.js';
import { statusQuestionsOf } from '../pmt/revisions.js';
import { REGIONS, type Region } from '../vocab/region.js';
import {
  DEFAULT_COMPOSITION_BANDS,
  encodeHousehold,
  featureSpace,
  maxActive,
  type FeatureSpace,
} from './features.js';
import { mulberry32, normal } from './prng.js';
import type { CalibrationRecord } from './records.js';

/** The log-income model synthetic households are drawn from, so a calibration can be checked against it. */
export interface SyntheticTruth {
  readonly intercept: Readonly<Record<Region, number>>;
  /** Feature name (as in RegionFit.coefficients) → effect on ln(income per person); absent means 0. */
  readonly effects: Readonly<Record<string, number>>;
  readonly noise: number;
}

export interface SyntheticData {
  readonly records: CalibrationRecord[];
  readonly truth: SyntheticTruth;
}

const PROVINCES: Readonly<Record<Region, readonly string[]>> = {
  north: ['50', '57'],
  northeast: ['34', '40'],
  central: ['10', '20'],
  south: ['80', '90'],
};
const AFFILIATIONS = ['obec', 'dla', 'bpp'];

/**
 * Households with uniformly drawn answers and incomes from a known log-linear model (poorer
 * answers lower income; noise N(0, noise²)): test and benchmark data, never real people.
 */
export function syntheticHouseholds(options: unknown): Result<SyntheticData> {
  const issues: Bag = [];
  const raw = readRecord(options, 'options', issues);
  const count = readNumber(
    raw?.['count'],
    'options.count',
    { min: 1, max: 10_000_000, integer: true },
    issues,
  );
  const seed = readNumber(
    raw?.['seed'],
    'options.seed',
    { min: 0, max: 2 ** 32 - 1, integer: true },
    issues,
  );
  const noise =
    raw?.['noise'] === undefined
      ? 0.4
      : readNumber(raw['noise'], 'options.noise', { min: 0, max: 10 }, issues);
  const questions = statusQuestionsOf(raw?.['formRevision'] ?? '2026-03', 'options.formRevision');
  if (!questions.ok) issues.push(...questions.issues);
  if (
    count === undefined ||
    seed === undefined ||
    noise === undefined ||
    !questions.ok ||
    issues.length > 0
  )
    return fail(issues);
  const space = featureSpace(questions.value, DEFAULT_COMPOSITION_BANDS);
  const truth = truthFor(space, noise);
  const random = mulberry32(seed);
  const scratch = new Uint16Array(maxActive(space));
  const records = Array.from({ length: count }, (_, i) =>
    household(i, space, truth, random, scratch),
  );
  return ok({ records, truth });
}

/** Poorer single answers cost 0.12 per rank, hardships 0.1–0.22, assets add 0.1–0.28, bands cost 0.08 each. */
function truthFor(space: FeatureSpace, noise: number): SyntheticTruth {
  const effects: Record<string, number> = {};
  for (const { question, column } of space.questions) {
    question.options.forEach((option, k) => {
      const name = space.names[column.get(option.code) ?? -1];
      if (name === undefined) return;
      if (question.kind === 'single') effects[name] = -0.12 * (option.rank ?? 0);
      else effects[name] = question.deprivation === 'asset' ? 0.1 + 0.03 * k : -0.1 - 0.03 * k;
    });
  }
  for (const b of space.bands)
    b.atLeast.forEach((_, k) => (effects[space.names[b.first + k] as string] = -0.08 * (k + 1)));
  return { intercept: { north: 9.1, northeast: 9, central: 9.4, south: 9.2 }, effects, noise };
}

function household(
  i: number,
  space: FeatureSpace,
  truth: SyntheticTruth,
  random: () => number,
  scratch: Uint16Array,
): CalibrationRecord {
  const region = REGIONS[Math.floor(random() * REGIONS.length)] as Region;
  const answers = space.questions.map(({ question }) => answer(question, random));
  const members = 1 + Math.floor(random() * 8);
  const children = Math.floor(random() * members);
  const elderly = Math.floor(random() * (members - children + 1));
  const draft = {
    members,
    children,
    elderly,
    disabled: random() < 0.25 ? 1 : 0,
    ill: random() < 0.25 ? 1 : 0,
  };
  const zeroIncome = facts(draft, 0);
  const end = encodeHousehold(space, { region, answers, facts: zeroIncome }, scratch, 0);
  let y = truth.intercept[region] + truth.noise * normal(random);
  for (let a = 1; a < end; a++)
    y += truth.effects[space.names[scratch[a] as number] as string] ?? 0;
  const provinces = PROVINCES[region];
  return {
    id: `H${i}`,
    region,
    province: provinces[Math.floor(random() * provinces.length)] as string,
    subgroups: { affiliation: AFFILIATIONS[Math.floor(random() * AFFILIATIONS.length)] as string },
    status: Object.fromEntries(
      space.questions.map(({ question }, q) => [
        question.id,
        question.kind === 'single' ? (answers[q]?.[0] ?? '') : (answers[q] ?? []),
      ]),
    ),
    facts: facts(draft, Math.round(Math.exp(y))),
  };
}

function answer(question: StatusQuestion, random: () => number): string[] {
  if (question.kind === 'single')
    return [question.options[Math.floor(random() * question.options.length)]?.code ?? ''];
  const chosen = question.options.filter((o) => !o.exclusive && random() < 0.3).map((o) => o.code);
  return chosen.length > 0
    ? chosen
    : question.options.filter((o) => o.exclusive).map((o) => o.code);
}

function facts(
  d: { members: number; children: number; elderly: number; disabled: number; ill: number },
  incomePerPerson: number,
): HouseholdFacts {
  return {
    memberCount: d.members,
    totalMonthlyIncome: incomePerPerson * d.members,
    incomePerPersonMonthly: incomePerPerson,
    childrenUnder15: d.children,
    elderly60Plus: d.elderly,
    workingAge: d.members - d.children - d.elderly,
    disabledMembers: d.disabled,
    chronicallyIllMembers: d.ill,
  };
}
