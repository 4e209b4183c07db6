import {
  GRADES,
  gradeIndex,
  gradeLabel,
  levelGroupOf,
  type Grade,
  type LevelGroup,
} from '@isee/domain';

/** A grade level shaped like the grade_level table. */
export interface GradeLevelRow {
  readonly code: Grade;
  /** Position in the 15 years plus vocational years, 1 for อ.1. */
  readonly ordinal: number;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly levelGroup: LevelGroup;
}

/** อ.1–3, ป.1–6, ม.1–6, ปวช.1–3 as rows, built from the domain's grade vocabulary. */
export const gradeLevelRows = (): readonly GradeLevelRow[] =>
  GRADES.map((grade) => ({
    code: grade,
    ordinal: gradeIndex(grade) + 1,
    nameTh: gradeLabel(grade, 'th'),
    nameEn: gradeLabel(grade, 'en'),
    levelGroup: levelGroupOf(grade),
  }));
