// PMT scoring of 1 M households on one core: the compiled batch scorer (flat lookup tables over a
// byte-encoded batch) against the plain score() (validation, breakdown and Thai/English explanation)
// on the first 100 k of the same households, its rate extrapolated per household.
import {
  compileModel,
  createBatch,
  DEMO_MODEL_2026_03,
  encodeInto,
  score,
  scoreBatch,
  statusQuestionsOf,
} from '../packages/domain/dist/pmt/index.js';
import { mulberry32, unwrap, printResult } from './lib.mjs';

const N = 1_000_000;
const PLAIN_N = 100_000;
const REGIONS = ['north', 'northeast', 'central', 'south'];

const random = mulberry32(2026);
const pick = (list) => list[Math.floor(random() * list.length)];

function answer(question) {
  if (question.kind === 'single') return pick(question.options).code;
  const none = question.options.find((o) => o.exclusive);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.code);
  const chosen = others.filter(() => random() < 0.3);
  return chosen.length > 0 ? chosen : none ? [none.code] : [others[0]];
}

function household(questions) {
  const n = 1 + Math.floor(random() * 8);
  const children = Math.floor(random() * n);
  const elderly = Math.floor(random() * (n - children + 1));
  const total = Math.round(random() * 5000 * n);
  return {
    region: pick(REGIONS),
    status: Object.fromEntries(questions.map((q) => [q.id, answer(q)])),
    facts: {
      memberCount: n,
      totalMonthlyIncome: total,
      incomePerPersonMonthly: total / n,
      childrenUnder15: children,
      elderly60Plus: elderly,
      workingAge: n - children - elderly,
      disabledMembers: random() < 0.1 ? 1 : 0,
      chronicallyIllMembers: random() < 0.1 ? 1 : 0,
    },
  };
}

const model = DEMO_MODEL_2026_03;
const questions = unwrap(statusQuestionsOf(model.formRevision));
const compiled = unwrap(compileModel(model));
const batch = unwrap(createBatch(compiled, N));
const kept = [];
let t = performance.now();
for (let i = 0; i < N; i++) {
  const input = household(questions);
  unwrap(encodeInto(compiled, batch, i, input));
  if (i < PLAIN_N) kept.push(input);
}
console.log(
  `generated and encoded ${N.toLocaleString('en-US')} households in ${((performance.now() - t) / 1000).toFixed(1)} s (${compiled.stride} bytes each)`,
);

const scores = new Float64Array(N);
const classes = new Uint8Array(N);
unwrap(scoreBatch(compiled, batch, scores, classes)); // warm-up
const times = [];
for (let rep = 0; rep < 7; rep++) {
  t = performance.now();
  unwrap(scoreBatch(compiled, batch, scores, classes));
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const compiledMs = times[Math.floor(times.length / 2)];
const compiledRate = N / (compiledMs / 1000);
console.log(
  `compiled scoreBatch: ${N.toLocaleString('en-US')} households in ${compiledMs.toFixed(1)} ms (median of 7) = ${Math.round(compiledRate).toLocaleString('en-US')} households/s`,
);

for (let i = 0; i < 5000; i++) score(model, kept[i]); // warm-up
t = performance.now();
const plain = kept.map((input) => unwrap(score(model, input)));
const plainMs = performance.now() - t;
const plainRate = PLAIN_N / (plainMs / 1000);
console.log(
  `baseline, plain score() with validation, breakdown and explanation: ${PLAIN_N.toLocaleString('en-US')} households in ${(plainMs / 1000).toFixed(2)} s = ${Math.round(plainRate).toLocaleString('en-US')} households/s (extrapolated: 1 M would take ${(N / plainRate).toFixed(1)} s)`,
);

const CLASSES = ['not_poor', 'poor', 'extremely_poor'];
const mismatches = plain.filter(
  (r, i) => r.score !== scores[i] || r.class !== CLASSES[classes[i]],
).length;
const share = (c) => ((classes.filter((x) => x === c).length / N) * 100).toFixed(1);
console.log(
  `compiled vs plain on the first ${PLAIN_N.toLocaleString('en-US')}: ${mismatches} mismatches; classes: not poor ${share(0)} %, poor ${share(1)} %, extremely poor ${share(2)} %`,
);
if (mismatches > 0) process.exit(1);

printResult({
  bench: 'pmt-score',
  metric: 'households/s',
  value: compiledRate,
  baseline: plainRate,
});
