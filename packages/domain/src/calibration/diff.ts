import { byId, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import type { PmtModel } from '../pmt/model.js';
import { prepareModel, type PreparedModel } from '../pmt/prepare.js';
import { POVERTY_CLASSES } from '../vocab/poverty.js';
import { REGIONS, type Region } from '../vocab/region.js';
import { readHouseholds, type Households } from './records.js';
import { encodeInputs, scoreInputs } from './scores.js';

const EXTREMELY_POOR = POVERTY_CLASSES.indexOf('extremely_poor');

/** How the extremely-poor list changes in one area when model B replaces model A. */
export interface ListChange {
  /** Households on the list under A, and under B. */
  listA: number;
  listB: number;
  entering: number;
  leaving: number;
}

export interface ModelDiff extends ListChange {
  /** Ids of households extremely poor under B but not under A, in input order. */
  readonly enteringIds: readonly string[];
  /** Ids of households extremely poor under A but not under B, in input order. */
  readonly leavingIds: readonly string[];
  readonly byRegion: Readonly<Record<Region, ListChange>>;
  /** Records without a province code are counted overall but in no province. */
  readonly byProvince: Readonly<Record<string, ListChange>>;
}

/**
 * Who enters and who leaves the extremely-poor list (SPEC §5 classification: income per person at
 * most the cap and score above the region's threshold) if model B replaces model A.
 */
export function diffModels(records: unknown, modelA: unknown, modelB: unknown): Result<ModelDiff> {
  const issues: Bag = [];
  const a = readModel(modelA, 'modelA', issues);
  const b = readModel(modelB, 'modelB', issues);
  if (a && b && a.model.formRevision !== b.model.formRevision) {
    issues.push(
      issue('CALIBRATION_REVISIONS_DIFFER', 'modelB.formRevision', {
        a: a.model.formRevision,
        b: b.model.formRevision,
      }),
    );
  }
  if (!a) return fail(issues);
  const households = readHouseholds(records, a.questions, 'records', issues, () => {});
  if (!b || issues.length > 0) return fail(issues);
  return compare(households, a.model, b.model);
}

function readModel(value: unknown, path: string, issues: Bag): PreparedModel | undefined {
  const prepared = prepareModel(value, path);
  if (!prepared.ok) issues.push(...prepared.issues);
  return prepared.ok ? prepared.value : undefined;
}

function compare(households: Households, a: PmtModel, b: PmtModel): Result<ModelDiff> {
  const inA = classesOf(a, households);
  const inB = classesOf(b, households);
  if (!inA.ok) return inA;
  if (!inB.ok) return inB;
  const total = newChange();
  const byRegion = REGIONS.map(newChange);
  const byProvince = new Map<string, ListChange>();
  const enteringIds: string[] = [];
  const leavingIds: string[] = [];
  households.ids.forEach((id, i) => {
    const [wasIn, isIn] = [inA.value[i] === EXTREMELY_POOR, inB.value[i] === EXTREMELY_POOR];
    if (isIn && !wasIn) enteringIds.push(id);
    if (wasIn && !isIn) leavingIds.push(id);
    const changes = [total, byRegion[households.region[i] as number] as ListChange];
    const province = households.province[i];
    if (province !== undefined) changes.push(entry(byProvince, province));
    for (const c of changes) tallyChange(c, wasIn, isIn);
  });
  return ok({
    ...total,
    enteringIds,
    leavingIds,
    byRegion: Object.fromEntries(REGIONS.map((r, i) => [r, byRegion[i]])) as Record<
      Region,
      ListChange
    >,
    byProvince: Object.fromEntries([...byProvince].sort(([x], [y]) => byId(x, y))),
  });
}

/** Each household's class under the model (SPEC §5), by the PMT's compiled scorer. */
function classesOf(model: PmtModel, households: Households): Result<Uint8Array> {
  const batch = encodeInputs(model, households.inputs);
  const scored = batch.ok ? scoreInputs(model, batch.value) : batch;
  return scored.ok ? ok(scored.value.classes) : scored;
}

const newChange = (): ListChange => ({ listA: 0, listB: 0, entering: 0, leaving: 0 });

function tallyChange(c: ListChange, wasIn: boolean, isIn: boolean): void {
  c.listA += wasIn ? 1 : 0;
  c.listB += isIn ? 1 : 0;
  c.entering += isIn && !wasIn ? 1 : 0;
  c.leaving += wasIn && !isIn ? 1 : 0;
}

function entry(map: Map<string, ListChange>, key: string): ListChange {
  const found = map.get(key) ?? newChange();
  map.set(key, found);
  return found;
}
