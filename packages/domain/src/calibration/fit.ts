import type { ParsedInput } from '../pmt/input.js';
import { REGIONS, type Region } from '../vocab/region.js';
import { encodeHousehold, maxActive, type FeatureSpace } from './features.js';
import { addRow, newGram, solveRidge, type Gram } from './linalg.js';

/** The regression of one region, for reports: what each answer does to predicted log income. */
export interface RegionFit {
  readonly households: number;
  /** Predicted ln(income per person) of a household giving every reference answer. */
  readonly intercept: number;
  /** Feature name (e.g. "floor.earth", "memberCount>=5") → change in predicted ln(income per person). */
  readonly coefficients: Readonly<Record<string, number>>;
  /** Share of the variance of ln(income per person) the fit explains, in sample. */
  readonly rSquared: number;
}

/** The regression's outcome: ln of income per person, floored so a zero income is not −∞. */
const logIncome = (income: number, floor: number): number => Math.log(Math.max(income, floor));

export const regionIndex = (region: Region): number => REGIONS.indexOf(region);

/**
 * The streaming pass: each household is encoded into a scratch buffer and added to the Gram of its
 * group (region, or region × fold) as it is read, so memory is O(groups · p²) whatever the count.
 */
export function gramAccumulator(space: FeatureSpace, incomeFloor: number, groups: number) {
  const grams = Array.from({ length: groups }, () => newGram(space.size));
  const scratch = new Uint16Array(maxActive(space));
  const add = (household: ParsedInput, group: number): void => {
    const end = encodeHousehold(space, household, scratch, 0);
    const y = logIncome(household.facts.incomePerPersonMonthly, incomeFloor);
    addRow(grams[group] as Gram, scratch, 0, end, y);
  };
  return { grams, add };
}

interface Solved {
  readonly beta: Float64Array;
  readonly fit: RegionFit;
}

/** Ridge solution of one region's Gram; undefined when the system cannot be solved. */
export function solveRegion(space: FeatureSpace, gram: Gram, lambda: number): Solved | undefined {
  const beta = gram.count > 0 ? solveRidge(gram, lambda) : undefined;
  if (!beta) return undefined;
  const coefficients = Object.fromEntries(
    space.names.slice(1).map((name, i) => [name, beta[i + 1] ?? 0]),
  );
  const fit = {
    households: gram.count,
    intercept: beta[0] ?? 0,
    coefficients,
    rSquared: rSquared(gram, beta),
  };
  return { beta, fit };
}

/** 1 − RSS/TSS from the Gram alone: RSS = yᵀy − 2βᵀXᵀy + βᵀXᵀXβ (XᵀX stored as its upper triangle). */
function rSquared(gram: Gram, beta: Float64Array): number {
  const { size, xtx, xty } = gram;
  let quad = 0;
  let cross = 0;
  for (let i = 0; i < size; i++) {
    const bi = beta[i] as number;
    cross += bi * (xty[i] as number);
    quad += bi * bi * (xtx[i * size + i] as number);
    for (let j = i + 1; j < size; j++)
      quad += 2 * bi * (beta[j] as number) * (xtx[i * size + j] as number);
  }
  const tss = gram.sumYY - (gram.sumY * gram.sumY) / gram.count;
  return tss > 0 ? 1 - (gram.sumYY - 2 * cross + quad) / tss : 0;
}
