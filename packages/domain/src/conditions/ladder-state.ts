import { joinPath, readCode, readList, readNumber, readRecord, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { semesterKey, type Semester } from '../vocab/semester.js';
import { readSemester } from '../vocab/read.js';
import {
  LADDER_STEPS,
  readLadderEvent,
  type LadderEntry,
  type LadderState,
} from './ladder-input.js';

/** Reads a stored state and refuses one that contradicts its own history (e.g. a hand-edited step). */
export function readLadderState(
  value: unknown,
  path: string,
  issues: Bag,
): LadderState | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const before = issues.length;
  const step = readCode(record.step, joinPath(path, 'step'), LADDER_STEPS, issues);
  const failuresPath = joinPath(path, 'failures');
  const failures = readNumber(
    record.failures,
    failuresPath,
    { min: 0, max: 1000, integer: true },
    issues,
  );
  const appealLodgedIn = readNullableSemester(
    record.appealLodgedIn,
    joinPath(path, 'appealLodgedIn'),
    issues,
  );
  const lastEvaluated = readNullableSemester(
    record.lastEvaluated,
    joinPath(path, 'lastEvaluated'),
    issues,
  );
  const history = readHistory(record.history, joinPath(path, 'history'), issues);
  if (!step || failures === undefined || !history || issues.length > before) return undefined;
  const state = {
    step,
    failures,
    appealLodgedIn: appealLodgedIn ?? null,
    lastEvaluated: lastEvaluated ?? null,
    history,
  };
  if (!isConsistent(state)) {
    issues.push(issue('LADDER_STATE_INCONSISTENT', path));
    return undefined;
  }
  return state;
}

function readNullableSemester(
  value: unknown,
  path: string,
  issues: Bag,
): Semester | null | undefined {
  return value === undefined || value === null ? null : readSemester(value, path, issues);
}

function readHistory(value: unknown, path: string, issues: Bag): LadderEntry[] | undefined {
  const list = readList(value ?? [], path, issues);
  if (!list) return undefined;
  const entries = list.map((entry, i) => readEntry(entry, joinPath(path, i), issues));
  const valid = entries.filter((e): e is LadderEntry => e !== undefined);
  return valid.length === list.length ? valid : undefined;
}

function readEntry(value: unknown, path: string, issues: Bag): LadderEntry | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const event = readLadderEvent(record.event, joinPath(path, 'event'), issues);
  const from = readCode(record.from, joinPath(path, 'from'), LADDER_STEPS, issues);
  const to = readCode(record.to, joinPath(path, 'to'), LADDER_STEPS, issues);
  return event && from && to && { event, from, to };
}

/** The invariants every reachable state keeps; the property tests check transition preserves them. */
export function isConsistent(state: LadderState): boolean {
  const { step, failures, history } = state;
  let previous: LadderEntry | undefined;
  for (const entry of history) {
    if (entry.from !== (previous?.to ?? 'none')) return false;
    const key = semesterKey(entry.event.semester);
    if (previous && key < semesterKey(previous.event.semester)) return false;
    previous = entry;
  }
  return (
    (previous?.to ?? 'none') === step &&
    (step === 'none') === (failures === 0) &&
    (failures === 0 || state.lastEvaluated !== null)
  );
}
