import { DIMENSION_LABELS } from '../forms/status-questions.js';
import type { StatusQuestion } from '../forms/types.js';
import { formatNumber, localized, messageOf, type Label, type Lang } from '../i18n/index.js';
import type { PovertyClass } from '../vocab/poverty.js';
import type { CompositionFeature } from './model.js';

/** A line a person reads, in Thai and English. */
export type Text = Label;

export interface QuestionScore {
  readonly questionId: string;
  readonly dimension: StatusQuestion['dimension'];
  /** The chosen option codes (one for a single-choice question). */
  readonly answer: readonly string[];
  readonly points: number;
}

export interface CompositionScore {
  readonly feature: CompositionFeature;
  readonly value: number;
  readonly points: number;
}

/** "+1 point" / "+8 points": the dictionaries pick the plural, the code only the count. */
const gain = (lang: Lang, points: number): string =>
  messageOf(lang, points === 1 ? 'pmt.gain.one' : 'pmt.gain.other', {
    points: formatNumber(points),
  });

/** A question is named by its dimension when it is that dimension's only question. */
function nameOf(
  question: StatusQuestion,
  questions: readonly StatusQuestion[],
  lang: Lang,
): string {
  const alone = questions.filter((q) => q.dimension === question.dimension).length === 1;
  return alone ? DIMENSION_LABELS[question.dimension][lang] : question.label[lang];
}

function questionLine(
  score: QuestionScore,
  question: StatusQuestion,
  questions: readonly StatusQuestion[],
): Text {
  const chosen = question.options.filter((o) => score.answer.includes(o.code));
  const onlySome = question.deprivation === 'asset' && !chosen.some((o) => o.exclusive);
  return localized(onlySome ? 'pmt.line.assetsOnly' : 'pmt.line.choice', (lang) => ({
    question: nameOf(question, questions, lang),
    answer: chosen.map((o) => o.label[lang]).join(', '),
    gain: gain(lang, score.points),
  }));
}

const compositionLine = (score: CompositionScore): Text =>
  localized(`pmt.line.${score.feature}`, (lang) => ({
    value: formatNumber(score.value),
    gain: gain(lang, score.points),
  }));

/** One line per answer or household feature that added points, the heaviest first (form order on ties). */
export function explanationLines(
  questions: readonly StatusQuestion[],
  scores: readonly QuestionScore[],
  composition: readonly CompositionScore[],
): Text[] {
  const lines = [
    ...scores.map((s, i) => ({
      points: s.points,
      line: () => questionLine(s, questions[i]!, questions),
    })),
    ...composition.map((c) => ({ points: c.points, line: () => compositionLine(c) })),
  ];
  return lines
    .filter((l) => l.points > 0)
    .sort((a, b) => b.points - a.points)
    .map((l) => l.line());
}

export interface Decision {
  readonly class: PovertyClass;
  readonly score: number;
  readonly incomePerPerson: number;
  readonly incomeCap: number;
  readonly threshold: number;
}

/** The class decision in one line: income against the cap, then score against the threshold. */
export const summaryLine = (d: Decision): Text =>
  localized(`pmt.summary.${d.class}`, (lang) => ({
    income: formatNumber(d.incomePerPerson),
    cap: formatNumber(d.incomeCap),
    score: formatNumber(d.score),
    threshold: formatNumber(d.threshold),
    class: messageOf(lang, `povertyClass.${d.class}`),
  }));
