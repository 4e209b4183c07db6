import { describe, expect, it } from 'vitest';
import type { Draft, StudentRow } from './offline/store.js';
import { classParts, groupOf, groupStudents } from './students.js';

type SupportStatus = StudentRow['support']['status'];

/** The server's decision as the sync sends it: only status and rescreen matter to the groups. */
function support(status: SupportStatus): StudentRow['support'] {
  return {
    status,
    rescreen: status === 'needs_screening',
    yearsUsed: 1,
    yearsLeft: 2,
    explanation: { th: 'ผู้รับทุนต่อเนื่อง', en: 'Continuing grantee' },
  };
}

/** A row as an older app kept it (a parameter, so nothing is left unused). */
const withoutSupport = ({ support: _support, ...rest }: StudentRow) => rest;

const pupil = (studentId: number, extra: Partial<StudentRow> = {}): StudentRow => ({
  studentId,
  firstName: `ด.ช. ${studentId}`,
  lastName: 'ใจดี',
  sex: null,
  birthDate: null,
  grade: 'ป.4',
  room: '1',
  candidate: true,
  schoolId: 1,
  support: support('needs_screening'),
  ...extra,
});
const screening = (status: NonNullable<StudentRow['screening']>['status']) => ({
  id: 'a',
  status,
  version: '1',
  updatedAt: '2026-07-10T02:00:00Z',
});
const draft = (studentId: number): Draft => ({
  studentId,
  id: 'b',
  cycleId: 1,
  baseVersion: null,
  form: {},
  step: 0,
  savedAt: '2026-07-10T02:00:00Z',
});

describe("the teacher's student groups", () => {
  it('puts each student where their screening stands, drafts on the phone counting as in progress', () => {
    expect(groupOf(pupil(1), undefined)).toBe('new');
    expect(groupOf(pupil(1), draft(1))).toBe('inProgress');
    expect(groupOf(pupil(1, { screening: screening('draft') }), undefined)).toBe('inProgress');
    expect(groupOf(pupil(1, { screening: screening('returned') }), undefined)).toBe('returned');
    expect(groupOf(pupil(1, { screening: screening('submitted') }), undefined)).toBe('submitted');
    for (const status of ['certified', 'confirmed', 'scored'] as const)
      expect(groupOf(pupil(1, { screening: screening(status) }), undefined)).toBe('done');
  });

  it('lists carried-over grantees apart, until the teacher screens them anyway on this phone', () => {
    const continuing = pupil(1, { support: support('continuing') });
    expect(groupOf(continuing, undefined)).toBe('continuing');
    expect(groupOf(pupil(1, { support: support('in_year') }), undefined)).toBe('continuing');
    expect(groupOf(continuing, draft(1))).toBe('inProgress');
    expect(groupOf(continuing, { ...draft(1), submittedAt: '2026-07-11T02:00:00Z' })).toBe(
      'submitted',
    );
    expect(groupOf(pupil(1, { ...continuing, screening: screening('scored') }), undefined)).toBe(
      'done',
    );
    for (const status of ['needs_screening', 'screened', 'window_spent'] as const)
      expect(groupOf(pupil(1, { support: support(status) }), undefined)).toBe('new');
  });

  it('keeps a row synced before the server sent support among the new', () => {
    const older = withoutSupport(pupil(1, { support: support('continuing') }));
    expect(groupOf(older as StudentRow, undefined)).toBe('new');
  });

  it('sorts each group by class, room and name', () => {
    const groups = groupStudents(
      [pupil(3, { room: '10' }), pupil(2, { room: '2' }), pupil(1, { grade: 'ป.3' })],
      [],
    );
    expect(groups.new.map((s) => s.studentId)).toEqual([1, 2, 3]);
    expect(groupStudents([pupil(4, { support: support('continuing') })], []).continuing).toEqual([
      pupil(4, { support: support('continuing') }),
    ]);
  });
});

describe('class names', () => {
  it('names a class in the UI language, leaving unknown grade codes as they are', () => {
    expect(classParts('P1', '2', 'th')).toEqual({ grade: 'ป.1', room: '2' });
    expect(classParts('V2', '1', 'en')).toEqual({ grade: 'Voc. 2', room: '1' });
    expect(classParts('X9', '1', 'th')).toEqual({ grade: 'X9', room: '1' });
  });
});
