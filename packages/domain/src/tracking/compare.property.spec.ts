import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unwrap } from '../core/result.js';
import { BASIC_EDUCATION_FINAL_GRADES, GRADES } from '../vocab/grade.js';
import { nextSemester, type Semester } from '../vocab/semester.js';
import { compareRosters } from './compare.js';
import { MOVEMENTS } from './movement.js';
import type { RosterRow } from './roster.js';

const semesters: fc.Arbitrary<Semester> = fc.record({
  academicYear: fc.integer({ min: 2560, max: 2580 }),
  term: fc.constantFrom(1 as const, 2 as const),
});

const placement = fc.record({
  schoolId: fc.constantFrom('S1', 'S2', 'S3'),
  grade: fc.constantFrom(...GRADES),
});

/** Two consecutive rosters over a shared pool of ids, so students stay, leave and arrive. */
const pairs = fc
  .record({
    from: semesters,
    previous: fc.dictionary(fc.nat(60).map(String), placement, { maxKeys: 30 }),
    current: fc.dictionary(fc.nat(60).map(String), placement, { maxKeys: 30 }),
  })
  .map(({ from, previous, current }) => {
    const toRows = (
      placements: Record<string, { schoolId: string; grade: RosterRow['grade'] }>,
      semester: Semester,
    ) =>
      Object.entries(placements).map(([studentId, p]): RosterRow => ({
        studentId,
        ...p,
        semester,
      }));
    return { previous: toRows(previous, from), current: toRows(current, nextSemester(from)) };
  });

describe('roster comparison properties', () => {
  it('classifies every student of either roster exactly once, and the counts add up', () => {
    fc.assert(
      fc.property(pairs, (pair) => {
        const result = unwrap(compareRosters(pair));
        const ids = result.movements.map((m) => m.studentId);
        const expected = new Set([...pair.previous, ...pair.current].map((r) => r.studentId));
        expect(ids.length).toBe(expected.size);
        expect(new Set(ids)).toEqual(expected);
        expect(MOVEMENTS.reduce((n, m) => n + result.counts[m], 0)).toBe(expected.size);
      }),
    );
  });

  it('a roster followed by itself in the next term of the same year is all continuing', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: 2560, max: 2580 }), ({ previous }, academicYear) => {
        const at = (term: 1 | 2) =>
          previous.map((r) => ({ ...r, semester: { academicYear, term } }));
        const result = unwrap(compareRosters({ previous: at(1), current: at(2) }));
        expect(result.movements.every((m) => m.movement === 'continuing')).toBe(true);
        expect(result.warnings).toEqual([]);
      }),
    );
  });

  it('gives the same answer whatever the order of the rows', () => {
    fc.assert(
      fc.property(
        pairs.chain((pair) =>
          fc.record({
            pair: fc.constant(pair),
            previous: fc.shuffledSubarray(pair.previous, { minLength: pair.previous.length }),
            current: fc.shuffledSubarray(pair.current, { minLength: pair.current.length }),
          }),
        ),
        ({ pair, previous, current }) => {
          const a = unwrap(compareRosters(pair));
          const b = unwrap(compareRosters({ previous, current }));
          expect(b.movements.map((m) => [m.studentId, m.movement, m.explanation])).toEqual(
            a.movements.map((m) => [m.studentId, m.movement, m.explanation]),
          );
        },
      ),
    );
  });

  it('only a student who finished basic education at the end of a year leaves as a graduate', () => {
    fc.assert(
      fc.property(pairs, (pair) => {
        const result = unwrap(compareRosters(pair));
        for (const m of result.movements) {
          if (m.movement !== 'graduated_left' && m.movement !== 'dropout_suspected') continue;
          const finished =
            result.from?.term === 2 &&
            BASIC_EDUCATION_FINAL_GRADES.includes(m.before?.grade ?? 'K1');
          expect(m.movement === 'graduated_left').toBe(finished);
          expect(m.after).toBeUndefined();
        }
      }),
    );
  });

  it('same school and same grade within a year is always continuing; a new school is never', () => {
    fc.assert(
      fc.property(pairs, (pair) => {
        for (const m of unwrap(compareRosters(pair)).movements) {
          if (!m.before || !m.after) continue;
          const sameSchool = m.before.schoolId === m.after.schoolId;
          const same = sameSchool && m.before.grade === m.after.grade;
          if (pair.previous[0]?.semester.term === 1) expect(m.movement === 'continuing').toBe(same);
          if (!sameSchool) expect(['transferred', 'transitioned']).toContain(m.movement);
        }
      }),
    );
  });
});
