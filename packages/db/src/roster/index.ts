export { importRoster, DEFAULT_MAX_REJECTED_SHARE } from './import.js';
export type { ImportRosterOptions, ImportSummary } from './import.js';
export { exportStudents, EXPORT_HEADER } from './export.js';
export type { ExportStudentsOptions, ExportSummary, StudentFilter } from './export.js';
export { HEADER_NAMES, ROSTER_FIELDS, mapColumns, type RosterField } from './columns.js';
export { parseRosterDate, parseRosterGrade } from './cells.js';
export { REPORT_HEADER } from './report.js';
