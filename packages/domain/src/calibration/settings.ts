import {
  joinPath,
  readCode,
  readIsoDate,
  readList,
  readNumber,
  readRecord,
  readString,
  type Bag,
} from '../core/guard.js';
import { issue } from '../core/issue.js';
import type { StatusQuestion } from '../forms/types.js';
import { COMPOSITION_FEATURES, type CompositionFeature } from '../pmt/model.js';
import { statusQuestionsOf } from '../pmt/revisions.js';
import { DEFAULT_EXTREME_THRESHOLD, DEFAULT_INCOME_CAP_BAHT } from '../vocab/poverty.js';
import {
  DEFAULT_COMPOSITION_BANDS,
  featureSpace,
  type CompositionBands,
  type FeatureSpace,
} from './features.js';
import type { ThresholdRule } from './threshold.js';

/** What a calibration run is told: the model it makes, and how. */
export interface CalibrationOptions {
  readonly formRevision: string;
  readonly modelId: string;
  readonly version: number;
  readonly validFrom: string;
  readonly validTo?: string;
  /** The day of the run, YYYY-MM-DD, written into the provenance (pure code never reads the clock). */
  readonly calibratedOn: string;
  /** Ridge penalty λ on every coefficient but the intercept; default 1. */
  readonly lambda?: number;
  /** Income per person per month at or below which a household is poor; default 3,000 baht. */
  readonly incomeCap?: number;
  /** Incomes below it count as it before taking logs, so a zero income is not −∞; default 100 baht. */
  readonly incomeFloor?: number;
  /** Default: the public threshold 50 in every region. */
  readonly threshold?: ThresholdRule;
  readonly composition?: readonly CompositionBands[];
}

export interface Settings {
  readonly formRevision: string;
  readonly modelId: string;
  readonly version: number;
  readonly validFrom: string;
  readonly validTo: string | undefined;
  readonly calibratedOn: string;
  readonly lambda: number;
  readonly incomeCap: number;
  readonly incomeFloor: number;
  readonly threshold: ThresholdRule;
  readonly questions: readonly StatusQuestion[];
  readonly space: FeatureSpace;
}

const BAHT = { min: 0, max: 1_000_000 } as const;

/** Reads calibration options under `path`; undefined (with issues) unless every field is valid. */
export function readSettings(value: unknown, path: string, issues: Bag): Settings | undefined {
  const raw = readRecord(value, path, issues);
  if (!raw) return undefined;
  const at = (key: string) => joinPath(path, key);
  const before = issues.length;
  const revision = statusQuestionsOf(raw['formRevision'], at('formRevision'));
  if (!revision.ok) issues.push(...revision.issues);
  const modelId = readString(raw['modelId'], at('modelId'), issues);
  const version = readNumber(
    raw['version'],
    at('version'),
    { min: 1, max: 1e9, integer: true },
    issues,
  );
  const validFrom = readDate(raw['validFrom'], at('validFrom'), issues);
  const validTo =
    raw['validTo'] === undefined ? undefined : readDate(raw['validTo'], at('validTo'), issues);
  const calibratedOn = readDate(raw['calibratedOn'], at('calibratedOn'), issues);
  const optional = (key: string, fallback: number, rule: { min: number; max: number }) =>
    raw[key] === undefined ? fallback : readNumber(raw[key], at(key), rule, issues);
  const lambda = optional('lambda', 1, { min: 0, max: 1e9 });
  const incomeCap = optional('incomeCap', DEFAULT_INCOME_CAP_BAHT, BAHT);
  const incomeFloor = optional('incomeFloor', 100, { min: 1, max: BAHT.max });
  const threshold = readThresholdRule(raw['threshold'], at('threshold'), issues);
  const bands = readBandsList(raw['composition'], at('composition'), issues);
  if (issues.length > before || !revision.ok || !bands || !threshold) return undefined;
  return {
    formRevision: String(raw['formRevision']),
    modelId: modelId ?? '',
    version: version ?? 1,
    validFrom: validFrom ?? '',
    validTo,
    calibratedOn: calibratedOn ?? '',
    lambda: lambda ?? 1,
    incomeCap: incomeCap ?? DEFAULT_INCOME_CAP_BAHT,
    incomeFloor: incomeFloor ?? 100,
    threshold,
    questions: revision.value,
    space: featureSpace(revision.value, bands),
  };
}

function readDate(value: unknown, path: string, issues: Bag): string | undefined {
  return readIsoDate(value, path, issues) === undefined ? undefined : String(value).trim();
}

const RULE_KINDS = ['fixed', 'share', 'incomeLine'] as const;

function readThresholdRule(value: unknown, path: string, issues: Bag): ThresholdRule | undefined {
  if (value === undefined) return { kind: 'fixed', value: DEFAULT_EXTREME_THRESHOLD };
  const raw = readRecord(value, path, issues);
  if (!raw) return undefined;
  const kind = readCode(raw['kind'], joinPath(path, 'kind'), RULE_KINDS, issues);
  if (kind === 'fixed') {
    const v = readNumber(raw['value'], joinPath(path, 'value'), { min: 0, max: 100 }, issues);
    return v === undefined ? undefined : { kind, value: v };
  }
  if (kind === 'share') {
    const share = readNumber(raw['share'], joinPath(path, 'share'), { min: 0, max: 1 }, issues);
    return share === undefined ? undefined : { kind, share };
  }
  return kind === 'incomeLine' ? { kind } : undefined;
}

/** The least value each feature takes: a band must start above it, or every household would reach it. */
const FEATURE_MIN: Readonly<Record<CompositionFeature, number>> = {
  memberCount: 1,
  dependencyRatio: 0,
  childrenUnder15: 0,
  elderly60Plus: 0,
  disabledOrIll: 0,
};

function readBandsList(value: unknown, path: string, issues: Bag): CompositionBands[] | undefined {
  if (value === undefined) return [...DEFAULT_COMPOSITION_BANDS];
  const list = readList(value, path, issues);
  if (!list) return undefined;
  const before = issues.length;
  const bands = list.map((item, i) => readBands(item, joinPath(path, i), issues));
  bands.forEach((b, i) => {
    if (b && bands.findIndex((o) => o?.feature === b.feature) !== i)
      issues.push(issue('DUPLICATE_KEY', joinPath(path, i, 'feature'), { value: b.feature }));
  });
  return issues.length > before ? undefined : bands.filter((b) => b !== undefined);
}

function readBands(value: unknown, path: string, issues: Bag): CompositionBands | undefined {
  const raw = readRecord(value, path, issues);
  if (!raw) return undefined;
  const feature = readCode(raw['feature'], joinPath(path, 'feature'), COMPOSITION_FEATURES, issues);
  const list = readList(raw['atLeast'], joinPath(path, 'atLeast'), issues) ?? [];
  const atLeast = list.map((v, i) =>
    readNumber(v, joinPath(path, 'atLeast', i), { min: 0, max: 1000 }, issues),
  );
  if (!feature || atLeast.some((v) => v === undefined)) return undefined;
  const bounds = atLeast as number[];
  const ascending = bounds.every(
    (v, i) => v > (i === 0 ? FEATURE_MIN[feature] : (bounds[i - 1] as number)),
  );
  if (bounds.length === 0 || !ascending) {
    issues.push(
      issue('CALIBRATION_BANDS', joinPath(path, 'atLeast'), { min: FEATURE_MIN[feature] }),
    );
    return undefined;
  }
  return { feature, atLeast: bounds };
}
