import { readRecord, byId } from '../core/guard.js';
import { issue, joinPath, type Issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { nextSemester, semesterKey, type Semester } from '../vocab/semester.js';
import {
  classifyMissing,
  classifyNew,
  classifyStayed,
  MOVEMENTS,
  type Movement,
  type StudentMovement,
} from './movement.js';
import { readRoster, semesterParams, type Roster, type RosterRow } from './roster.js';

export interface RosterPair {
  /** The earlier semester's roster. */
  readonly previous: readonly RosterRow[];
  /** The roster of the semester right after it. */
  readonly current: readonly RosterRow[];
}

export interface RosterComparison {
  readonly from: Semester | undefined;
  readonly to: Semester | undefined;
  /** One line per student of either roster, ordered by student id. */
  readonly movements: readonly StudentMovement[];
  readonly counts: Readonly<Record<Movement, number>>;
  /** Every line's warnings, gathered for a reviewer. */
  readonly warnings: readonly Issue[];
}

function consecutiveIssue(previous: Roster, current: Roster): Issue | undefined {
  if (previous.semester === undefined || current.semester === undefined) return undefined;
  const expected = nextSemester(previous.semester);
  if (semesterKey(expected) === semesterKey(current.semester)) return undefined;
  const params = {
    ...semesterParams('expected', expected),
    ...semesterParams('actual', current.semester),
  };
  return issue('SEMESTERS_NOT_CONSECUTIVE', 'current', params);
}

function classifyAll(previous: Roster, current: Roster): StudentMovement[] {
  const yearEnded = previous.semester?.term === 2;
  const lines = previous.rows.map((before) => {
    const at = current.indexOf.get(before.studentId);
    const after = at === undefined ? undefined : current.rows[at];
    if (at === undefined || after === undefined) return classifyMissing(before, yearEnded);
    return classifyStayed(before, after, yearEnded, joinPath('current', at, 'grade'));
  });
  for (const after of current.rows) {
    if (!previous.indexOf.has(after.studentId)) lines.push(classifyNew(after));
  }
  return lines.sort((a, b) => byId(a.studentId, b.studentId));
}

function countOf(lines: readonly StudentMovement[]): Record<Movement, number> {
  const counts = Object.fromEntries(MOVEMENTS.map((m) => [m, 0])) as Record<Movement, number>;
  for (const line of lines) counts[line.movement] += 1;
  return counts;
}

/**
 * Classifies every student of two consecutive semester rosters (SPEC §9): continuing, promoted,
 * repeated, transferred, transitioned, graduated_left, dropout_suspected or new. Invalid rows,
 * duplicate students, mixed or non-consecutive semesters are refused; odd grade changes are warnings.
 */
export function compareRosters(pair: RosterPair): Result<RosterComparison> {
  const issues: Issue[] = [];
  const input = readRecord(pair as unknown, '', issues);
  if (input === undefined) return fail(issues);
  const previous = readRoster(input['previous'], 'previous', issues);
  const current = readRoster(input['current'], 'current', issues);
  if (previous === undefined || current === undefined) return fail(issues);
  const gap = consecutiveIssue(previous, current);
  if (gap) return fail([gap]);
  const movements = classifyAll(previous, current);
  return ok({
    from: previous.semester,
    to: current.semester,
    movements,
    counts: countOf(movements),
    warnings: movements.flatMap((m) => m.warnings),
  });
}
