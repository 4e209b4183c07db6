import type { StatusAnswers, StatusQuestion } from '@isee/domain';
import { normalCdf } from './normal.js';
import type { Random } from './prng.js';

/**
 * Household-status answers drawn so that they go with income: each answer is chosen through a
 * Gaussian copula on the household's wealth index w (0 at the national reference income, 1 per
 * log-income standard deviation). A poorer household (lower w) is more likely to give the deprived
 * answers, which is what lets calibration find real weights. Base rates are our assumptions for a
 * household at the reference income, not published figures.
 */

/** How strongly answers follow wealth: the copula correlation. */
const CORRELATION = 0.55;
const NOISE = Math.sqrt(1 - CORRELATION * CORRELATION);

/** Single-choice base rates in the question's order of options. */
const SINGLE_RATES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  tenure: { own: 0.78, rented: 0.08, dormitory: 0.01, free_with_others: 0.13 },
  floor: {
    tile_ceramic: 0.35,
    parquet: 0.05,
    cement: 0.3,
    plank: 0.18,
    vinyl: 0.06,
    bamboo: 0.04,
    earth: 0.02,
  },
  wall: {
    brick_concrete: 0.55,
    wood: 0.22,
    board: 0.1,
    zinc: 0.06,
    bamboo: 0.04,
    leaves: 0.015,
    plastic_sheet: 0.01,
    no_wall: 0.015,
  },
  roof: { tile: 0.25, metal_sheet: 0.3, zinc: 0.38, wood: 0.03, leaves: 0.02, plastic_sheet: 0.02 },
  toilet: { yes: 0.95, no: 0.05 },
  land: { over_5_rai: 0.25, '1_to_5_rai': 0.2, under_1_rai: 0.1, none: 0.45 },
  water: { bottled: 0.45, tap: 0.35, well: 0.12, natural: 0.08 },
  electricity: {
    own_meter: 0.9,
    shared_line: 0.05,
    battery: 0.015,
    generator_solar: 0.02,
    none: 0.015,
  },
};

/** Multi-choice base rates: the chance each option is chosen (hardships and assets). */
const MULTI_RATES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  dependants: {
    disabled: 0.06,
    chronically_ill: 0.08,
    elderly: 0.35,
    single_parent: 0.2,
    jobless: 0.1,
  },
  vehicles: {
    car_new: 0.12,
    car_old: 0.08,
    pickup_new: 0.18,
    pickup_old: 0.15,
    tractor_new: 0.03,
    tractor_old: 0.05,
    motorcycle_or_boat: 0.8,
  },
  appliances: {
    computer: 0.2,
    air_conditioner: 0.2,
    flat_tv: 0.55,
    washing_machine: 0.6,
    fridge: 0.85,
  },
};

/** A uniform draw that leans towards 1 (deprived) as wealth falls. */
const deprivedQuantile = (wealth: number, random: Random): number =>
  normalCdf(-CORRELATION * wealth + NOISE * random.normal());

const rankOf = (question: StatusQuestion, code: string): number =>
  question.options.find((o) => o.code === code)?.rank ?? 0;

function singleAnswer(question: StatusQuestion, wealth: number, random: Random): string {
  const rates = SINGLE_RATES[question.id] ?? {};
  // Least deprived first, so a high quantile lands on a deprived answer.
  const codes = Object.keys(rates).sort((a, b) => rankOf(question, a) - rankOf(question, b));
  const u = deprivedQuantile(wealth, random);
  let cumulative = 0;
  for (const code of codes) {
    cumulative += rates[code] ?? 0;
    if (u < cumulative) return code;
  }
  return codes[codes.length - 1] ?? '';
}

function multiAnswer(question: StatusQuestion, wealth: number, random: Random): string[] {
  const rates = MULTI_RATES[question.id] ?? {};
  // Hardships come with poverty; assets with wealth.
  const sign = question.deprivation === 'asset' ? -1 : 1;
  const chosen = Object.keys(rates).filter(
    (code) => deprivedQuantile(sign * wealth, random) > 1 - (rates[code] ?? 0),
  );
  return chosen.length > 0 ? chosen : ['none'];
}

export function drawStatusAnswers(
  questions: readonly StatusQuestion[],
  wealth: number,
  random: Random,
): StatusAnswers {
  const answers: Record<string, string | string[]> = {};
  for (const q of questions) {
    answers[q.id] =
      q.kind === 'single' ? singleAnswer(q, wealth, random) : multiAnswer(q, wealth, random);
  }
  return answers;
}
