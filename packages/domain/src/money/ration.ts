/**
 * Rationing a budget that cannot pay every entitlement. Both rules pay whole baht, spend exactly
 * min(budget, total entitlement), never pay anyone more than their entitlement, and break every tie
 * by position, which the caller makes the student-id order, so the result never depends on input order.
 */

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Pro rata by largest remainder: everyone gets floor(entitlement × budget / total), and the baht
 * left over go one each to the largest fractional parts. BigInt keeps the products exact.
 */
export function proRata(entitlements: readonly number[], budget: number): number[] {
  const total = sum(entitlements);
  if (total <= budget) return [...entitlements];
  const [b, t] = [BigInt(budget), BigInt(total)];
  const remainders: Array<{ readonly at: number; readonly rest: bigint }> = [];
  const amounts = entitlements.map((e, at) => {
    const product = BigInt(e) * b;
    const rest = product % t;
    if (rest > 0n) remainders.push({ at, rest });
    return Number(product / t);
  });
  remainders.sort((x, y) => (x.rest > y.rest ? -1 : x.rest < y.rest ? 1 : x.at - y.at));
  const leftover = budget - sum(amounts);
  for (const { at } of remainders.slice(0, leftover)) amounts[at] = (amounts[at] ?? 0) + 1;
  return amounts;
}

/** By score rank: `order` lists positions poorest first; each is paid in full until the budget runs out. */
export function scoreRank(
  entitlements: readonly number[],
  order: readonly number[],
  budget: number,
): number[] {
  const amounts = entitlements.map(() => 0);
  let left = budget;
  for (const at of order) {
    const pay = Math.min(entitlements[at] ?? 0, left);
    amounts[at] = pay;
    left -= pay;
  }
  return amounts;
}
