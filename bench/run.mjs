// Runs every bench/*.bench.mjs in its own process, one after another, and collects the JSON object
// each prints as its last line. `--write-docs` puts the table into docs/BENCHMARKS.md.
// `node bench/run.mjs pmt` runs only the benchmarks whose file name contains "pmt".
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const writeDocs = args.includes('--write-docs');
const filters = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const results = [];
let failed = 0;
for (const file of files) {
  console.log(`\n── ${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(here, file)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(run.stdout);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    if (run.status !== 0) throw new Error(`exit ${run.status}`);
    results.push(JSON.parse(last));
  } catch (error) {
    failed++;
    console.error(`bench: ${file} gave no result line (${error.message})`);
  }
}

const fmt = (n) =>
  typeof n === 'number' ? Number(n.toPrecision(4)).toLocaleString('en-US') : String(n);
const table = [
  '| bench | metric | value | baseline | ratio |',
  '|---|---|---:|---:|---:|',
  ...results.map(
    (r) => `| ${r.bench} | ${r.metric} | ${fmt(r.value)} | ${fmt(r.baseline)} | ${fmt(r.ratio)} |`,
  ),
].join('\n');
console.log(`\n${table}`);

if (writeDocs) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const stamp = new Date().toISOString().slice(0, 10);
  const block = [
    '<!-- bench:start -->',
    `Measured ${stamp} on ${machine}, with \`npm run bench -- --write-docs\`${filters.length ? ` (only: ${filters.join(', ')})` : ''}.`,
    '',
    table,
    '<!-- bench:end -->',
  ].join('\n');
  const docs = join(here, '..', 'docs', 'BENCHMARKS.md');
  const text = readFileSync(docs, 'utf8');
  writeFileSync(docs, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
  console.log(`bench: wrote ${docs}`);
}
process.exit(failed ? 1 : 0);
