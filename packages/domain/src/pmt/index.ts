export type {
  CompositionFeature,
  CompositionRule,
  PmtModel,
  QuestionPoints,
  RegionModel,
} from './model.js';
export { COMPOSITION_FEATURES } from './model.js';
export { validateModel } from './validate-model.js';
export { statusQuestionsOf } from './revisions.js';
export { score, scoreBreakdown, type PmtResult } from './score.js';
export { scoreHousehold, type ScoredHousehold } from './score-household.js';
export { previewHousehold, type HouseholdPreview } from './preview.js';
export type { PmtInput } from './input.js';
export type { CompositionScore, QuestionScore, Text } from './explain.js';
export {
  compileModel,
  createBatch,
  encodeHousehold,
  encodeInto,
  scoreBatch,
  scoreCompiled,
  type CompiledModel,
  type CompiledScore,
  type EncodedHousehold,
  type HouseholdBatch,
} from './compiled.js';
export { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from './demo.js';
export { compositionValue } from './points.js';
