import { gradeLabel, isGrade, type Lang } from '@isee/domain';
import type { Draft, StudentRow } from './offline/store.js';

/** The groups of the teacher's list, in the order a teacher works through them. */
export const GROUPS = ['returned', 'inProgress', 'new', 'continuing', 'submitted', 'done'] as const;
export type Group = (typeof GROUPS)[number];

/** The server's support decision; a row kept by an older version of the app has none until resync. */
export const supportOf = (student: StudentRow): StudentRow['support'] | undefined =>
  (student as Partial<StudentRow>).support;

/**
 * A grantee carried over without a new screening (SPEC §3.1): the server's supportWindow says no
 * screening is needed for this academic year, and the student is paid or continuing in it.
 */
function carriedOver(student: StudentRow): boolean {
  const support = supportOf(student);
  return (
    support?.rescreen === false && (support.status === 'continuing' || support.status === 'in_year')
  );
}

/**
 * Where a student belongs: the server's status, or this phone's draft when it is ahead of the
 * server (submitted here and not sent yet, or resubmitted after a return). A continuing grantee
 * whom the teacher screens anyway (the household changed) moves on like any other student.
 */
export function groupOf(student: StudentRow, draft: Draft | undefined): Group {
  const status = student.screening?.status;
  const submittedHere = draft?.submittedAt;
  switch (status) {
    case undefined:
      if (submittedHere) return 'submitted';
      if (draft !== undefined) return 'inProgress';
      return carriedOver(student) ? 'continuing' : 'new';
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
    continuing: [],
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
