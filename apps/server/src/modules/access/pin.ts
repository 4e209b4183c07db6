import { issue, type Issue } from '@isee/domain';
import { PIN_DIGITS } from './policy.js';

/** A step of +1 or -1 between every pair of digits, wrapping 9 to 0: 123456, 654321, 890123. */
function isStraightRun(digits: readonly number[]): boolean {
  const step = ((digits[1] ?? 0) - (digits[0] ?? 0) + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  return digits.every((d, i) => i === 0 || (d - (digits[i - 1] ?? 0) + 10) % 10 === step);
}

/** Why a new signing PIN is refused (policy.ts), or undefined when it may be used. */
export function pinIssue(pin: string, path = 'pin'): Issue | undefined {
  if (!new RegExp(`^\\d{${PIN_DIGITS}}$`).test(pin))
    return issue('AUTH_PIN_FORMAT', path, { digits: PIN_DIGITS });
  const digits = [...pin].map(Number);
  if (digits.every((d) => d === digits[0]) || isStraightRun(digits))
    return issue('AUTH_PIN_WEAK', path);
  return undefined;
}
