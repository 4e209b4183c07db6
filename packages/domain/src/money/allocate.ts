import { readList, readNumber, readRecord, readString, type Bag, byId } from '../core/guard.js';
import { issue, joinPath, type Issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import type { Label } from '../forms/types.js';
import { levelGroupOf, type Grade, type LevelGroup } from '../vocab/grade.js';
import { POVERTY_CLASSES, type PovertyClass } from '../vocab/poverty.js';
import type { Semester } from '../vocab/semester.js';
import { readGrade, readSemester } from '../vocab/read.js';
import { lineTexts, type LineTexts } from './explain.js';
import { readRateTable } from './read-rates.js';
import { proRata, scoreRank } from './ration.js';
import { topUpBandOf, type RateTable } from './rates.js';

/** How a budget smaller than the entitlements is shared (SPEC §7). */
export const RATIONINGS = ['pro_rata', 'score_rank'] as const;
export type Rationing = (typeof RATIONINGS)[number];

export interface EligibleStudent {
  readonly studentId: string;
  readonly grade: Grade;
  readonly povertyClass: PovertyClass;
  /** PMT deprivation score 0–100; higher is poorer. */
  readonly score: number;
}

export interface AllocationRequest {
  readonly students: readonly EligibleStudent[];
  readonly rateTable: RateTable;
  readonly semester: Semester;
  /** Whole baht available for the semester; without it everyone gets their full entitlement. */
  readonly budget?: number;
  readonly rationing: Rationing;
}

/** One student's amount and why: base rate + top-up − reduction = amount. */
export interface AllocationLine extends EligibleStudent {
  readonly levelGroup: LevelGroup;
  readonly baseRate: number;
  readonly topUp: number;
  readonly entitlement: number;
  readonly reduction: number;
  readonly amount: number;
  readonly explanation: readonly Label[];
}

export interface Allocation {
  readonly rateTableId: string;
  readonly semester: Semester;
  readonly rationing: Rationing;
  readonly budget?: number;
  readonly entitlementTotal: number;
  readonly total: number;
  /** Ordered by student id. */
  readonly lines: readonly AllocationLine[];
}

function readStudent(value: unknown, path: string, issues: Bag): EligibleStudent | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  const at = (field: string) => joinPath(path, field);
  const studentId = readString(record['studentId'], at('studentId'), issues);
  const grade = readGrade(record['grade'], at('grade'), issues);
  const className = readString(record['povertyClass'], at('povertyClass'), issues);
  const povertyClass = POVERTY_CLASSES.find((c) => c === className);
  if (className !== undefined && povertyClass === undefined) {
    issues.push(issue('UNKNOWN_POVERTY_CLASS', at('povertyClass'), { value: className }));
  }
  const score = readNumber(record['score'], at('score'), { min: 0, max: 100 }, issues);
  if (!studentId || !grade || !povertyClass || score === undefined) return undefined;
  return { studentId, grade, povertyClass, score };
}

function readStudents(value: unknown, path: string, issues: Bag): EligibleStudent[] {
  const seen = new Set<string>();
  const students: EligibleStudent[] = [];
  readList(value, path, issues)?.forEach((item, i) => {
    const student = readStudent(item, joinPath(path, i), issues);
    if (student === undefined) return;
    if (seen.has(student.studentId)) {
      issues.push(
        issue('DUPLICATE_KEY', joinPath(path, i, 'studentId'), { value: student.studentId }),
      );
    }
    seen.add(student.studentId);
    students.push(student);
  });
  return students;
}

function readRationing(value: unknown, issues: Bag): Rationing | undefined {
  const text = readString(value, 'rationing', issues);
  const rationing = RATIONINGS.find((r) => r === text);
  if (text !== undefined && rationing === undefined) {
    issues.push(issue('UNKNOWN_RATIONING', 'rationing', { value: text }));
  }
  return rationing;
}

const readBudget = (value: unknown, issues: Bag): number | undefined =>
  value === undefined
    ? undefined
    : readNumber(value, 'budget', { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }, issues);

interface Entitled {
  readonly student: EligibleStudent;
  readonly levelGroup: LevelGroup;
  readonly baseRate: number;
  readonly topUp: number;
  readonly explanation: readonly Label[];
}

function entitle(
  student: EligibleStudent,
  table: RateTable,
  term: 1 | 2,
  texts: LineTexts,
): Entitled {
  const levelGroup = levelGroupOf(student.grade);
  const baseRate = table.rates[levelGroup][student.povertyClass][term - 1] ?? 0;
  const band = topUpBandOf(table.topUp, student.povertyClass, student.score);
  const explanation = [texts.base(levelGroup, student.povertyClass, term, baseRate)];
  if (band && band.baht > 0)
    explanation.push(texts.topUp(band.scoreAbove, band.baht, student.score));
  return { student, levelGroup, baseRate, topUp: band?.baht ?? 0, explanation };
}

