import { describe, expect, it } from 'vitest';
import type { Draft, StudentRow } from './offline/store.js';
import { classParts, groupOf, groupStudents } from './students.js';

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

  it('sorts each group by class, room and name', () => {
    const groups = groupStudents(
      [pupil(3, { room: '10' }), pupil(2, { room: '2' }), pupil(1, { grade: 'ป.3' })],
      [],
    );
    expect(groups.new.map((s) => s.studentId)).toEqual([1, 2, 3]);
  });
});

describe('class names', () => {
  it('names a class in the UI language, leaving unknown grade codes as they are', () => {
    expect(classParts('P1', '2', 'th')).toEqual({ grade: 'ป.1', room: '2' });
    expect(classParts('V2', '1', 'en')).toEqual({ grade: 'Voc. 2', room: '1' });
    expect(classParts('X9', '1', 'th')).toEqual({ grade: 'X9', room: '1' });
  });
});
