import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import type { StatusQuestion } from '../forms/types.js';
import { POVERTY_CLASSES, type PovertyClass } from '../vocab/poverty.js';
import { REGIONS } from '../vocab/region.js';
import { MAX_MEMBERS, parseInput, type ParsedInput } from './input.js';
import { COMPOSITION_FEATURES, type PmtModel, type RegionModel } from './model.js';
import {
  answerPoints,
  bandPoints,
  clampScore,
  classIndex,
  dependencyRatio,
  roundScore,
} from './points.js';
import { prepareModel } from './prepare.js';

/**
 * A model compiled into flat lookup tables. A household is a row of bytes:
 * [region, one code per status question, members, children, elderly, working-age, disabled + ill],
 * where a single-choice code is the option's index and a multi-choice code is a bitmask of option
 * indexes. Every table entry is computed by the plain scorer's own functions, so totals are identical.
 */
export interface CompiledModel {
  readonly modelId: string;
  readonly questions: readonly StatusQuestion[];
  /** Bytes per household. */
  readonly stride: number;
  readonly incomeCap: number;
  /** By region, in REGIONS order. */
  readonly thresholds: Float64Array;
  /** Start of each question's table inside a region's block of `points`. */
  readonly offsets: Int32Array;
  readonly regionSpan: number;
  readonly points: Float64Array;
  /** Composition rules per region: count, feature index and table start (FEATURE_COUNT slots a region). */
  readonly ruleCounts: Int32Array;
  readonly ruleFeatures: Int32Array;
  readonly ruleOffsets: Int32Array;
  readonly composition: Float64Array;
}

/** A multi-choice answer's bitmask must fit its byte. */
const MAX_MULTI_OPTIONS = 8;
const MAX_SINGLE_OPTIONS = 256;
const FEATURE_COUNT = COMPOSITION_FEATURES.length;
/** Dependency-ratio tables are indexed by (children + elderly) × RATIO_SIDE + working-age. */
const RATIO_SIDE = MAX_MEMBERS + 1;
const RULE_SPAN = RATIO_SIDE * RATIO_SIDE;

export function compileModel(model: unknown): Result<CompiledModel> {
  const prepared = prepareModel(model);
  if (!prepared.ok) return prepared;
  const { questions } = prepared.value;
  const tooBig = questions.filter(
    (q) => q.options.length > (q.kind === 'multi' ? MAX_MULTI_OPTIONS : MAX_SINGLE_OPTIONS),
  );
  if (tooBig.length > 0) {
    return fail(
      tooBig.map((q) =>
        issue('PMT_NOT_COMPILABLE', 'model.formRevision', {
          question: q.id,
          max: q.kind === 'multi' ? MAX_MULTI_OPTIONS : MAX_SINGLE_OPTIONS,
        }),
      ),
    );
  }
  return ok(build(prepared.value.model, questions));
}

const tableSize = (q: StatusQuestion): number =>
  q.kind === 'multi' ? 1 << q.options.length : q.options.length;

/** The option codes a byte code stands for. */
const decode = (q: StatusQuestion, code: number): string[] =>
  q.kind === 'multi'
    ? q.options.filter((_, i) => code & (1 << i)).map((o) => o.code)
    : [q.options[code]?.code ?? ''];