/**
 * Positions of `entitled` (already in id order) from the poorest: by class first (thresholds differ
 * by region, so a poor student's score can exceed an extremely poor one's), then score, then id.
 */
const povertyOrder = (entitled: readonly Entitled[]): number[] =>
  entitled
    .map((_, at) => at)
    .sort((a, b) => comparePoverty(entitled[b]?.student, entitled[a]?.student) || a - b);

/** Positive when `x` is poorer than `y`. */
export function comparePoverty(
  x: Pick<EligibleStudent, 'povertyClass' | 'score'> | undefined,
  y: Pick<EligibleStudent, 'povertyClass' | 'score'> | undefined,
): number {
  const rank = (s: typeof x) => (s ? POVERTY_CLASSES.indexOf(s.povertyClass) : -1);
  return rank(x) - rank(y) || (x?.score ?? 0) - (y?.score ?? 0);
}

/** Amounts under a budget, and each reduced student's reason, by position in id order. */
function ration(
  entitled: readonly Entitled[],
  entitlements: readonly number[],
  { rationing, budget }: { rationing: Rationing; budget: number },
  texts: LineTexts,
): { amounts: number[]; reasonOf: (at: number, reduction: number) => Label } {
  if (rationing === 'pro_rata') {
    const total = entitlements.reduce((a, b) => a + b, 0);
    const amounts = proRata(entitlements, budget);
    return { amounts, reasonOf: (_, reduction) => texts.proRata(reduction, budget, total) };
  }
  const order = povertyOrder(entitled);
  const amounts = scoreRank(entitlements, order, budget);
  const rank: number[] = [];
  order.forEach((at, k) => (rank[at] = k + 1));
  const cutoff = order.findIndex((at) => amounts[at] !== entitlements[at]) + 1;
  return { amounts, reasonOf: (at, cut) => texts.scoreRank(cut, rank[at] ?? 0, cutoff) };
}

function lineOf(e: Entitled, amount: number, reason: Label | undefined): AllocationLine {
  const { student, levelGroup, baseRate, topUp, explanation } = e;
  const entitlement = baseRate + topUp;
  return {
    studentId: student.studentId,
    grade: student.grade,
    povertyClass: student.povertyClass,
    score: student.score,
    levelGroup,
    baseRate,
    topUp,
    entitlement,
    reduction: entitlement - amount,
    amount,
    explanation: reason ? [...explanation, reason] : explanation,
  };
}

function build(
  request: Omit<AllocationRequest, 'students'>,
  students: EligibleStudent[],
): Allocation {
  const { rateTable, semester, budget, rationing } = request;
  const texts = lineTexts();
  const entitled = students
    .sort((a, b) => byId(a.studentId, b.studentId))
    .map((s) => entitle(s, rateTable, semester.term, texts));
  const entitlements = entitled.map((e) => e.baseRate + e.topUp);
  const entitlementTotal = entitlements.reduce((a, b) => a + b, 0);
  const short = budget !== undefined && budget < entitlementTotal;
  const rationed = short ? ration(entitled, entitlements, { rationing, budget }, texts) : undefined;
  const lines = entitled.map((e, at) => {
    const entitlement = entitlements[at] ?? 0;
    const amount = rationed?.amounts[at] ?? entitlement;
    const cut = entitlement - amount;
    return lineOf(e, amount, cut > 0 ? rationed?.reasonOf(at, cut) : undefined);
  });
  const total = lines.reduce((a, l) => a + l.amount, 0);
  const header = { rateTableId: rateTable.id, semester, rationing };
  return { ...header, ...(budget !== undefined && { budget }), entitlementTotal, total, lines };
}

/**
 * A semester's amounts for eligible students (SPEC §7): rate by level group, class and term, plus
 * the equity top-up; under a budget, shared pro rata or poorest first. Deterministic whatever the
 * input order, whole baht, never over budget; every problem in the request is reported at once.
 */
export function allocate(request: AllocationRequest): Result<Allocation> {
  const issues: Issue[] = [];
  const input = readRecord(request as unknown, '', issues);
  if (input === undefined) return fail(issues);
  const students = readStudents(input['students'], 'students', issues);
  const rateTable = readRateTable(input['rateTable'], 'rateTable', issues);
  const semester = readSemester(input['semester'], 'semester', issues);
  const rationing = readRationing(input['rationing'], issues);
  const budget = readBudget(input['budget'], issues);
  if (issues.length > 0 || !rateTable || !semester || !rationing) return fail(issues);
  return ok(
    build({ rateTable, semester, rationing, ...(budget !== undefined && { budget }) }, students),
  );
}
