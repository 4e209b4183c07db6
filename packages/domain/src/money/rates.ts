import type { Label } from '../forms/types.js';
import { LEVEL_GROUPS, type LevelGroup } from '../vocab/grade.js';
import type { PovertyClass } from '../vocab/poverty.js';

/** Whole baht paid in term 1 and in term 2 of an academic year. */
export type TermRates = readonly [term1: number, term2: number];

/** Extra baht per term for students whose PMT score is strictly above `scoreAbove`. */
export interface TopUpBand {
  readonly scoreAbove: number;
  readonly baht: number;
}

/**
 * The equity option "the poorest get more" (SPEC §7): bands ascend in score and never pay less as
 * the score rises; a student gets the highest band they pass. Only extremely poor students get it,
 * since a score says nothing about a household above the income cap.
 */
export interface EquityTopUp {
  readonly bands: readonly TopUpBand[];
}

/** A cycle's rates: level group × poverty class × term, whole baht, plus an optional top-up. */
export interface RateTable {
  readonly id: string;
  readonly label: Label;
  readonly provenance: Label;
  readonly rates: Readonly<Record<LevelGroup, Readonly<Record<PovertyClass, TermRates>>>>;
  readonly topUp?: EquityTopUp;
}

/** The highest rate per term a table may set: a guard against typos, far above any public figure. */
export const MAX_RATE_BAHT = 100_000;

const PUBLIC_2019_2021: Readonly<Record<PovertyClass, TermRates>> = {
  not_poor: [0, 0],
  poor: [0, 0],
  extremely_poor: [2000, 1000],
};

/**
 * The public rates of 2019–2021: 3,000 baht a year per extremely poor student at every level, paid
 * 2,000 in term 1 and 1,000 in term 2. The 2025 rates (1,000–7,200 baht a year by level and household
 * status) are announced but their table is not public, so they are not guessed here.
 */
export const DEFAULT_RATE_TABLE: RateTable = {
  id: 'eef-2019-2021',
  label: {
    th: 'อัตราทุนเสมอภาค ปีการศึกษา 2562–2564: 3,000 บาทต่อปี (2,000 + 1,000)',
    en: 'Equity grant rates 2019–2021: 3,000 baht a year (2,000 + 1,000)',
  },
  provenance: {
    th: 'ตัวเลขที่ กสศ. เผยแพร่สำหรับปี 2562–2564: นักเรียนยากจนพิเศษทุกระดับชั้นได้ 3,000 บาทต่อปี ภาคเรียนที่ 1 จำนวน 2,000 บาท ภาคเรียนที่ 2 จำนวน 1,000 บาท อัตราปี 2568 (1,000–7,200 บาทต่อปีตามระดับชั้นและสถานะครัวเรือน) ยังไม่มีตารางเผยแพร่ จึงไม่ได้นำมาใช้',
    en: "EEF's published figures for 2019–2021: 3,000 baht a year for every extremely poor student at every level, 2,000 baht in term 1 and 1,000 baht in term 2. The 2025 rates (1,000–7,200 baht a year by level and household status) have no public table, so they are not used.",
  },
  rates: Object.fromEntries(LEVEL_GROUPS.map((g) => [g, PUBLIC_2019_2021])) as Record<
    LevelGroup,
    Readonly<Record<PovertyClass, TermRates>>
  >,
};

/** The band a score falls in, or undefined below the first band or for a class that gets no top-up. */
export function topUpBandOf(
  topUp: EquityTopUp | undefined,
  povertyClass: PovertyClass,
  score: number,
): TopUpBand | undefined {
  if (topUp === undefined || povertyClass !== 'extremely_poor') return undefined;
  let found: TopUpBand | undefined;
  for (const band of topUp.bands) if (score > band.scoreAbove) found = band;
  return found;
}
