import { DEFAULT_INCOME_CAP_BAHT, REGIONS, type Region, type ScreeningStatus } from '@isee/domain';
import { normalQuantile } from './normal.js';

/**
 * Our targets for the share of students whose household earns at most the income line (3,000 baht
 * per person per month), by PMT region. Public figures: about a third of students nationally, more
 * in the northeast and north, fewer in the central region and Bangkok (EEF's yearly reports). The
 * exact regional shares are ours, chosen so that the national mix (by number of sub-districts, as
 * schools are spread) comes to about 34 %.
 */
export const POOR_SHARE_TARGET: Readonly<Record<Region, number>> = {
  northeast: 0.45,
  north: 0.4,
  south: 0.3,
  central: 0.18,
};

/** Spread of ln(income per person) within a region (a log-normal income distribution). */
export const LOG_INCOME_SD = 0.8;

/**
 * The mean of ln(income per person) that puts each region's target share under the income line:
 * P(ln income ≤ ln cap) = Φ((ln cap − μ) / σ) = target.
 */
export const LOG_INCOME_MEAN: Readonly<Record<Region, number>> = Object.fromEntries(
  REGIONS.map((r) => [
    r,
    Math.log(DEFAULT_INCOME_CAP_BAHT) - LOG_INCOME_SD * normalQuantile(POOR_SHARE_TARGET[r]),
  ]),
) as Record<Region, number>;

/** The national reference for the wealth index form answers are drawn from: ln of 5,000 baht. */
export const NATIONAL_LOG_INCOME = Math.log(5_000);

/**
 * Where the candidates' screenings stand on the seeded "now", in the middle of the cycle (our
 * shares, for the demo's workflow): most scored, some at each review step, a few returned or still
 * drafts, and a new group the teachers have not visited yet (no screening).
 */
export const SCREENING_PROGRESS = {
  scored: 0.55,
  confirmed: 0.08,
  certified: 0.07,
  submitted: 0.1,
  returned: 0.03,
  draft: 0.02,
  unscreened: 0.15,
} as const satisfies Record<ScreeningStatus | 'unscreened', number>;
