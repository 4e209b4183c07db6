import { readNumber, readRecord, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { SEPARATORS, thaiIdCheckDigit } from './thai-id.js';

/**
 * G-code: our format for a school-issued code of a student who has no 13-digit national ID.
 *
 *   G YY SSSSSS NNNN C   — written G-YY-SSSSSS-NNNN-C, stored as "G" + 13 digits
 *   YY      last two digits of the Buddhist-era academic year the code was issued (e.g. 69 for 2569)
 *   SSSSSS  the school's six-digit iSEE number (31,000 schools fit with room to spare)
 *   NNNN    running number within the school and year, 0001–9999
 *   C       check digit over the 12 digits, the same mod-11 rule as the national ID, so a
 *           mistyped digit is caught the same way
 *
 * The letter keeps G-codes and national IDs apart in one column; the length matches the ID's.
 */
export interface GCodeParts {
  readonly yearBE2: number;
  readonly schoolNumber: number;
  readonly sequence: number;
}

const PART_RULES = {
  yearBE2: { min: 0, max: 99, integer: true },
  schoolNumber: { min: 1, max: 999_999, integer: true },
  sequence: { min: 1, max: 9999, integer: true },
} as const;

export function makeGCode(parts: unknown): Result<string> {
  const issues: Bag = [];
  const record = readRecord(parts, '', issues);
  if (!record) return fail(issues);
  const [yearBE2, schoolNumber, sequence] = (['yearBE2', 'schoolNumber', 'sequence'] as const).map(
    (key) => readNumber(record[key], key, PART_RULES[key], issues),
  );
  if (yearBE2 === undefined || schoolNumber === undefined || sequence === undefined)
    return fail(issues);
  const first12 =
    String(yearBE2).padStart(2, '0') +
    String(schoolNumber).padStart(6, '0') +
    String(sequence).padStart(4, '0');
  return ok(`G${first12}${thaiIdCheckDigit(first12)}`);
}

export function parseGCode(input: unknown, path = ''): Result<string> {
  if (input === undefined || input === null || input === '') return fail([issue('REQUIRED', path)]);
  if (typeof input !== 'string') return fail([issue('NOT_A_STRING', path)]);
  const code = input.replace(SEPARATORS, '').toUpperCase();
  if (!/^G\d{13}$/.test(code)) return fail([issue('GCODE_FORMAT', path)]);
  if (thaiIdCheckDigit(code.slice(1, 13)) !== code.charCodeAt(13) - 48)
    return fail([issue('GCODE_CHECKSUM', path)]);
  return ok(code);
}

export const formatGCode = (code: string): string =>
  `G-${code.slice(1, 3)}-${code.slice(3, 9)}-${code.slice(9, 13)}-${code.slice(13)}`;
