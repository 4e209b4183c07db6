/**
 * How a region's threshold is chosen from the scores of the households calibrated on:
 * - fixed: a given value (the public default is 50);
 * - share: the largest-scoring `share` of households lie strictly above it (fewer when households
 *   tie on the threshold's score: ties are never split);
 * - incomeLine: it best separates households with observed income per person ≤ the cap from the
 *   others, maximising correctly classified households ("score > threshold" ⇔ "income ≤ cap");
 *   among equally good thresholds the highest, which selects fewest.
 */
export type ThresholdRule =
  | { readonly kind: 'fixed'; readonly value: number }
  | { readonly kind: 'share'; readonly share: number }
  | { readonly kind: 'incomeLine' };

/** `poor[i]` is 1 when household i's observed income per person is at most the cap. */
export function chooseThreshold(
  scores: Float64Array,
  poor: Uint8Array,
  rule: ThresholdRule,
): number {
  if (rule.kind === 'fixed') return rule.value;
  const order = Array.from(scores.keys()).sort(
    (a, b) => (scores[b] as number) - (scores[a] as number),
  );
  return rule.kind === 'share'
    ? shareThreshold(scores, order, rule.share)
    : incomeLineThreshold(scores, poor, order);
}

function shareThreshold(
  scores: Float64Array,
  descending: readonly number[],
  share: number,
): number {
  const selected = Math.round(share * descending.length);
  if (selected <= 0) return 100;
  if (selected >= descending.length) return 0;
  return scores[descending[selected] as number] as number;
}

/** Sweeps thresholds from 100 down through every distinct score to 0, counting correct classifications. */
function incomeLineThreshold(
  scores: Float64Array,
  poor: Uint8Array,
  descending: readonly number[],
): number {
  const totalPoor = descending.reduce((n, i) => n + (poor[i] as number), 0);
  let correct = descending.length - totalPoor;
  let best = { threshold: 100, correct };
  let at = 0;
  for (const threshold of [...distinct(scores, descending), 0]) {
    for (
      ;
      at < descending.length && (scores[descending[at] as number] as number) > threshold;
      at++
    ) {
      correct += poor[descending[at] as number] ? 1 : -1;
    }
    if (correct > best.correct) best = { threshold, correct };
  }
  return best.threshold;
}

function* distinct(scores: Float64Array, descending: readonly number[]): Generator<number> {
  let last = Infinity;
  for (const i of descending) {
    const s = scores[i] as number;
    if (s < last && s < 100) yield s;
    last = s;
  }
}
