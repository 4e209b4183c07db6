export * from './types.js';
export { assessGrowth, HEIGHT_LIMITS_CM, WEIGHT_LIMITS_KG } from './assess.js';
export { zScore } from './zscore.js';
export { ageAt, DAYS_PER_MONTH, type Age } from './age.js';
export { AGE_LIMITS, FLAG_LIMITS, type Range } from './reference.js';
export { WHO2007_LMS, type LmsRow } from './who2007-lms.js';
