import type { Label } from '../forms/types.js';
import type { Region } from '../vocab/region.js';

/**
 * A PMT model is versioned data (SPEC §5, STYLE "OpenSPP"): per region, points for every answer of
 * every household-status question plus household-composition points, on a 0–100 deprivation scale
 * (higher = more deprived). A model is written for one form revision.
 *
 * How a question's answer becomes points (all numbers ≥ 0):
 * - single choice: points[option];
 * - hardship multi choice (e.g. dependants): min(cap, Σ points[selected]); "none" gives 0;
 * - asset multi choice (e.g. vehicles): max(0, base − Σ deduction[selected]); "none" gives base.
 * The score is the sum over questions and composition rules; a valid model's smallest reachable
 * sum is 0 and its largest is 100, so each explanation line's points are points of the final score.
 */
export type QuestionPoints =
  | { readonly kind: 'single'; readonly points: Readonly<Record<string, number>> }
  | {
      readonly kind: 'hardship';
      readonly points: Readonly<Record<string, number>>;
      readonly cap: number;
    }
  | {
      readonly kind: 'asset';
      readonly base: number;
      readonly deduction: Readonly<Record<string, number>>;
    };

/** Household-composition features, computed from HouseholdFacts. */
export const COMPOSITION_FEATURES = [
  'memberCount',
  /** (children under 15 + elderly 60+) / max(1, working-age members) */
  'dependencyRatio',
  'childrenUnder15',
  'elderly60Plus',
  /** disabled + chronically ill members */
  'disabledOrIll',
] as const;
export type CompositionFeature = (typeof COMPOSITION_FEATURES)[number];

/** Points of the highest band whose `atLeast` the feature reaches; 0 below the first band. Bands ascend in both fields. */
export interface CompositionRule {
  readonly feature: CompositionFeature;
  readonly bands: ReadonlyArray<{ readonly atLeast: number; readonly points: number }>;
}

export interface RegionModel {
  /** A score strictly above it marks an extremely poor household (public default 50). */
  readonly threshold: number;
  /** Question id → points. */
  readonly questions: Readonly<Record<string, QuestionPoints>>;
  readonly composition: readonly CompositionRule[];
}

export interface PmtModel {
  /** Stable identifier stored with every score, e.g. "demo-2026-03@1". */
  readonly id: string;
  readonly version: number;
  readonly label: Label;
  /** True for the project's demonstration model: never the programme's official weights. */
  readonly demonstration: boolean;
  /** The form revision whose options this model scores, e.g. "2026-03". */
  readonly formRevision: string;
  /** Inclusive validity dates, YYYY-MM-DD; a cycle names the model in force. */
  readonly validFrom: string;
  readonly validTo?: string;
  /** Income per person per month above which a household is not poor (public: 3,000 baht). */
  readonly incomeCap: number;
  readonly regions: Readonly<Record<Region, RegionModel>>;
  /** How the model was made: "hand-set demonstration points", or the calibration run's summary. */
  readonly provenance: Label;
}
