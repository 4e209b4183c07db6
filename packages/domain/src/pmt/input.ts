import { readCode, readNumber, readRecord, readString, type Bag } from '../core/guard.js';
import { issue, joinPath } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { MAX_HOUSEHOLD_MEMBERS } from '../forms/household.js';
import { readSelection } from '../forms/read-field.js';
import type { HouseholdFacts, StatusAnswers, StatusQuestion } from '../forms/types.js';
import { isRegion, type Region } from '../vocab/region.js';

/** What score() reads: the household's region, its status answers and facts derived from its members. */
export interface PmtInput {
  readonly region: Region;
  readonly status: StatusAnswers;
  readonly facts: HouseholdFacts;
}

/** A validated input with every answer as a list of option codes, in the form's question order. */
export interface ParsedInput {
  readonly region: Region;
  readonly answers: readonly (readonly string[])[];
  readonly facts: HouseholdFacts;
}

/** The form's member limit; the compiled scorer's byte encoding relies on it too. */
export const MAX_MEMBERS = MAX_HOUSEHOLD_MEMBERS;
const MAX_INCOME = 1_000_000_000;
/** Income per person may be rounded to whole baht by whoever derived it. */
const INCOME_TOLERANCE_BAHT = 0.5;

export function parseInput(
  questions: readonly StatusQuestion[],
  input: unknown,
): Result<ParsedInput> {
  const issues: Bag = [];
  const record = readRecord(input, '', issues);
  if (!record) return fail(issues);
  const region = readRegion(record['region'], issues);
  const answers = readStatus(record['status'], questions, issues);
  const facts = readFacts(record['facts'], issues);
  if (issues.length > 0 || !region || !answers || !facts) return fail(issues);
  return ok({ region, answers, facts });
}

function readRegion(value: unknown, issues: Bag): Region | undefined {
  const text = readString(value, 'region', issues);
  if (text === undefined || isRegion(text)) return text;
  issues.push(issue('UNKNOWN_REGION', 'region', { value: text }));
  return undefined;
}

function readStatus(
  value: unknown,
  questions: readonly StatusQuestion[],
  issues: Bag,
): string[][] | undefined {
  const status = readRecord(value, 'status', issues);
  if (!status) return undefined;
  const answers = questions.map((q) => readAnswer(status[q.id], q, issues) ?? []);
  for (const key of Object.keys(status)) {
    if (!questions.some((q) => q.id === key)) {
      issues.push(issue('PMT_UNKNOWN_QUESTION', joinPath('status', key), { value: key }));
    }
  }
  return answers;
}

function readAnswer(value: unknown, question: StatusQuestion, issues: Bag): string[] | undefined {
  const path = joinPath('status', question.id);
  if (question.kind === 'multi') return readSelection(question.options, value, path, issues);
  const code = readCode(
    value,
    path,
    question.options.map((o) => o.code),
    issues,
  );
  return code === undefined ? undefined : [code];
}

const COUNT = { min: 0, max: MAX_MEMBERS, integer: true } as const;

function readFacts(value: unknown, issues: Bag): HouseholdFacts | undefined {
  const facts = readRecord(value, 'facts', issues);
  if (!facts) return undefined;
  const before = issues.length;
  const num = (key: keyof HouseholdFacts, rule: { min: number; max: number; integer?: boolean }) =>
    readNumber(facts[key], joinPath('facts', key), rule, issues) ?? 0;
  const read: HouseholdFacts = {
    memberCount: num('memberCount', { ...COUNT, min: 1 }),
    totalMonthlyIncome: num('totalMonthlyIncome', { min: 0, max: MAX_INCOME }),
    incomePerPersonMonthly: num('incomePerPersonMonthly', { min: 0, max: MAX_INCOME }),
    childrenUnder15: num('childrenUnder15', COUNT),
    elderly60Plus: num('elderly60Plus', COUNT),
    workingAge: num('workingAge', COUNT),
    disabledMembers: num('disabledMembers', COUNT),
    chronicallyIllMembers: num('chronicallyIllMembers', COUNT),
  };
  if (issues.length > before) return undefined;
  checkConsistency(read, issues);
  return issues.length > before ? undefined : read;
}

/** Age groups partition the members; per-person income is the total shared among them. */
function checkConsistency(facts: HouseholdFacts, issues: Bag): void {
  const n = facts.memberCount;
  if (facts.childrenUnder15 + facts.elderly60Plus + facts.workingAge !== n) {
    issues.push(issue('PMT_AGE_GROUPS_MISMATCH', 'facts', { members: n }));
  }
  for (const key of ['disabledMembers', 'chronicallyIllMembers'] as const) {
    if (facts[key] > n)
      issues.push(issue('OUT_OF_RANGE', joinPath('facts', key), { min: 0, max: n }));
  }
  if (
    Math.abs(facts.incomePerPersonMonthly - facts.totalMonthlyIncome / n) > INCOME_TOLERANCE_BAHT
  ) {
    issues.push(issue('PMT_INCOME_PER_PERSON_MISMATCH', 'facts.incomePerPersonMonthly'));
  }
}