function build(model: PmtModel, questions: readonly StatusQuestion[]): CompiledModel {
  const offsets = new Int32Array(questions.length);
  let regionSpan = 0;
  questions.forEach((q, i) => {
    offsets[i] = regionSpan;
    regionSpan += tableSize(q);
  });
  const points = new Float64Array(REGIONS.length * regionSpan);
  const ruleCounts = new Int32Array(REGIONS.length);
  const ruleFeatures = new Int32Array(REGIONS.length * FEATURE_COUNT);
  const ruleOffsets = new Int32Array(REGIONS.length * FEATURE_COUNT);
  const composition = new Float64Array(REGIONS.length * FEATURE_COUNT * RULE_SPAN);
  REGIONS.forEach((name, r) => {
    const region = model.regions[name];
    questions.forEach((q, i) => {
      for (let code = 0; code < tableSize(q); code++) {
        points[r * regionSpan + offsets[i]! + code] = answerPoints(
          region.questions[q.id]!,
          q,
          decode(q, code),
        );
      }
    });
    ruleCounts[r] = region.composition.length;
    region.composition.forEach((rule, j) => {
      const slot = r * FEATURE_COUNT + j;
      ruleFeatures[slot] = COMPOSITION_FEATURES.indexOf(rule.feature);
      ruleOffsets[slot] = slot * RULE_SPAN;
      fillRule(composition, slot * RULE_SPAN, region, j);
    });
  });
  return {
    modelId: model.id,
    questions,
    stride: questions.length + 1 + FEATURE_COUNT,
    incomeCap: model.incomeCap,
    thresholds: Float64Array.from(REGIONS, (name) => model.regions[name].threshold),
    offsets,
    regionSpan,
    points,
    ruleCounts,
    ruleFeatures,
    ruleOffsets,
    composition,
  };
}

/** A rule's points for every feature value a household of at most MAX_MEMBERS can have. */
function fillRule(table: Float64Array, start: number, region: RegionModel, j: number): void {
  const rule = region.composition[j]!;
  for (let x = 0; x < RULE_SPAN; x++) {
    const value =
      rule.feature === 'dependencyRatio'
        ? dependencyRatio(Math.floor(x / RATIO_SIDE), x % RATIO_SIDE)
        : x;
    table[start + x] = bandPoints(rule, value);
  }
}

/** One household, encoded for the compiled scorer. */
export interface EncodedHousehold {
  readonly modelId: string;
  readonly codes: Uint8Array;
  readonly incomePerPerson: number;
}

/** Validates a score() input against the compiled model's form revision and encodes it. */
export function encodeHousehold(compiled: CompiledModel, input: unknown): Result<EncodedHousehold> {
  const parsed = parseInput(compiled.questions, input);
  if (!parsed.ok) return parsed;
  const codes = new Uint8Array(compiled.stride);
  writeCodes(compiled.questions, parsed.value, codes, 0);
  return ok({
    modelId: compiled.modelId,
    codes,
    incomePerPerson: parsed.value.facts.incomePerPersonMonthly,
  });
}

function writeCodes(
  questions: readonly StatusQuestion[],
  input: ParsedInput,
  out: Uint8Array,
  at: number,
): void {
  out[at] = REGIONS.indexOf(input.region);
  questions.forEach((q, i) => {
    const answer = input.answers[i] ?? [];
    let code = 0;
    q.options.forEach((o, k) => {
      if (answer.includes(o.code)) code = q.kind === 'multi' ? code | (1 << k) : k;
    });
    out[at + 1 + i] = code;
  });
  const f = input.facts;
  const k = at + 1 + questions.length;
  out[k] = f.memberCount;
  out[k + 1] = f.childrenUnder15;
  out[k + 2] = f.elderly60Plus;
  out[k + 3] = f.workingAge;
  out[k + 4] = f.disabledMembers + f.chronicallyIllMembers;
}

/** The exact score of the household whose row starts at `at`; the hot path, on encoded input. */
function scoreAt(m: CompiledModel, codes: Uint8Array, at: number): number {
  const r = codes[at]!;
  const block = r * m.regionSpan;
  const count = m.offsets.length;
  let total = 0;
  for (let i = 0; i < count; i++) total += m.points[block + m.offsets[i]! + codes[at + 1 + i]!]!;
  const k = at + 1 + count;
  const n = codes[k]!;
  const c = codes[k + 1]!;
  const e = codes[k + 2]!;
  const w = codes[k + 3]!;
  const d = codes[k + 4]!;
  const slots = r * FEATURE_COUNT;
  const rules = m.ruleCounts[r]!;
  for (let j = 0; j < rules; j++) {
    const f = m.ruleFeatures[slots + j]!;
    // Feature order of COMPOSITION_FEATURES: members, dependency ratio, children, elderly, disabled or ill.
    const x = f === 0 ? n : f === 1 ? (c + e) * RATIO_SIDE + w : f === 2 ? c : f === 3 ? e : d;
    total += m.composition[m.ruleOffsets[slots + j]! + x]!;
  }
  return clampScore(total);
}

