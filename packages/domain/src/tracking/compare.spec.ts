import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import type { Grade } from '../vocab/grade.js';
import { compareRosters, type RosterPair } from './compare.js';
import { movementLabel } from './movement.js';
import type { RosterRow } from './roster.js';

const T1 = { academicYear: 2568, term: 1 } as const;
const T2 = { academicYear: 2568, term: 2 } as const;
const NEXT_T1 = { academicYear: 2569, term: 1 } as const;

const row = (
  studentId: string,
  schoolId: string,
  grade: Grade,
  semester: RosterRow['semester'],
): RosterRow => ({
  studentId,
  schoolId,
  grade,
  semester,
});

const movementsOf = (pair: RosterPair) =>
  Object.fromEntries(unwrap(compareRosters(pair)).movements.map((m) => [m.studentId, m.movement]));

describe('compareRosters within an academic year (term 1 → term 2)', () => {
  it('classifies continuing, transferred, new, and a missing student as a suspected dropout', () => {
    const previous = [row('1', 'S1', 'P3', T1), row('2', 'S1', 'P6', T1), row('3', 'S1', 'M3', T1)];
    const current = [row('1', 'S1', 'P3', T2), row('2', 'S2', 'P6', T2), row('4', 'S1', 'K1', T2)];
    expect(movementsOf({ previous, current })).toEqual({
      '1': 'continuing',
      '2': 'transferred',
      '3': 'dropout_suspected',
      '4': 'new',
    });
  });

  it('warns when a grade changes in the middle of a year', () => {
    const result = unwrap(
      compareRosters({ previous: [row('1', 'S1', 'P3', T1)], current: [row('1', 'S1', 'P4', T2)] }),
    );
    expect(result.movements[0]?.movement).toBe('promoted');
    expect(result.warnings.map((w) => `${w.code} ${w.path}`)).toEqual([
      'GRADE_CHANGED_MID_YEAR current.0.grade',
    ]);
    expect(result.warnings[0]?.message).toEqual({
      th: 'ชั้นเรียนเปลี่ยนระหว่างปีการศึกษาจาก ป.3 เป็น ป.4',
      en: 'Grade changed within the academic year from P3 to P4',
    });
  });
});

