export type {
  BooleanField,
  ChoiceField,
  Condition,
  Field,
  GroupField,
  ListField,
  NumberField,
  SimpleField,
  TextField,
} from './fields.js';
export {
  FORM_REVISION_IDS,
  FORM_VARIANTS,
  INCOME_SOURCES,
  type Address,
  type Declarations,
  type FormRevisionId,
  type FormVariant,
  type GeoPoint,
  type Guardian,
  type HouseholdForm,
  type HouseholdVariantForm,
  type Income,
  type IncomeSource,
  type Institution,
  type InstitutionVariantForm,
  type Member,
  type Photo,
  type Photos,
  type StudentInfo,
  type Travel,
} from './household.js';
export {
  FORM_REVISIONS,
  formRevision,
  type FormRevision,
  type FormVariantSpec,
} from './revisions.js';
export { THAILAND_BOUNDS } from './readers.js';
export { validateHousehold } from './validate.js';
export {
  joinIdentities,
  separateIdentities,
  type FormIdentity,
  type SeparatedForm,
} from './identities.js';
export { householdFacts, memberIncome } from './facts.js';
export { sampleHouseholds, type SampleHousehold } from './samples.js';
export {
  DIMENSION_LABELS,
  STATUS_QUESTIONS_2023,
  STATUS_QUESTIONS_2026_03,
} from './status-questions.js';
export {
  DIMENSIONS,
  type ChoiceOption,
  type ChoiceQuestion,
  type Deprivation,
  type Dimension,
  type HouseholdFacts,
  type Label,
  type StatusAnswers,
  type StatusQuestion,
} from './types.js';
