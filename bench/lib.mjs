// Shared by the benchmarks: a seeded generator (every run measures the same inputs), a Result
// unwrapper, one admin statement on PostgreSQL, a fresh database, and the closing JSON line
// (ratio = value ÷ baseline).
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

/** The PostgreSQL server the benches create their databases on (an admin-capable URL). */
export const BENCH_SERVER_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

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

/**
 * A new, empty database on BENCH_SERVER_URL under a fixed name (one a failed run left is dropped
 * first): its URL, and `drop` for the end of the run.
 */
export async function freshDatabase(name) {
  const drop = () => adminQuery(BENCH_SERVER_URL, `drop database if exists ${name} with (force)`);
  await drop();
  await adminQuery(BENCH_SERVER_URL, `create database ${name}`);
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
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
