// WHO 2007 growth z-scores per second: assessGrowth on 1 M random valid measurements (dates to
// age, validation, BMI-, height- and, to 10 years, weight-for-age z-scores, categories) against a
// baseline of the bare LMS formula for the same z-scores, with each table row already looked up.
import { assessGrowth, WHO2007_LMS } from '../packages/domain/dist/conditions/growth/index.js';
import { mulberry32, printResult } from './lib.mjs';

const N = 1_000_000;
const DAY = 86_400_000;

const random = mulberry32(2007);
const between = (lo, hi) => lo + (hi - lo) * random();
const atZ = ([, l, m, s], z) => m * Math.pow(1 + l * s * z, 1 / l);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function generate() {
  const inputs = new Array(N);
  const rows = new Array(N);
  for (let i = 0; i < N; i++) {
    const sex = random() < 0.5 ? 'male' : 'female';
    const born = Date.UTC(2000, 0, 1) + Math.floor(between(0, 8000)) * DAY;
    const ageDays = Math.floor(between(1857, 6940));
    const month = Math.floor(ageDays / 30.4375);
    const h = WHO2007_LMS.height_for_age[sex][month - 61];
    const b = WHO2007_LMS.bmi_for_age[sex][month - 61];
    const w = month <= 120 ? WHO2007_LMS.weight_for_age[sex][month - 61] : undefined;
    const heightCm = atZ(h, between(-2.5, 2.5));
    const weightKg = atZ(b, between(-2.5, 3.5)) * (heightCm / 100) ** 2;
    inputs[i] = {
      sex,
      birthDate: iso(born),
      measuredOn: iso(born + ageDays * DAY),
      weightKg,
      heightCm,
    };
    rows[i] = { h, b, w, heightCm, weightKg, bmi: weightKg / (heightCm / 100) ** 2 };
  }
  return { inputs, rows };
}

const lms = (x, [, l, m, s]) => (Math.pow(x / m, l) - 1) / (l * s);

function runAssess(inputs) {
  let sink = 0;
  let refused = 0;
  for (const input of inputs) {
    const r = assessGrowth(input);
    if (r.ok) sink += r.value.bmiForAge.z + r.value.heightForAge.z;
    else refused++;
  }
  return { sink, refused };
}

function runBaseline(rows) {
  let sink = 0;
  for (const r of rows) {
    sink += lms(r.bmi, r.b) + lms(r.heightCm, r.h);
    if (r.w !== undefined) sink += lms(r.weightKg, r.w);
  }
  return sink;
}

function timed(fn) {
  const start = performance.now();
  const out = fn();
  return { seconds: (performance.now() - start) / 1000, out };
}

const { inputs, rows } = generate();
const zPerInput = rows.reduce((n, r) => n + (r.w === undefined ? 2 : 3), 0) / N;
runAssess(inputs.slice(0, 50_000)); // warm-up
runBaseline(rows.slice(0, 50_000));
const assess = timed(() => runAssess(inputs));
const base = timed(() => runBaseline(rows));
if (assess.out.refused > 0)
  throw new Error(`${assess.out.refused} valid measurements were refused`);

const perSecond = N / assess.seconds;
const basePerSecond = N / base.seconds;
console.log(
  `inputs: ${N.toLocaleString('en-US')} random valid measurements, ${zPerInput.toFixed(2)} z-scores each`,
);
console.log(
  `assessGrowth: ${assess.seconds.toFixed(2)} s → ${Math.round(perSecond).toLocaleString('en-US')} measurements/s`,
);
console.log(
  `  = ${Math.round(perSecond * zPerInput).toLocaleString('en-US')} z-scores/s, all inputs accepted`,
);
console.log(
  `baseline (bare LMS formula for the same z-scores, table rows already looked up, no dates, validation or tail rule): ` +
    `${base.seconds.toFixed(3)} s → ${Math.round(basePerSecond).toLocaleString('en-US')} measurements/s`,
);
printResult({
  bench: 'growth-zscore',
  metric: 'z-scores per second (assessGrowth, 2–3 z-scores per measurement)',
  value: perSecond * zPerInput,
  baseline: basePerSecond * zPerInput,
});
