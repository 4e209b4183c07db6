import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';

/**
 * Thai 13-digit national ID (เลขประจำตัวประชาชน). The 13th digit is a mod-11 check over the first 12,
 * weighted 13 down to 2. Input may carry dashes and spaces, as people write it.
 */

/** Spaces and the dashes phones and word processors insert; G-codes are normalised the same way. */
export const SEPARATORS = /[\s\-‐‑–]/g;

/** The check digit for the first 12 digits (a string of exactly 12 digits). */
export function thaiIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Normalises and checks a national ID: the 13 digits, or an issue saying what is wrong. */
export function parseThaiId(input: unknown, path = ''): Result<string> {
  if (input === undefined || input === null || input === '') return fail([issue('REQUIRED', path)]);
  if (typeof input !== 'string') return fail([issue('NOT_A_STRING', path)]);
  const digits = input.replace(SEPARATORS, '');
  if (!/^\d{13}$/.test(digits)) return fail([issue('ID_FORMAT', path)]);
  if (thaiIdCheckDigit(digits) !== digits.charCodeAt(12) - 48)
    return fail([issue('ID_CHECKSUM', path)]);
  return ok(digits);
}

export const isThaiId = (input: unknown): boolean => parseThaiId(input).ok;

/** Display format x-xxxx-xxxxx-xx-x of a valid 13-digit ID. */
export function formatThaiId(id13: string): string {
  return `${id13.slice(0, 1)}-${id13.slice(1, 5)}-${id13.slice(5, 10)}-${id13.slice(10, 12)}-${id13.slice(12)}`;
}

/** The display format with all but the last 4 digits hidden (SPEC §12): x-xxxx-xxxx6-78-9. */
export function maskThaiId(id13: string): string {
  const masked = 'x'.repeat(9) + id13.slice(9);
  return formatThaiId(masked);
}
