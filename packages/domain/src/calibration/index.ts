export { calibrate, type Calibration } from './calibrate.js';
export {
  crossValidate,
  type CrossValidation,
  type CrossValidationOptions,
} from './cross-validate.js';
export { diffModels, type ListChange, type ModelDiff } from './diff.js';
export { DEFAULT_COMPOSITION_BANDS, type CompositionBands } from './features.js';
export type { RegionFit } from './fit.js';
export type { CalibrationRecord } from './records.js';
export type { ErrorReport } from './report.js';
export type { CalibrationOptions } from './settings.js';
export { syntheticHouseholds, type SyntheticData, type SyntheticTruth } from './synthetic.js';
export type { TargetingErrors } from './targeting.js';
export type { ThresholdRule } from './threshold.js';
