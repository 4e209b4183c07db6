export {
  isEditable,
  nextStatus,
  rolesFor,
  SCREENING_ACTIONS,
  SCREENING_STATUSES,
  type ScreeningAction,
  type ScreeningStatus,
  type WorkflowRole,
} from './workflow.js';
