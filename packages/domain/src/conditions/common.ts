import { readRecord, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { semester, type Semester } from '../vocab/semester.js';
import { LANGS, messageOf, type Lang, type MessageKey, type Params } from '../i18n/index.js';

/** Reads `{academicYear, term}` through the vocabulary's own rule, so both agree on what a semester is. */
export function readSemester(value: unknown, path: string, issues: Bag): Semester | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const result = semester(record.academicYear as number, record.term as number);
  if (result.ok) return result.value;
  issues.push(issue('INVALID_SEMESTER', path));
  return undefined;
}

/** Language-neutral `term/year`, for error parameters shared by both dictionaries. */
export const semesterText = (s: Semester): string => `${s.term}/${s.academicYear}`;

/** A text whose parameters differ by language (e.g. a formatted semester or a list of labels). */
export function localized(
  key: MessageKey,
  paramsOf: (lang: Lang) => Params,
): Readonly<Record<Lang, string>> {
  const entries = LANGS.map((lang) => [lang, messageOf(lang, key, paramsOf(lang))] as const);
  return Object.fromEntries(entries) as Record<Lang, string>;
}
