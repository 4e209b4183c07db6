export * from './connection/index.js';
export * from './crypto/index.js';
export * from './reference/index.js';
export * from './seed/index.js';
export * from './roster/index.js';
export * from './audit/index.js';
export { COUNTED_TABLES, tableCounts, type TableCount } from './stats.js';
export { EXIT, exitCodeOf, printIssues } from './cli/output.js';
export * as schema from './schema/index.js';
