export { compareRosters, type RosterComparison, type RosterPair } from './compare.js';
export {
  MOVEMENTS,
  movementLabel,
  type Movement,
  type Placement,
  type StudentMovement,
} from './movement.js';
export {
  studentProgress,
  supportYearsOf,
  type Enrolment,
  type Grant,
  type Progress,
  type StudentHistory,
} from './progress.js';
export type { RosterRow } from './roster.js';
