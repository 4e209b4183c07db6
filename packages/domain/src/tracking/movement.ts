import type { Label } from '../forms/types.js';
import { bilingual, type MessageKey } from '../i18n/index.js';
import { issue, type Issue } from '../core/issue.js';
import {
  BASIC_EDUCATION_FINAL_GRADES,
  gradeIndex,
  gradeLabel,
  LEVEL_END_GRADES,
  NEXT_LEVEL_START,
  type Grade,
} from '../vocab/grade.js';
import type { RosterRow } from './roster.js';

/** What happened to a student between two consecutive semester rosters (SPEC §9). */
export const MOVEMENTS = [
  'continuing',
  'promoted',
  'repeated',
  'transferred',
  'transitioned',
  'graduated_left',
  'dropout_suspected',
  'new',
] as const;
export type Movement = (typeof MOVEMENTS)[number];

export const movementLabel = (movement: Movement): Label =>
  bilingual(`tracking.movement.${movement}`);

export interface Placement {
  readonly schoolId: string;
  readonly grade: Grade;
}

export interface StudentMovement {
  readonly studentId: string;
  readonly movement: Movement;
  readonly before?: Placement;
  readonly after?: Placement;
  readonly explanation: Label;
  /** Non-blocking oddities of this student's grades, for a person to check. */
  readonly warnings: readonly Issue[];
}

const placementOf = (row: RosterRow): Placement => ({ schoolId: row.schoolId, grade: row.grade });

/** Both languages of both grades and both schools, for the explanation templates. */
function textParams(before?: Placement, after?: Placement): Record<string, string> {
  const params: Record<string, string> = {};
  if (before) {
    params['fromTh'] = gradeLabel(before.grade, 'th');
    params['fromEn'] = gradeLabel(before.grade, 'en');
    params['fromSchool'] = before.schoolId;
  }
  if (after) {
    params['toTh'] = gradeLabel(after.grade, 'th');
    params['toEn'] = gradeLabel(after.grade, 'en');
    params['toSchool'] = after.schoolId;
  }
  return params;
}

function describeMovement(
  studentId: string,
  movement: Movement,
  before: Placement | undefined,
  after: Placement | undefined,
  warnings: readonly Issue[] = [],
  explanationKey: MessageKey = `tracking.explain.${movement}`,
): StudentMovement {
  const explanation = bilingual(explanationKey, textParams(before, after));
  return {
    studentId,
    movement,
    ...(before && { before }),
    ...(after && { after }),
    explanation,
    warnings,
  };
}

const isTransition = (from: Grade, to: Grade): boolean =>
  NEXT_LEVEL_START[from]?.includes(to) ?? false;

/** The grade that normally follows within the same level; none after a level's last grade. */
const nextInLevel = (from: Grade): number | undefined =>
  LEVEL_END_GRADES.includes(from) ? undefined : gradeIndex(from) + 1;

/** Grade changes that are not the usual step: within a year, downwards, or off the usual path. */
function gradeWarnings(from: Grade, to: Grade, yearEnded: boolean, path: string): Issue[] {
  if (from === to) return [];
  const params = textParams({ schoolId: '', grade: from }, { schoolId: '', grade: to });
  if (!yearEnded) return [issue('GRADE_CHANGED_MID_YEAR', path, params)];
  if (gradeIndex(to) < gradeIndex(from)) return [issue('GRADE_WENT_DOWN', path, params)];
  if (isTransition(from, to) || nextInLevel(from) === gradeIndex(to)) return [];
  return [issue('UNEXPECTED_GRADE', path, params)];
}

function movementOf(before: RosterRow, after: RosterRow, yearEnded: boolean): Movement {
  if (yearEnded && isTransition(before.grade, after.grade)) return 'transitioned';
  if (before.schoolId !== after.schoolId) return 'transferred';
  const step = gradeIndex(after.grade) - gradeIndex(before.grade);
  if (step > 0) return 'promoted';
  return step === 0 && !yearEnded ? 'continuing' : 'repeated';
}

/** A student on both rosters. `yearEnded` is true when the first roster is of term 2. */
export function classifyStayed(
  before: RosterRow,
  after: RosterRow,
  yearEnded: boolean,
  path: string,
): StudentMovement {
  const warnings = gradeWarnings(before.grade, after.grade, yearEnded, path);
  const movement = movementOf(before, after, yearEnded);
  return describeMovement(
    before.studentId,
    movement,
    placementOf(before),
    placementOf(after),
    warnings,
  );
}

/**
 * A student only on the first roster. Only finishing basic education (M.6 or V.3) at the end of a
 * year is leaving as a graduate. Finishing K.3, P.6 or M.3 and then appearing on no roster is the
 * transition dropout the programme exists to catch (SPEC §9), so it is followed up like any other;
 * the comparison must therefore be given every affiliation's roster, not one school's.
 */
export function classifyMissing(before: RosterRow, yearEnded: boolean): StudentMovement {
  const placement = placementOf(before);
  if (yearEnded && BASIC_EDUCATION_FINAL_GRADES.includes(before.grade)) {
    return describeMovement(before.studentId, 'graduated_left', placement, undefined);
  }
  const betweenLevels = yearEnded && LEVEL_END_GRADES.includes(before.grade);
  return describeMovement(
    before.studentId,
    'dropout_suspected',
    placement,
    undefined,
    [],
    betweenLevels ? 'tracking.explain.left_between_levels' : 'tracking.explain.dropout_suspected',
  );
}

export const classifyNew = (after: RosterRow): StudentMovement =>
  describeMovement(after.studentId, 'new', undefined, placementOf(after));
