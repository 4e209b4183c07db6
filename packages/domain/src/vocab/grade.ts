/**
 * Grade levels of the 15 years of basic education plus vocational certificate years, in order.
 * Codes are ASCII (K = อนุบาล, P = ประถม, M = มัธยม, V = ปวช.); Thai labels are built by gradeLabel.
 */
export const GRADES = [
  'K1',
  'K2',
  'K3',
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'P6',
  'M1',
  'M2',
  'M3',
  'M4',
  'M5',
  'M6',
  'V1',
  'V2',
  'V3',
] as const;
export type Grade = (typeof GRADES)[number];

export const LEVEL_GROUPS = [
  'pre_primary',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

const GROUP_OF: Readonly<Record<string, LevelGroup>> = {
  K: 'pre_primary',
  P: 'primary',
  V: 'vocational',
};

export function levelGroupOf(grade: Grade): LevelGroup {
  if (grade[0] === 'M') return Number(grade.slice(1)) <= 3 ? 'lower_secondary' : 'upper_secondary';
  return GROUP_OF[grade[0] ?? ''] ?? 'primary';
}

export const isGrade = (value: unknown): value is Grade =>
  typeof value === 'string' && (GRADES as readonly string[]).includes(value);

/** Position in the sequence, 0 for K1. */
export const gradeIndex = (grade: Grade): number => GRADES.indexOf(grade);

/** The last grade of each level: finishing it is graduating from that level, not dropping out. */
export const LEVEL_END_GRADES: readonly Grade[] = ['K3', 'P6', 'M3', 'M6', 'V3'];

/** Finishing one of these completes the 15 years of basic education (V.3 counts as the equivalent of M.6). */
export const BASIC_EDUCATION_FINAL_GRADES: readonly Grade[] = ['M6', 'V3'];

/** The grade normally entered after finishing a level (M.3 may also go on to V.1). */
export const NEXT_LEVEL_START: Readonly<Partial<Record<Grade, readonly Grade[]>>> = {
  K3: ['P1'],
  P6: ['M1'],
  M3: ['M4', 'V1'],
};

const THAI_PREFIX: Readonly<Record<string, string>> = { K: 'อ.', P: 'ป.', M: 'ม.', V: 'ปวช.' };
const ENGLISH_PREFIX: Readonly<Record<string, string>> = { K: 'K', P: 'P', M: 'M', V: 'Voc. ' };

export function gradeLabel(grade: Grade, lang: 'th' | 'en'): string {
  const prefix = (lang === 'th' ? THAI_PREFIX : ENGLISH_PREFIX)[grade[0] ?? ''] ?? '';
  return `${prefix}${grade.slice(1)}`;
}
