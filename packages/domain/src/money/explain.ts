import type { Label } from '../forms/types.js';
import { bilingual, formatNumber, messageOf } from '../i18n/index.js';
import type { LevelGroup } from '../vocab/grade.js';
import type { PovertyClass } from '../vocab/poverty.js';

function baseLine(group: LevelGroup, povertyClass: PovertyClass, term: 1 | 2, baht: number): Label {
  return bilingual('money.line.base', {
    levelTh: messageOf('th', `levelGroup.${group}`),
    levelEn: messageOf('en', `levelGroup.${group}`),
    classTh: messageOf('th', `povertyClass.${povertyClass}`),
    classEn: messageOf('en', `povertyClass.${povertyClass}`),
    term,
    baht: formatNumber(baht),
  });
}

/** Scores show two decimals, as the PMT publishes them: fewer could print 50.04 as "50 above 50". */
const topUpLine = (scoreAbove: number, baht: number, score: number): Label =>
  bilingual('money.line.topUp', {
    score: formatNumber(score),
    scoreAbove: formatNumber(scoreAbove),
    baht: formatNumber(baht),
  });

/** Share of the entitlements the budget covers, rounded down so a shortfall never reads as 100 %. */
const proRataLine = (reduction: number, budget: number, entitled: number): Label =>
  bilingual('money.line.reduction.pro_rata', {
    percent: Math.floor((budget * 1000) / entitled) / 10,
    baht: formatNumber(reduction),
  });

const scoreRankLine = (reduction: number, rank: number, cutoff: number): Label =>
  bilingual('money.line.reduction.score_rank', { rank, cutoff, baht: formatNumber(reduction) });

/** Remembers each distinct text: a million lines share a few dozen base-rate and top-up texts. */
function cached<A extends ReadonlyArray<string | number>>(
  make: (...args: A) => Label,
): (...args: A) => Label {
  const cache = new Map<string, Label>();
  return (...args) => {
    const key = args.join('|');
    let label = cache.get(key);
    if (label === undefined) cache.set(key, (label = make(...args)));
    return label;
  };
}

/** The explanation texts of one allocation run, each distinct text built once. */
export const lineTexts = () => ({
  base: cached(baseLine),
  topUp: cached(topUpLine),
  proRata: cached(proRataLine),
  scoreRank: scoreRankLine,
});
export type LineTexts = ReturnType<typeof lineTexts>;
