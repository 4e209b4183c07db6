import { isRecord } from '../core/guard.js';
import { fail, ok, type Result } from '../core/result.js';
import { DIMENSIONS, type Dimension } from '../forms/types.js';
import { bilingual } from '../i18n/index.js';
import { POVERTY_CLASSES, type PovertyClass } from '../vocab/poverty.js';
import type { Region } from '../vocab/region.js';
import {
  explanationLines,
  summaryLine,
  type CompositionScore,
  type QuestionScore,
  type Text,
} from './explain.js';
import { parseInput, type ParsedInput } from './input.js';
import { prepareModel, type PreparedModel } from './prepare.js';
import {
  answerPoints,
  bandPoints,
  clampScore,
  classIndex,
  compositionValue,
  roundScore,
} from './points.js';
import { statusQuestionsOf } from './revisions.js';

/** A scored household, explainable and re-computable: the model id, every part of the sum, the decision. */
export interface PmtResult {
  readonly modelId: string;
  readonly demonstration: boolean;
  readonly region: Region;
  /** The score for display, 0–100 with two decimals. */
  readonly score: number;
  /** The unrounded sum of points; the class is decided on `score`, its two-decimal published value. */
  readonly exactScore: number;
  readonly class: PovertyClass;
  readonly incomePerPerson: number;
  readonly incomeCap: number;
  readonly threshold: number;
  /** Points per dimension (sum of its questions), and of household composition. */
  readonly dimensions: Readonly<Record<Dimension, number>>;
  readonly compositionPoints: number;
  readonly questions: readonly QuestionScore[];
  readonly composition: readonly CompositionScore[];
  /** What added points, heaviest first, e.g. "ไฟฟ้า: ไม่มีไฟฟ้า +8 คะแนน". */
  readonly explanation: readonly Text[];
  readonly summary: Text;
  /** Present when the model is a demonstration model: say so wherever the score is shown. */
  readonly notice?: Text;
}

/** Scores one household (SPEC §5) with a model; reports every problem of the model and the input. */
export function score(model: unknown, input: unknown): Result<PmtResult> {
  const prepared = prepareModel(model);
  if (prepared.ok) {
    const parsed = parseInput(prepared.value.questions, input);
    return parsed.ok ? ok(scoreParsed(prepared.value, parsed.value)) : parsed;
  }
  // A broken model of a known form revision still lets the input be checked: report both at once.
  const questions = statusQuestionsOf(isRecord(model) ? model['formRevision'] : undefined);
  const parsed = questions.ok ? parseInput(questions.value, input) : undefined;
  return fail([...prepared.issues, ...(parsed && !parsed.ok ? parsed.issues : [])]);
}

/** The plain scorer on validated data; the compiled one must agree with it exactly. */
function scoreParsed({ model, questions }: PreparedModel, input: ParsedInput): PmtResult {
  const region = model.regions[input.region];
  let total = 0;
  const scores = questions.map((question, i): QuestionScore => {
    const answer = input.answers[i] ?? [];
    const points = answerPoints(region.questions[question.id]!, question, answer);
    total += points;
    return { questionId: question.id, dimension: question.dimension, answer, points };
  });
  const composition = region.composition.map((rule): CompositionScore => {
    const value = compositionValue(rule.feature, input.facts);
    const points = bandPoints(rule, value);
    total += points;
    return { feature: rule.feature, value, points };
  });
  const exactScore = clampScore(total);
  const incomePerPerson = input.facts.incomePerPersonMonthly;
  const decision = {
    class:
      POVERTY_CLASSES[classIndex(incomePerPerson, model.incomeCap, exactScore, region.threshold)],
    score: roundScore(exactScore),
    incomePerPerson,
    incomeCap: model.incomeCap,
    threshold: region.threshold,
  };
  return {
    modelId: model.id,
    demonstration: model.demonstration,
    region: input.region,
    ...decision,
    exactScore,
    dimensions: byDimension(scores),
    compositionPoints: composition.reduce((sum, c) => sum + c.points, 0),
    questions: scores,
    composition,
    explanation: explanationLines(questions, scores, composition),
    summary: summaryLine(decision),
    ...(model.demonstration ? { notice: bilingual('pmt.notice.demonstration') } : {}),
  };
}

function byDimension(scores: readonly QuestionScore[]): Record<Dimension, number> {
  const sums = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const s of scores) sums[s.dimension] += s.points;
  return sums;
}

/**
 * What is stored of a score besides the score and class: points per dimension, per question and per
 * composition rule, with the threshold and cap used (no texts: explanations are rebuilt from these
 * in the reader's language), so any stored score can be explained and checked years later.
 */
export const scoreBreakdown = (r: PmtResult) => ({
  dimensions: r.dimensions,
  compositionPoints: r.compositionPoints,
  questions: r.questions.map((q) => ({
    questionId: q.questionId,
    answer: q.answer,
    points: q.points,
  })),
  composition: r.composition,
  threshold: r.threshold,
  incomeCap: r.incomeCap,
});
