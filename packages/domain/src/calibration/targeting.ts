/**
 * Targeting errors of the PMT against observed income. "Poor" means observed income per person at
 * most the cap; "selected" means a PMT score strictly above the region's threshold (the PMT alone,
 * as if income were unknown, which is what a proxy means test stands in for).
 */
export interface TargetingErrors {
  readonly households: number;
  readonly poor: number;
  readonly selected: number;
  readonly poorSelected: number;
  /** (selected − poorSelected) / selected: the share of selected households that are not poor; 0 if none selected. */
  readonly inclusionError: number;
  /** (poor − poorSelected) / poor: the share of poor households that are not selected; 0 if none is poor. */
  readonly exclusionError: number;
}

export interface Tally {
  households: number;
  poor: number;
  selected: number;
  poorSelected: number;
}

export const newTally = (): Tally => ({ households: 0, poor: 0, selected: 0, poorSelected: 0 });

export function count(tally: Tally, poor: boolean, selected: boolean): void {
  tally.households += 1;
  if (poor) tally.poor += 1;
  if (selected) tally.selected += 1;
  if (poor && selected) tally.poorSelected += 1;
}

export function errorsOf(t: Tally): TargetingErrors {
  return {
    ...t,
    inclusionError: t.selected > 0 ? (t.selected - t.poorSelected) / t.selected : 0,
    exclusionError: t.poor > 0 ? (t.poor - t.poorSelected) / t.poor : 0,
  };
}
