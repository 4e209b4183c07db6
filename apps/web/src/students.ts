import { gradeLabel, isGrade, type Lang } from '@isee/domain';
import type { Draft, StudentRow } from './offline/store.js';

/** The groups of the teacher's list, in the order a teacher works through them. */
export const GROUPS = ['returned', 'inProgress', 'new', 'submitted', 'done'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * Where a student belongs: the server's status, or this phone's draft when it is ahead of the
 * server (submitted here and not sent yet, or resubmitted after a return).
 */
export function groupOf(student: StudentRow, draft: Draft | undefined): Group {
  const status = student.screening?.status;
  const submittedHere = draft?.submittedAt;
  switch (status) {
    case undefined:
      return submittedHere ? 'submitted' : draft === undefined ? 'new' : 'inProgress';
    case 'draft':
      return submittedHere ? 'submitted' : 'inProgress';
    case 'returned':
      return submittedHere !== undefined && submittedHere > (student.screening?.updatedAt ?? '')
        ? 'submitted'
        : 'returned';
    case 'submitted':
      return 'submitted';
    case 'certified':
    case 'confirmed':
    case 'scored':
      return 'done';
  }
}

/** Students by group, each group sorted by class and name as on the school's roster. */
export function groupStudents(
  students: readonly StudentRow[],
  drafts: readonly Draft[],
): Readonly<Record<Group, readonly StudentRow[]>> {
  const draftOf = new Map(drafts.map((d) => [d.studentId, d]));
  const groups: Record<Group, StudentRow[]> = {
    returned: [],
    inProgress: [],
    new: [],
    submitted: [],
    done: [],
  };
  for (const s of students) groups[groupOf(s, draftOf.get(s.studentId))].push(s);
  const order = (a: StudentRow, b: StudentRow): number =>
    a.grade.localeCompare(b.grade, 'th') ||
    a.room.localeCompare(b.room, 'th', { numeric: true }) ||
    a.firstName.localeCompare(b.firstName, 'th') ||
    a.lastName.localeCompare(b.lastName, 'th');
  for (const group of GROUPS) groups[group].sort(order);
  return groups;
}

/** A class as the school names it in the UI language: grade `P1`, room `2` → "ป.1/2". */
export const classParts = (
  grade: string,
  room: string,
  lang: Lang,
): { readonly grade: string; readonly room: string } => ({
  grade: isGrade(grade) ? gradeLabel(grade, lang) : grade,
  room,
});
