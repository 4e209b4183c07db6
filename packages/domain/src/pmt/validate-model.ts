import {
  readCode,
  readIsoDate,
  readLabel,
  readList,
  readNumber,
  readRecord,
  readString,
  type Bag,
} from '../core/guard.js';
import { issue, joinPath } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import type { StatusQuestion } from '../forms/types.js';
import { REGIONS, isRegion, type Region } from '../vocab/region.js';
import {
  COMPOSITION_FEATURES,
  type CompositionRule,
  type PmtModel,
  type QuestionPoints,
  type RegionModel,
} from './model.js';
import { reachableRange } from './reach.js';

const POINTS = { min: 0, max: 100 } as const;
/** Reachable extremes must hit 0 and 100 up to float rounding of calibrated points. */
const SCALE_TOLERANCE = 1e-9;

/**
 * Checks a PMT model against the status questions of its form revision and returns a clean copy,
 * or every problem found, each with its path (e.g. `regions.north.questions.floor.points.earth`).
 */
export function validateModel(
  model: unknown,
  questions: readonly StatusQuestion[],
): Result<PmtModel> {
  const issues: Bag = [];
  const record = readRecord(model, '', issues);
  if (!record) return fail(issues);
  const header = readHeader(record, issues);
  const regions = readRegions(record['regions'], questions, issues);
  if (issues.length > 0 || !header || !regions) return fail(issues);
  return ok({ ...header, regions });
}

type Header = Omit<PmtModel, 'regions'>;

function readHeader(m: Readonly<Record<string, unknown>>, issues: Bag): Header | undefined {
  const before = issues.length;
  const id = readString(m['id'], 'id', issues);
  const version = readNumber(m['version'], 'version', { min: 1, max: 1e9, integer: true }, issues);
  const label = readLabel(m['label'], 'label', issues);
  const provenance = readLabel(m['provenance'], 'provenance', issues);
  const demonstration = m['demonstration'];
  if (typeof demonstration !== 'boolean')
    issues.push(issue('PMT_DEMONSTRATION_FLAG', 'demonstration'));
  const formRevision = readString(m['formRevision'], 'formRevision', issues);
  const incomeCap = readIncomeCap(m['incomeCap'], issues);
  const validity = readValidity(m, issues);
  if (issues.length > before) return undefined;
  return {
    id: id ?? '',
    version: version ?? 0,
    label: label ?? { th: '', en: '' },
    demonstration: demonstration === true,
    formRevision: formRevision ?? '',
    incomeCap: incomeCap ?? 0,
    provenance: provenance ?? { th: '', en: '' },
    ...validity,
  };
}

function readIncomeCap(value: unknown, issues: Bag): number | undefined {
  const cap = readNumber(value, 'incomeCap', { min: 0, max: 1e9 }, issues);
  if (cap !== 0) return cap;
  issues.push(issue('PMT_CAP_NOT_POSITIVE', 'incomeCap'));
  return undefined;
}

function readValidity(
  m: Readonly<Record<string, unknown>>,
  issues: Bag,
): { validFrom: string; validTo?: string } {
  const from = readIsoDate(m['validFrom'], 'validFrom', issues);
  const validFrom = String(m['validFrom']).trim();
  if (m['validTo'] === undefined) return { validFrom };
  const to = readIsoDate(m['validTo'], 'validTo', issues);
  if (from !== undefined && to !== undefined && to < from) {
    issues.push(issue('PMT_VALID_TO_BEFORE_FROM', 'validTo'));
  }
  return { validFrom, validTo: String(m['validTo']).trim() };
}

function readRegions(
  value: unknown,
  questions: readonly StatusQuestion[],
  issues: Bag,
): Record<Region, RegionModel> | undefined {
  const record = readRecord(value, 'regions', issues);
  if (!record) return undefined;
  for (const key of Object.keys(record)) {
    if (!isRegion(key))
      issues.push(issue('UNKNOWN_REGION', joinPath('regions', key), { value: key }));
  }
  const entries = REGIONS.map((r) => [r, readRegion(record[r], r, questions, issues)] as const);
  if (entries.some(([, model]) => !model)) return undefined;
  return Object.fromEntries(entries) as Record<Region, RegionModel>;
}

function readRegion(
  value: unknown,
  region: Region,
  questions: readonly StatusQuestion[],
  issues: Bag,
): RegionModel | undefined {
  const path = joinPath('regions', region);
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const before = issues.length;
  const threshold = readNumber(record['threshold'], joinPath(path, 'threshold'), POINTS, issues);
  const points = readQuestions(record['questions'], joinPath(path, 'questions'), questions, issues);
  const composition = readComposition(record['composition'], joinPath(path, 'composition'), issues);
  if (issues.length > before || threshold === undefined || !points || !composition)
    return undefined;
  const model: RegionModel = { threshold, questions: points, composition };
  checkScale(model, questions, path, issues);
  return issues.length > before ? undefined : model;
}

function checkScale(
  model: RegionModel,
  questions: readonly StatusQuestion[],
  path: string,
  issues: Bag,
): void {
  const { min, max } = reachableRange(model, questions);
  if (Math.abs(min) > SCALE_TOLERANCE) issues.push(issue('PMT_SCALE_MIN', path, { min }));
  if (Math.abs(max - 100) > SCALE_TOLERANCE) issues.push(issue('PMT_SCALE_MAX', path, { max }));
}

function readQuestions(
  value: unknown,
  path: string,
  questions: readonly StatusQuestion[],
  issues: Bag,
): Record<string, QuestionPoints> | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  for (const key of Object.keys(record)) {
    if (!questions.some((q) => q.id === key)) {
      issues.push(issue('PMT_UNKNOWN_QUESTION', joinPath(path, key), { value: key }));
    }
  }
  const out: Record<string, QuestionPoints> = {};
  for (const question of questions) {
    const points = readQuestionPoints(
      record[question.id],
      joinPath(path, question.id),
      question,
      issues,
    );
    if (points) out[question.id] = points;
  }
  return out;
}

