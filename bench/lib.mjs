// Shared by the benchmarks: a seeded generator (every run measures the same inputs), a Result
// unwrapper, one admin statement on PostgreSQL, and the closing JSON line (ratio = value ÷ baseline).
import pg from 'pg';

export function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function unwrap(result) {
  if (!result.ok)
    throw new Error(JSON.stringify(result.issues.slice(0, 5).map((i) => [i.code, i.path])));
  return result.value;
}

/** Runs one statement (CREATE/DROP DATABASE) on its own connection: such statements refuse a pool. */
export async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const round = (n) => Number(n.toPrecision(6));

/** Prints the last line `bench/run.mjs` reads: {bench, metric, value, baseline, ratio, ...extra}. */
export function printResult({ bench, metric, value, baseline, ...extra }) {
  console.log(
    JSON.stringify({
      bench,
      metric,
      value: round(value),
      baseline: round(baseline),
      ratio: round(value / baseline),
      ...extra,
    }),
  );
}
