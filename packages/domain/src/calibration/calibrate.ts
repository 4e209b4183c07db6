import type { Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { messageOf, type Lang, type Params } from '../i18n/index.js';
import type { PmtModel, RegionModel } from '../pmt/model.js';
import { validateModel } from '../pmt/validate-model.js';
import { REGIONS, type Region } from '../vocab/region.js';
import { gramAccumulator, regionIndex, solveRegion, type RegionFit } from './fit.js';
import type { Gram } from './linalg.js';
import { regionPoints, type RegionPoints } from './points.js';
import { readHouseholds, type Households } from './records.js';
import { encodeInputs, scoreInputs } from './scores.js';
import { readSettings, type Settings } from './settings.js';
import { chooseThreshold, type ThresholdRule } from './threshold.js';

/** A calibrated model and the regressions it came from. */
export interface Calibration {
  readonly model: PmtModel;
  readonly fits: Readonly<Record<Region, RegionFit>>;
}

/**
 * Calibrates a PMT model on (household, observed income) records (METHOD.md): per region, ridge
 * least squares of ln income per person on the answers, coefficients turned into 0–100 points,
 * then each region's threshold by the chosen rule on the scores of the same records.
 */
export function calibrate(records: unknown, options: unknown): Result<Calibration> {
  const issues: Bag = [];
  const settings = readSettings(options, 'options', issues);
  if (!settings) return fail(issues);
  const pass = gramAccumulator(settings.space, settings.incomeFloor, REGIONS.length);
  const households = readHouseholds(records, settings.questions, 'records', issues, (h) =>
    pass.add(h, regionIndex(h.region)),
  );
  if (issues.length > 0) return fail(issues);
  const draft = draftCalibration(pass.grams, settings, households.ids.length);
  if (!draft.ok || settings.threshold.kind === 'fixed') return draft;
  const batch = encodeInputs(draft.value.model, households.inputs);
  const scored = batch.ok ? scoreInputs(draft.value.model, batch.value) : batch;
  if (!scored.ok) return scored;
  const outcomes = outcomesOf(households, settings.incomeCap);
  return withThresholds(draft.value, scored.value.scores, outcomes, () => true, settings);
}

/**
 * The model of the Grams (one per region, in REGIONS order, from `households` records), its
 * thresholds those of a fixed rule (0 otherwise, until withThresholds sets them).
 */
export function draftCalibration(
  grams: readonly Gram[],
  settings: Settings,
  households: number,
  params: Params = {},
): Result<Calibration> {
  const issues: Bag = [];
  const regions: Partial<Record<Region, RegionPoints>> = {};
  const fits: Partial<Record<Region, RegionFit>> = {};
  REGIONS.forEach((region, i) => {
    const gram = grams[i] as Gram;
    const solved = solveRegion(settings.space, gram, settings.lambda);
    const points = solved && regionPoints(settings.space, solved.beta, gram);
    if (solved) fits[region] = solved.fit;
    if (points) regions[region] = points;
    else issues.push(regionIssue(gram, solved !== undefined, region, params));
  });
  if (issues.length > 0) return fail(issues);
  return checked(
    modelOf(settings, regions as Record<Region, RegionPoints>, households),
    fits as Record<Region, RegionFit>,
    settings,
  );
}

/** The PMT's own validator has the last word on every model made here. */
function checked(
  model: PmtModel,
  fits: Record<Region, RegionFit>,
  settings: Settings,
): Result<Calibration> {
  const valid = validateModel(model, settings.questions);
  return valid.ok ? ok({ model: valid.value, fits }) : valid;
}

/** Per record: its region's index and whether its observed income per person is at most the cap. */
export interface Outcomes {
  readonly region: Uint8Array;
  readonly poor: Uint8Array;
}

export function outcomesOf(households: Households, incomeCap: number): Outcomes {
  const n = households.ids.length;
  return {
    region: households.region.subarray(0, n),
    poor: Uint8Array.from(households.income.subarray(0, n), (income) =>
      income <= incomeCap ? 1 : 0,
    ),
  };
}

/** Each region's threshold chosen by the rule on the scores of the records `use` accepts. */
export function withThresholds(
  calibration: Calibration,
  scores: Float64Array,
  outcomes: Outcomes,
  use: (index: number) => boolean,
  settings: Settings,
): Result<Calibration> {
  const { model } = calibration;
  const members: number[][] = REGIONS.map(() => []);
  for (let i = 0; i < scores.length; i++)
    if (use(i)) members[outcomes.region[i] as number]?.push(i);
  const regions = Object.fromEntries(
    REGIONS.map((region, r) => {
      const idx = members[r] as number[];
      const poor = Uint8Array.from(idx, (i) => outcomes.poor[i] as number);
      const threshold = chooseThreshold(
        Float64Array.from(idx, (i) => scores[i] as number),
        poor,
        settings.threshold,
      );
      return [region, { ...model.regions[region], threshold }];
    }),
  ) as Record<Region, RegionModel>;
  return checked({ ...model, regions }, calibration.fits, settings);
}

function regionIssue(gram: Gram, solved: boolean, region: Region, params: Params) {
  const code =
    gram.count === 0
      ? 'CALIBRATION_NO_DATA'
      : solved
        ? 'CALIBRATION_FLAT_REGION'
        : 'CALIBRATION_SINGULAR';
  return issue(code, 'records', { region, ...params });
}

function modelOf(
  settings: Settings,
  regions: Record<Region, RegionPoints>,
  households: number,
): PmtModel {
  const threshold = settings.threshold.kind === 'fixed' ? settings.threshold.value : 0;
  const text = (key: 'calibration.label' | 'calibration.provenance') => ({
    th: describe('th', key, settings, households),
    en: describe('en', key, settings, households),
  });
  return {
    id: settings.modelId,
    version: settings.version,
    label: text('calibration.label'),
    demonstration: false,
    formRevision: settings.formRevision,
    validFrom: settings.validFrom,
    ...(settings.validTo === undefined ? {} : { validTo: settings.validTo }),
    incomeCap: settings.incomeCap,
    regions: Object.fromEntries(REGIONS.map((r) => [r, { threshold, ...regions[r] }])) as Record<
      Region,
      RegionModel
    >,
    provenance: text('calibration.provenance'),
  };
}

function describe(
  lang: Lang,
  key: 'calibration.label' | 'calibration.provenance',
  s: Settings,
  households: number,
): string {
  return messageOf(lang, key, {
    revision: s.formRevision,
    date: s.calibratedOn,
    households,
    lambda: s.lambda,
    rule: ruleText(lang, s.threshold, s.incomeCap),
  });
}

function ruleText(lang: Lang, rule: ThresholdRule, cap: number): string {
  if (rule.kind === 'fixed')
    return messageOf(lang, 'calibration.rule.fixed', { value: rule.value });
  if (rule.kind === 'share')
    return messageOf(lang, 'calibration.rule.share', {
      percent: Math.round(rule.share * 1000) / 10,
    });
  return messageOf(lang, 'calibration.rule.incomeLine', { cap });
}
