import { issue, readCode, readNumber, semester, type Bag } from '@isee/domain';

/** Command-line values arrive as text; these read them with the domain's own rules, the flag as path. */
export const numberOption = (
  text: string | undefined,
  flag: string,
  rule: { min: number; max: number; integer?: boolean },
  issues: Bag,
): number | undefined =>
  readNumber(text === undefined ? undefined : Number(text), flag, rule, issues);

export const codeOption = <C extends string>(
  text: string | undefined,
  flag: string,
  codes: readonly C[],
  issues: Bag,
): C | undefined => readCode(text, flag, codes, issues);

/** A semester id as written on the command line: 25691 = term 1 of 2569 (the vocabulary's semesterKey). */
export function semesterOption(text: string | undefined, issues: Bag): number | undefined {
  const id = numberOption(text, '--semester', { min: 0, max: 99_999, integer: true }, issues);
  if (id === undefined) return undefined;
  if (semester(Math.floor(id / 10), id % 10).ok) return id;
  issues.push(issue('INVALID_SEMESTER', '--semester'));
  return undefined;
}
