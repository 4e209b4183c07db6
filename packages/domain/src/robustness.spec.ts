import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as domain from './index.js';

/** Input readers: they read untrusted values but push into a programmer-made issue bag. */
const READERS = [
  'readRecord',
  'readList',
  'readNumber',
  'readString',
  'readCode',
  'readIsoDate',
  'readLabel',
  'readBaht',
  'readGrade',
  'readSemester',
  'readAcademicYear',
  'isRecord',
  'byId',
];

/**
 * Functions that take values the type system already vouches for: outputs of this package's own
 * validators (a parsed ID, a validated form, a compiled model), dictionary keys, or programmer-made
 * arguments. They are the hot paths and display helpers; giving them junk is a programming error,
 * which TypeScript catches. `unwrap` throws by design. Every other export takes outside input.
 */
const TYPED_HELPERS = new Set([
  'bilingual',
  'distanceKm',
  'encodeHousehold',
  'encodeInto',
  'evaluationEvent',
  'explainEntry',
  'fail',
  'formatGCode',
  'formatNumber',
  'formatSemester',
  'formatThaiId',
  'gradeLabel',
  'householdFacts',
  'issue',
  'isEditable',
  'joinIdentities',
  'joinPath',
  'keyedHash',
  'levelGroupOf',
  'localized',
  'maskThaiId',
  'memberIncome',
  'messageOf',
  'movementLabel',
  'nextSemester',
  'nextStatus',
  'paymentStatus',
  'rolesFor',
  'scoreBatch',
  'scoreBreakdown',
  'scoreCompiled',
  'semesterKey',
  'semesterText',
  'supportYearsOf',
  'thaiIdCheckDigit',
  'toBuddhistYear',
  'unwrap',
  ...READERS,
]);

const outsideInputFunctions = Object.entries(domain).filter(
  ([name, value]) =>
    typeof value === 'function' && !/^[A-Z]/.test(name) && !TYPED_HELPERS.has(name),
) as [string, (...args: unknown[]) => unknown][];

describe('the package never throws on outside input', () => {
  it('covers the whole public surface (the list is not empty, and names no function that is gone)', () => {
    expect(outsideInputFunctions.length).toBeGreaterThan(30);
    for (const name of TYPED_HELPERS)
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it.each(outsideInputFunctions)(
    '%s answers junk with a Result or a value, never an exception',
    async (_name, fn) => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.anything(), { maxLength: 4 }), async (args) => {
          const answer = await fn(...args);
          if (
            answer !== null &&
            typeof answer === 'object' &&
            'ok' in answer &&
            answer.ok === false
          ) {
            const { issues } = answer as unknown as { issues: readonly domain.Issue[] };
            expect(issues.length).toBeGreaterThan(0);
            for (const i of issues)
              expect(i.message.th.length * i.message.en.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
