/**
 * Weighted isotonic regression (pool adjacent violators): the non-decreasing sequence closest to
 * `values` in weighted least squares. A block of zero total weight takes the plain mean, so an
 * answer nobody gave borrows the value of its neighbours as soon as it would break the order.
 */
export function isotonic(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: { value: number; weight: number; size: number }[] = [];
  values.forEach((value, i) => {
    let block = { value, weight: weights[i] ?? 0, size: 1 };
    for (let last = blocks.at(-1); last && last.value > block.value; last = blocks.at(-1)) {
      blocks.pop();
      block = merge(last, block);
    }
    blocks.push(block);
  });
  return blocks.flatMap((b) => Array<number>(b.size).fill(b.value));
}

function merge(
  a: { value: number; weight: number; size: number },
  b: { value: number; weight: number; size: number },
) {
  const weight = a.weight + b.weight;
  const value =
    weight > 0
      ? (a.value * a.weight + b.value * b.weight) / weight
      : (a.value * a.size + b.value * b.size) / (a.size + b.size);
  return { value, weight, size: a.size + b.size };
}
