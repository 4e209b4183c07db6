export {
  allocate,
  RATIONINGS,
  type Allocation,
  type AllocationLine,
  type AllocationRequest,
  type EligibleStudent,
  type Rationing,
} from './allocate.js';
export {
  DEFAULT_RATE_TABLE,
  MAX_RATE_BAHT,
  topUpBandOf,
  type EquityTopUp,
  type RateTable,
  type TermRates,
  type TopUpBand,
} from './rates.js';
export { validateRateTable } from './read-rates.js';
export {
  DEFAULT_MAX_SUPPORT_YEARS,
  SUPPORT_STATUSES,
  supportWindow,
  type SupportQuestion,
  type SupportStatus,
  type SupportWindow,
} from './support-window.js';
