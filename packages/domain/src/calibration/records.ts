import { isRecord, joinPath, readList, readRecord, readString, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import type { StatusQuestion } from '../forms/types.js';
import { parseInput, type ParsedInput, type PmtInput } from '../pmt/input.js';
import { REGIONS } from '../vocab/region.js';

/** One household of a calibration or evaluation data set: what the PMT reads, plus its labels. */
export interface CalibrationRecord extends PmtInput {
  readonly id: string;
  /** Province code, for reports by province. */
  readonly province?: string;
  /** Subgroup labels for error reports, e.g. { affiliation: 'obec', level: 'primary' }. */
  readonly subgroups?: Readonly<Record<string, string>>;
}

/**
 * The validated records as columns, in input order: only what reports, thresholds and the PMT
 * batch need is kept, so a million households stay small; answers are visited once and dropped.
 */
export interface Households {
  readonly ids: string[];
  /** Index into REGIONS. */
  readonly region: Uint8Array;
  readonly income: Float64Array;
  readonly province: (string | undefined)[];
  readonly subgroups: Readonly<Record<string, string>>[];
  /** The caller's records, for the PMT's own batch encoder. */
  readonly inputs: unknown[];
}

/**
 * Reads records, reporting every problem of every one (paths like `records.3.facts.workingAge`),
 * and hands each valid household's parsed answers to `visit` with its index. Household checks are
 * the PMT's own (parseInput), so calibration and scoring agree on what is valid.
 */
export function readHouseholds(
  value: unknown,
  questions: readonly StatusQuestion[],
  path: string,
  issues: Bag,
  visit: (household: ParsedInput, index: number) => void,
): Households {
  const list = readList(value, path, issues) ?? [];
  const households: Households = {
    ids: [],
    region: new Uint8Array(list.length),
    income: new Float64Array(list.length),
    province: [],
    subgroups: [],
    inputs: [],
  };
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const at = `${path}.${i}`;
    const raw = readRecord(item, at, issues);
    if (!raw) return;
    const id = readString(raw['id'], `${at}.id`, issues);
    const province = readString(raw['province'], `${at}.province`, issues, { optional: true });
    const subgroups = readSubgroups(raw['subgroups'], `${at}.subgroups`, issues);
    const parsed = parseInput(questions, raw);
    if (!parsed.ok)
      issues.push(...parsed.issues.map((p) => ({ ...p, path: joinPath(at, p.path) })));
    if (id !== undefined && seen.has(id))
      issues.push(issue('DUPLICATE_KEY', `${at}.id`, { value: id }));
    if (id === undefined || seen.has(id) || !subgroups || !parsed.ok) return;
    seen.add(id);
    const n = households.ids.length;
    households.ids.push(id);
    households.region[n] = REGIONS.indexOf(parsed.value.region);
    households.income[n] = parsed.value.facts.incomePerPersonMonthly;
    households.province.push(province);
    households.subgroups.push(subgroups);
    households.inputs.push(item);
    visit(parsed.value, n);
  });
  return households;
}

const NO_SUBGROUPS: Readonly<Record<string, string>> = {};

function readSubgroups(
  value: unknown,
  path: string,
  issues: Bag,
): Readonly<Record<string, string>> | undefined {
  if (value === undefined) return NO_SUBGROUPS;
  if (!readRecord(value, path, issues) || !isRecord(value)) return undefined;
  const before = issues.length;
  for (const [key, label] of Object.entries(value)) readString(label, `${path}.${key}`, issues);
  return issues.length === before ? (value as Readonly<Record<string, string>>) : undefined;
}