describe('compareRosters across a year boundary (term 2 → next term 1)', () => {
  const previous = [
    row('a', 'S1', 'P3', T2),
    row('b', 'S1', 'P3', T2),
    row('c', 'S1', 'M3', T2),
    row('d', 'S1', 'M3', T2),
    row('e', 'S1', 'P6', T2),
    row('f', 'S1', 'M6', T2),
    row('g', 'S1', 'P4', T2),
    row('h', 'S1', 'P5', T2),
    row('i', 'S1', 'M2', T2),
  ];
  const current = [
    row('a', 'S1', 'P4', NEXT_T1),
    row('b', 'S1', 'P3', NEXT_T1),
    row('c', 'S9', 'M4', NEXT_T1),
    row('d', 'S1', 'V1', NEXT_T1),
    row('i', 'S1', 'M1', NEXT_T1),
  ];

  it('tells promotion, repetition, transition, graduation and dropout apart', () => {
    expect(movementsOf({ previous, current })).toEqual({
      a: 'promoted',
      b: 'repeated',
      c: 'transitioned',
      d: 'transitioned',
      e: 'dropout_suspected',
      f: 'graduated_left',
      g: 'dropout_suspected',
      h: 'dropout_suspected',
      i: 'repeated',
    });
  });

  it('follows up a student who finished P.6 and is on no roster the next year', () => {
    const result = unwrap(compareRosters({ previous, current }));
    const e = result.movements.find((m) => m.studentId === 'e');
    expect(e?.movement).toBe('dropout_suspected');
    expect(e?.explanation.th).toContain('ไม่มีชื่อเรียนต่อในปีการศึกษาถัดไป');
    expect(e?.explanation.en).toContain('not enrolled anywhere in the next academic year');
  });

  it('counts each movement, explains each line, and warns of a grade that went down', () => {
    const result = unwrap(compareRosters({ previous, current }));
    expect(result.from).toEqual(T2);
    expect(result.to).toEqual(NEXT_T1);
    expect(result.counts).toEqual({
      continuing: 0,
      promoted: 1,
      repeated: 2,
      transferred: 0,
      transitioned: 2,
      graduated_left: 1,
      dropout_suspected: 3,
      new: 0,
    });
    expect(result.warnings.map((w) => `${w.code} ${w.path}`)).toEqual([
      'GRADE_WENT_DOWN current.4.grade',
    ]);
    const c = result.movements.find((m) => m.studentId === 'c');
    expect(c).toMatchObject({
      before: { schoolId: 'S1', grade: 'M3' },
      after: { schoolId: 'S9', grade: 'M4' },
    });
    expect(c?.explanation).toEqual({
      th: 'จบชั้น ม.3 และเรียนต่อชั้น ม.4 ที่โรงเรียน S9',
      en: 'Finished M3 and went on to M4 at school S9',
    });
    const g = result.movements.find((m) => m.studentId === 'g');
    expect(g?.explanation.en).toBe(
      'Not on the next roster without having finished the level (P4, school S1); follow up',
    );
  });

  it('flags a jump off the usual path', () => {
    const result = unwrap(
      compareRosters({
        previous: [row('1', 'S1', 'P2', T2)],
        current: [row('1', 'S1', 'P4', NEXT_T1)],
      }),
    );
    expect(result.movements[0]?.movement).toBe('promoted');
    expect(result.warnings.map((w) => w.code)).toEqual(['UNEXPECTED_GRADE']);
  });

  it('a transfer with promotion is a transfer; the grant follows the student', () => {
    const result = unwrap(
      compareRosters({
        previous: [row('1', 'S1', 'P2', T2)],
        current: [row('1', 'S2', 'P3', NEXT_T1)],
      }),
    );
    expect(result.movements[0]?.movement).toBe('transferred');
    expect(result.movements[0]?.explanation.th).toBe(
      'ย้ายจากโรงเรียน S1 ไปโรงเรียน S2 (ชั้น ป.2 → ป.3) ทุนติดตามนักเรียนไปด้วย',
    );
    expect(result.warnings).toEqual([]);
  });
});

describe('compareRosters refuses bad rosters', () => {
  it('reports duplicates, mixed semesters and bad rows at once', () => {
    const pair = {
      previous: [row('1', 'S1', 'P1', T1), row('1', 'S1', 'P1', T1), row('2', 'S1', 'P1', T2)],
      current: [
        { studentId: '3', schoolId: '', grade: 'P7', semester: { academicYear: 2568, term: 0 } },
      ],
    } as unknown as RosterPair;
    const result = compareRosters(pair);
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'DUPLICATE_KEY previous.1.studentId',
      'ROSTER_MIXED_SEMESTERS previous.2.semester',
      'REQUIRED current.0.schoolId',
      'UNKNOWN_GRADE current.0.grade',
      'INVALID_SEMESTER current.0.semester',
    ]);
  });

  it('refuses rosters whose semesters are not consecutive', () => {
    const result = compareRosters({
      previous: [row('1', 'S1', 'P1', T1)],
      current: [row('1', 'S1', 'P2', NEXT_T1)],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('SEMESTERS_NOT_CONSECUTIVE');
    expect(result.issues[0]?.message.en).toBe(
      'The second roster must be of Term 2, 2568 BE (the semester after the first) but is of Term 1, 2569 BE',
    );
  });

  it('refuses what is not a pair of lists', () => {
    expect(compareRosters(null as unknown as RosterPair).ok).toBe(false);
    const result = compareRosters({ previous: {} } as unknown as RosterPair);
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'NOT_A_LIST previous',
      'REQUIRED current',
    ]);
  });
});

describe('movementLabel', () => {
  it('names each movement in Thai and English', () => {
    expect(movementLabel('dropout_suspected')).toEqual({
      th: 'สงสัยออกกลางคัน',
      en: 'Suspected dropout',
    });
  });
});
