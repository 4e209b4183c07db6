import { REGIONS, type Region } from '../vocab/region.js';
import type { Households } from './records.js';
import { count, errorsOf, newTally, type Tally, type TargetingErrors } from './targeting.js';

/** Targeting errors overall and broken down by region, province and each subgroup's labels. */
export interface ErrorReport {
  readonly overall: TargetingErrors;
  readonly byRegion: Readonly<Record<Region, TargetingErrors>>;
  /** Records without a province code are counted overall but in no province. */
  readonly byProvince: Readonly<Record<string, TargetingErrors>>;
  /** Subgroup name → label → errors, e.g. bySubgroup.affiliation.obec. */
  readonly bySubgroup: Readonly<Record<string, Readonly<Record<string, TargetingErrors>>>>;
}

/** Accumulates households into every breakdown they belong to. */
export class ReportTally {
  private readonly overall = newTally();
  private readonly region = new Map<string, Tally>(REGIONS.map((r) => [r, newTally()]));
  private readonly province = new Map<string, Tally>();
  private readonly subgroup = new Map<string, Map<string, Tally>>();

  /** Counts household `i` of the table. */
  add(households: Households, i: number, poor: boolean, selected: boolean): void {
    count(this.overall, poor, selected);
    count(
      this.region.get(REGIONS[households.region[i] as number] as string) as Tally,
      poor,
      selected,
    );
    const province = households.province[i];
    if (province !== undefined) count(entry(this.province, province), poor, selected);
    for (const [name, label] of Object.entries(households.subgroups[i] ?? {})) {
      const labels = this.subgroup.get(name) ?? new Map<string, Tally>();
      this.subgroup.set(name, labels);
      count(entry(labels, label), poor, selected);
    }
  }

  report(): ErrorReport {
    const table = (m: ReadonlyMap<string, Tally>) =>
      Object.fromEntries(
        [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => [k, errorsOf(t)]),
      );
    return {
      overall: errorsOf(this.overall),
      byRegion: table(this.region) as Record<Region, TargetingErrors>,
      byProvince: table(this.province),
      bySubgroup: Object.fromEntries(
        [...this.subgroup].map(([name, labels]) => [name, table(labels)]),
      ),
    };
  }
}

function entry(map: Map<string, Tally>, key: string): Tally {
  const found = map.get(key);
  if (found) return found;
  const fresh = newTally();
  map.set(key, fresh);
  return fresh;
}
