/**
 * @isee/domain — the programme's rules as pure functions, shared by the phone and the server.
 * Every function that takes outside input answers a Result: a value, or every issue found.
 */
export * from './core/result.js';
export { issue, joinPath, type ErrorCode, type Issue } from './core/issue.js';
export * from './i18n/index.js';
export * from './core/guard.js';
export * from './vocab/read.js';
export * from './vocab/region.js';
export * from './vocab/poverty.js';
export * from './vocab/grade.js';
export * from './vocab/semester.js';
export * from './identity/index.js';
export * from './forms/index.js';
export * from './pmt/index.js';
export * from './calibration/index.js';
export * from './money/index.js';
export * from './conditions/index.js';
export * from './conditions/growth/index.js';
export * from './tracking/index.js';
export { distanceKm } from './geo/distance.js';
export * from './screening/index.js';
