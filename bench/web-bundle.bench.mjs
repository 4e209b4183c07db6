// The field app's first load: the gzipped JavaScript a phone fetches to show the first screen
// (index.html's module scripts, their modulepreloads and their static imports, followed through
// the built chunks) against the 200 KB budget of issue 5. Reads apps/web/dist: `npm run bench` builds it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { printResult } from './lib.mjs';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '../apps/web/dist');
const BUDGET_BYTES = 200 * 1024;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('apps/web/dist is missing: run `npm run build` first');
  process.exit(1);
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entries = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((m) => m[1]);

// Static imports only (`import … from "./x.js"` and bare `import "./x.js"`): dynamic import()
// chunks load later, on demand, and are not part of the first screen.
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

const seen = new Set();
const queue = entries.map((src) => posix.normalize(src.replace(/^\//, '')));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    queue.push(posix.normalize(posix.join(posix.dirname(file), m[1])));
  }
}

const files = [...seen].map((file) => {
  const bytes = readFileSync(join(DIST, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
for (const f of files) console.log(`${f.file}: ${f.bytes} B, ${f.gzip} B gzipped`);
const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
console.log(
  `first load: ${(gzip / 1024).toFixed(1)} KB gzipped of a ${BUDGET_BYTES / 1024} KB budget`,
);

printResult({
  bench: 'web-bundle',
  metric: 'first-load JS, KB gzipped',
  value: gzip / 1024,
  baseline: BUDGET_BYTES / 1024,
  files: files.length,
  withinBudget: gzip <= BUDGET_BYTES,
});
if (gzip > BUDGET_BYTES) process.exitCode = 1;
