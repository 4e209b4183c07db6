/** The three classes of SPEC §5, from least to most deprived. */
export const POVERTY_CLASSES = ['not_poor', 'poor', 'extremely_poor'] as const;
export type PovertyClass = (typeof POVERTY_CLASSES)[number];

/** The public income line: average income per person per month, in baht (SPEC §5). */
export const DEFAULT_INCOME_CAP_BAHT = 3000;
/** The public deprivation threshold: a PMT score above it marks extreme poverty (SPEC §5). */
export const DEFAULT_EXTREME_THRESHOLD = 50;
