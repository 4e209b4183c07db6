/**
 * The three sizes of synthetic nation. Public figures: 31,175 schools and about 4 million students
 * on the system (SPEC §1, §13). `nation` spreads 31,000 schools over the 77 provinces in
 * proportion to their sub-districts; `province` is one province of that nation, whole; `demo`
 * keeps every province on the map with 2–4 small schools each, so it loads in seconds.
 */
export const SCALES = ['demo', 'province', 'nation'] as const;
export type Scale = (typeof SCALES)[number];

export const NATION_SCHOOLS = 31_000;
export const NATION_STUDENTS = 4_000_000;

export interface ScalePlan {
  /** Mean students per school. */
  readonly meanStudents: number;
}

export const SCALE_PLANS: Readonly<Record<Scale, ScalePlan>> = {
  demo: { meanStudents: 65 },
  province: { meanStudents: NATION_STUDENTS / NATION_SCHOOLS },
  nation: { meanStudents: NATION_STUDENTS / NATION_SCHOOLS },
};
