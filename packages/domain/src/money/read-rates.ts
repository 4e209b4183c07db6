import {
  readBaht,
  readLabel,
  readList,
  readNumber,
  readRecord,
  readString,
  type Bag,
} from '../core/guard.js';
import { issue, joinPath, type Issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { LEVEL_GROUPS, type LevelGroup } from '../vocab/grade.js';
import { POVERTY_CLASSES, type PovertyClass } from '../vocab/poverty.js';
import {
  MAX_RATE_BAHT,
  type EquityTopUp,
  type RateTable,
  type TermRates,
  type TopUpBand,
} from './rates.js';

type Fields = Readonly<Record<string, unknown>>;

/** Keys outside a known set are refused, so a misspelt level or class never silently pays 0. */
function refuseUnknownKeys(
  record: Fields,
  known: readonly string[],
  code: 'UNKNOWN_LEVEL_GROUP' | 'UNKNOWN_POVERTY_CLASS',
  path: string,
  issues: Bag,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) issues.push(issue(code, joinPath(path, key), { value: key }));
  }
}

function readTermRates(value: unknown, path: string, issues: Bag): TermRates | undefined {
  const list = readList(value, path, issues);
  if (list === undefined) return undefined;
  if (list.length !== 2) {
    const tooFew = list.length < 2;
    issues.push(
      issue(tooFew ? 'TOO_FEW_ITEMS' : 'TOO_MANY_ITEMS', path, tooFew ? { min: 2 } : { max: 2 }),
    );
    return undefined;
  }
  const term1 = readBaht(list[0], joinPath(path, 0), issues, MAX_RATE_BAHT);
  const term2 = readBaht(list[1], joinPath(path, 1), issues, MAX_RATE_BAHT);
  return term1 !== undefined && term2 !== undefined ? [term1, term2] : undefined;
}

function readClassRates(
  value: unknown,
  path: string,
  issues: Bag,
): Record<PovertyClass, TermRates> | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  refuseUnknownKeys(record, POVERTY_CLASSES, 'UNKNOWN_POVERTY_CLASS', path, issues);
  const entries = POVERTY_CLASSES.map((c) => [
    c,
    readTermRates(record[c], joinPath(path, c), issues),
  ]);
  return entries.every(([, r]) => r !== undefined)
    ? (Object.fromEntries(entries) as Record<PovertyClass, TermRates>)
    : undefined;
}

function readRates(value: unknown, path: string, issues: Bag): RateTable['rates'] | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  refuseUnknownKeys(record, LEVEL_GROUPS, 'UNKNOWN_LEVEL_GROUP', path, issues);
  const entries = LEVEL_GROUPS.map((g) => [
    g,
    readClassRates(record[g], joinPath(path, g), issues),
  ]);
  return entries.every(([, r]) => r !== undefined)
    ? (Object.fromEntries(entries) as Record<LevelGroup, Record<PovertyClass, TermRates>>)
    : undefined;
}

function readBand(value: unknown, path: string, issues: Bag): TopUpBand | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  const at = (field: string) => joinPath(path, field);
  const scoreAbove = readNumber(
    record['scoreAbove'],
    at('scoreAbove'),
    { min: 0, max: 100 },
    issues,
  );
  const baht = readBaht(record['baht'], at('baht'), issues, MAX_RATE_BAHT);
  return scoreAbove !== undefined && baht !== undefined ? { scoreAbove, baht } : undefined;
}

/** Bands must rise in score and never pay less as the score rises: the poorest get more. */
function checkBandOrder(bands: readonly TopUpBand[], path: string, issues: Bag): void {
  bands.forEach((band, i) => {
    const prev = bands[i - 1];
    if (prev === undefined) return;
    const at = (field: string) => joinPath(path, i, field);
    if (band.scoreAbove <= prev.scoreAbove) {
      issues.push(
        issue('TOP_UP_BANDS_NOT_ASCENDING', at('scoreAbove'), { previous: prev.scoreAbove }),
      );
    }
    if (band.baht < prev.baht) {
      issues.push(issue('TOP_UP_DECREASING', at('baht'), { previous: prev.baht }));
    }
  });
}

function readTopUp(value: unknown, path: string, issues: Bag): EquityTopUp | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  const bandsPath = joinPath(path, 'bands');
  const list = readList(record['bands'], bandsPath, issues);
  if (list === undefined) return undefined;
  const bands = list.map((b, i) => readBand(b, joinPath(bandsPath, i), issues));
  if (!bands.every((b) => b !== undefined)) return undefined;
  checkBandOrder(bands, bandsPath, issues);
  return { bands };
}

/** Reads a rate table at `path` of a larger input, pushing every problem into `issues`. */
export function readRateTable(value: unknown, path: string, issues: Bag): RateTable | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  const before = issues.length;
  const id = readString(record['id'], joinPath(path, 'id'), issues);
  const label = readLabel(record['label'], joinPath(path, 'label'), issues);
  const provenance = readLabel(record['provenance'], joinPath(path, 'provenance'), issues);
  const rates = readRates(record['rates'], joinPath(path, 'rates'), issues);
  const topUp =
    record['topUp'] === undefined
      ? undefined
      : readTopUp(record['topUp'], joinPath(path, 'topUp'), issues);
  if (issues.length > before || !id || !label || !provenance || !rates) return undefined;
  return { id, label, provenance, rates, ...(topUp && { topUp }) };
}

/** Checks a rate table from an officer or a file: every level group, class and term, whole baht. */
export function validateRateTable(table: RateTable): Result<RateTable> {
  const issues: Issue[] = [];
  const read = readRateTable(table as unknown, '', issues);
  return read === undefined ? fail(issues) : ok(read);
}