export interface CompiledScore {
  /** Two decimals, as score() shows it. */
  readonly score: number;
  readonly exactScore: number;
  readonly class: PovertyClass;
}

export function scoreCompiled(
  compiled: CompiledModel,
  household: EncodedHousehold,
): Result<CompiledScore> {
  if (household.modelId !== compiled.modelId || household.codes.length !== compiled.stride) {
    return fail([issue('PMT_BATCH_MISMATCH', 'household')]);
  }
  const exactScore = scoreAt(compiled, household.codes, 0);
  const threshold = compiled.thresholds[household.codes[0]!]!;
  const index = classIndex(household.incomePerPerson, compiled.incomeCap, exactScore, threshold);
  return ok({ score: roundScore(exactScore), exactScore, class: POVERTY_CLASSES[index] });
}

/** Households in preallocated typed arrays, `stride` bytes a row, for scoring millions at once. */
export interface HouseholdBatch {
  readonly modelId: string;
  readonly size: number;
  readonly stride: number;
  readonly codes: Uint8Array;
  readonly incomePerPerson: Float64Array;
}

export function createBatch(compiled: CompiledModel, size: number): Result<HouseholdBatch> {
  if (!Number.isInteger(size) || size < 0 || size > 1e8) {
    return fail([issue('OUT_OF_RANGE', 'size', { min: 0, max: 1e8 })]);
  }
  return ok({
    modelId: compiled.modelId,
    size,
    stride: compiled.stride,
    codes: new Uint8Array(size * compiled.stride),
    incomePerPerson: new Float64Array(size),
  });
}

const fits = (compiled: CompiledModel, batch: HouseholdBatch): boolean =>
  batch.modelId === compiled.modelId &&
  batch.stride === compiled.stride &&
  batch.codes.length >= batch.size * batch.stride &&
  batch.incomePerPerson.length >= batch.size;

/** Validates one score() input and writes it as row `index` of the batch. */
export function encodeInto(
  compiled: CompiledModel,
  batch: HouseholdBatch,
  index: number,
  input: unknown,
): Result<number> {
  if (!fits(compiled, batch)) return fail([issue('PMT_BATCH_MISMATCH', 'batch')]);
  if (!Number.isInteger(index) || index < 0 || index >= batch.size) {
    return fail([issue('OUT_OF_RANGE', 'index', { min: 0, max: batch.size - 1 })]);
  }
  const parsed = parseInput(compiled.questions, input);
  if (!parsed.ok) return parsed;
  writeCodes(compiled.questions, parsed.value, batch.codes, index * batch.stride);
  batch.incomePerPerson[index] = parsed.value.facts.incomePerPersonMonthly;
  return ok(index);
}

/**
 * Scores every household of the batch into `scores` (published two-decimal values) and, if given, `classes`
 * (indexes of POVERTY_CLASSES). Rows must come from encodeInto. Answers how many were scored.
 */
export function scoreBatch(
  compiled: CompiledModel,
  batch: HouseholdBatch,
  scores: Float64Array,
  classes?: Uint8Array,
): Result<number> {
  const size = batch.size;
  if (!fits(compiled, batch)) return fail([issue('PMT_BATCH_MISMATCH', 'batch')]);
  const short = [
    ...(scores.length < size ? [issue('PMT_OUTPUT_TOO_SHORT', 'scores', { min: size })] : []),
    ...(classes && classes.length < size
      ? [issue('PMT_OUTPUT_TOO_SHORT', 'classes', { min: size })]
      : []),
  ];
  if (short.length > 0) return fail(short);
  const { codes, incomePerPerson } = batch;
  for (let h = 0; h < size; h++) {
    const at = h * batch.stride;
    const s = scoreAt(compiled, codes, at);
    scores[h] = roundScore(s);
    if (classes) {
      classes[h] = classIndex(
        incomePerPerson[h]!,
        compiled.incomeCap,
        s,
        compiled.thresholds[codes[at]!]!,
      );
    }
  }
  return ok(size);
}
