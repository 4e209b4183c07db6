/** Types of a form revision: the household form แบบ นร./กสศ.01 is data, versioned, never hard-coded enums. */
import type { Label } from '../i18n/index.js';

export type { Label };

export interface ChoiceOption {
  readonly code: string;
  readonly label: Label;
  /**
   * Deprivation rank for single-choice questions: 0 is the least deprived answer; a higher rank is
   * "poorer". Ties are allowed. Unused on multi-choice questions.
   */
  readonly rank?: number;
  /** Selecting it excludes every other option (e.g. "none"). */
  readonly exclusive?: boolean;
}

/**
 * How a choice answers "which household is poorer?":
 * - `ordered`  single choice, poorer = an option with a higher rank;
 * - `hardship` multi choice, poorer = one more option selected (e.g. a disabled member);
 * - `asset`    multi choice, poorer = one option fewer selected (e.g. no fridge).
 */
export type Deprivation = 'ordered' | 'hardship' | 'asset';

/** The eight household-status dimensions of SPEC §4, the inputs of the PMT. */
export const DIMENSIONS = [
  'dependants',
  'tenure',
  'dwelling',
  'land',
  'water',
  'electricity',
  'vehicles',
  'appliances',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface ChoiceQuestion {
  readonly id: string;
  readonly kind: 'single' | 'multi';
  readonly deprivation: Deprivation;
  readonly label: Label;
  readonly options: readonly ChoiceOption[];
}

/** A household-status question: a choice question that feeds one PMT dimension. */
export interface StatusQuestion extends ChoiceQuestion {
  readonly dimension: Dimension;
}

/** Answers to the status section: question id → option code (single) or option codes (multi). */
export type StatusAnswers = Readonly<Record<string, string | readonly string[]>>;

/**
 * Facts derived from a validated household (the member table), used by the PMT and by reports.
 * Incomes are baht per month; ages are whole years.
 */
export interface HouseholdFacts {
  readonly memberCount: number;
  readonly totalMonthlyIncome: number;
  /** Total monthly income divided by the member count (SPEC §4, derived). */
  readonly incomePerPersonMonthly: number;
  readonly childrenUnder15: number;
  readonly elderly60Plus: number;
  /** Members aged 15–59. */
  readonly workingAge: number;
  readonly disabledMembers: number;
  readonly chronicallyIllMembers: number;
}