/** The points kind a question needs: single choice → 'single', multi choice → its deprivation. */
const kindFor = (q: StatusQuestion): QuestionPoints['kind'] =>
  q.deprivation === 'ordered' ? 'single' : q.deprivation;

function readQuestionPoints(
  value: unknown,
  path: string,
  question: StatusQuestion,
  issues: Bag,
): QuestionPoints | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const expected = kindFor(question);
  if (record['kind'] !== expected) {
    const got = String(record['kind']);
    issues.push(issue('PMT_KIND_MISMATCH', joinPath(path, 'kind'), { expected, value: got }));
    return undefined;
  }
  const before = issues.length;
  const read = (key: string) => readNumber(record[key], joinPath(path, key), POINTS, issues) ?? 0;
  const table = (key: string) => readTable(record[key], joinPath(path, key), question, issues);
  const points: QuestionPoints =
    expected === 'single'
      ? { kind: 'single', points: table('points') }
      : expected === 'hardship'
        ? { kind: 'hardship', points: table('points'), cap: read('cap') }
        : { kind: 'asset', base: read('base'), deduction: table('deduction') };
  if (issues.length > before) return undefined;
  checkDeprivation(points, path, question, issues);
  return issues.length > before ? undefined : points;
}

/** Points (or deductions) for every option of the question, each 0–100, and for nothing else. */
function readTable(
  value: unknown,
  path: string,
  question: StatusQuestion,
  issues: Bag,
): Record<string, number> {
  const record = readRecord(value, path, issues);
  const out: Record<string, number> = {};
  if (!record) return out;
  for (const key of Object.keys(record)) {
    if (!question.options.some((o) => o.code === key)) {
      issues.push(issue('UNKNOWN_OPTION', joinPath(path, key), { value: key }));
    }
  }
  for (const { code } of question.options) {
    const at = joinPath(path, code);
    if (record[code] === undefined) issues.push(issue('PMT_MISSING_POINTS', at, { option: code }));
    else out[code] = readNumber(record[code], at, POINTS, issues) ?? 0;
  }
  return out;
}

/** A poorer answer never lowers the score: see Deprivation in forms/types.ts. */
function checkDeprivation(
  points: QuestionPoints,
  path: string,
  question: StatusQuestion,
  issues: Bag,
): void {
  if (points.kind === 'single') {
    checkMonotone(points.points, joinPath(path, 'points'), question, issues);
    return;
  }
  // "None" must neither add hardship points nor deduct assets, or choosing it could outrank a real answer.
  const [key, table] =
    points.kind === 'hardship' ? ['points', points.points] : ['deduction', points.deduction];
  for (const option of question.options) {
    if (option.exclusive && (table[option.code] ?? 0) > 0) {
      issues.push(
        issue('PMT_EXCLUSIVE_NOT_ZERO', joinPath(path, key, option.code), { option: option.code }),
      );
    }
  }
}

function checkMonotone(
  points: Readonly<Record<string, number>>,
  path: string,
  question: StatusQuestion,
  issues: Bag,
): void {
  const rank = (code: string) => question.options.find((o) => o.code === code)?.rank ?? 0;
  for (const option of question.options) {
    const own = points[option.code] ?? 0;
    const richer = question.options.filter((o) => (o.rank ?? 0) < rank(option.code));
    const beaten = richer.find((o) => (points[o.code] ?? 0) > own);
    if (beaten) {
      issues.push(
        issue('PMT_NOT_MONOTONE', joinPath(path, option.code), {
          option: option.code,
          other: beaten.code,
        }),
      );
    }
  }
}

function readComposition(value: unknown, path: string, issues: Bag): CompositionRule[] | undefined {
  const list = readList(value, path, issues);
  if (!list) return undefined;
  const rules = list.map((item, i) => readRule(item, joinPath(path, i), issues));
  rules.forEach((rule, i) => {
    if (rule && rules.findIndex((r) => r?.feature === rule.feature) !== i) {
      issues.push(issue('DUPLICATE_KEY', joinPath(path, i, 'feature'), { value: rule.feature }));
    }
  });
  return rules.every((r) => r !== undefined) ? rules : undefined;
}

function readRule(value: unknown, path: string, issues: Bag): CompositionRule | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const before = issues.length;
  const feature = readCode(
    record['feature'],
    joinPath(path, 'feature'),
    COMPOSITION_FEATURES,
    issues,
  );
  const list = readList(record['bands'], joinPath(path, 'bands'), issues) ?? [];
  if (list.length === 0 && Array.isArray(record['bands'])) {
    issues.push(issue('TOO_FEW_ITEMS', joinPath(path, 'bands'), { min: 1 }));
  }
  const bands = list.map((band, i) => readBand(band, joinPath(path, 'bands', i), issues));
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (band && previous && (band.atLeast <= previous.atLeast || band.points < previous.points)) {
      issues.push(issue('PMT_BANDS_NOT_ASCENDING', joinPath(path, 'bands', i)));
    }
  });
  if (issues.length > before || !feature) return undefined;
  return { feature, bands: bands.filter((b) => b !== undefined) };
}

function readBand(
  value: unknown,
  path: string,
  issues: Bag,
): CompositionRule['bands'][number] | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const atLeast = readNumber(
    record['atLeast'],
    joinPath(path, 'atLeast'),
    { min: 0, max: 1000 },
    issues,
  );
  const points = readNumber(record['points'], joinPath(path, 'points'), POINTS, issues);
  return atLeast === undefined || points === undefined ? undefined : { atLeast, points };
}
