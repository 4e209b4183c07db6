// `npm start` until the server exists (issue 4): scores the sample households with the demonstration
// model and prints each result with its Thai and English explanation. It fails loudly if any step fails.
import {
  DEMO_MODEL_2026_03,
  assessGrowth,
  allocate,
  DEFAULT_RATE_TABLE,
  sampleHouseholds,
  scoreHousehold,
} from '@isee/domain';

let failures = 0;
const line = (text = '') => console.log(text);

line('iSEE — ทุนเสมอภาค / Equitable Education Fund CCT');
line('ยังไม่มีเว็บเซิร์ฟเวอร์ในรุ่นนี้: แสดงการคำนวณของชุดกฎโดเมนกับครัวเรือนตัวอย่าง');
line('No web server yet in this build: showing the domain engine on the sample households.');
line(`แบบจำลอง / model: ${DEMO_MODEL_2026_03.id} — ${DEMO_MODEL_2026_03.label.th}`);

const eligible = [];
for (const sample of sampleHouseholds('2026-03')) {
  line(`\n■ ${sample.label.th} / ${sample.label.en}`);
  const scored = scoreHousehold(DEMO_MODEL_2026_03, sample.form, sample.region);
  if (!scored.ok) {
    for (const i of scored.issues) line(`  ${i.code} — ${i.message.th} / ${i.message.en}`);
    if (!scored.issues.every((i) => i.code === 'PMT_INSTITUTION_NOT_SCORED')) failures++;
    continue;
  }
  const { result } = scored.value;
  line(`  ${result.summary.th}`);
  line(`  ${result.summary.en}`);
  for (const reason of result.explanation) line(`    • ${reason.th}  (${reason.en})`);
  if (result.class !== 'not_poor') {
    eligible.push({
      studentId: sample.id,
      grade: 'P5',
      povertyClass: result.class,
      score: result.score,
    });
  }
}

const grant = allocate({
  students: eligible,
  rateTable: DEFAULT_RATE_TABLE,
  semester: { academicYear: 2569, term: 1 },
  rationing: 'pro_rata',
});
if (grant.ok) {
  line(
    `\nเงินอุดหนุนภาคเรียนที่ 1/2569 / Grants, term 1 of 2569: รวม ${grant.value.total.toLocaleString('th-TH')} บาท`,
  );
  for (const l of grant.value.lines)
    line(
      `  ${l.studentId}: ${l.amount.toLocaleString('th-TH')} บาท — ${l.explanation.map((e) => e.th).join('; ')}`,
    );
} else failures++;

const growth = assessGrowth({
  sex: 'female',
  birthDate: '2015-06-01',
  measuredOn: '2026-06-15',
  weightKg: 27,
  heightCm: 136,
});
if (growth.ok) {
  const g = growth.value;
  line(
    `\nการเจริญเติบโต / Growth (girl, ${g.ageMonths.toFixed(1)} months): BMI-for-age z = ${g.bmiForAge.zRounded} (${g.bmiForAge.label.th}), height-for-age z = ${g.heightForAge.zRounded} (${g.heightForAge.label.th})`,
  );
} else failures++;

if (failures > 0) {
  console.error(`\n${failures} demo step(s) failed`);
  process.exit(1);
}
line(
  '\nพร้อมใช้งาน / Done. The API and web app arrive with the next issues; `npm test` runs the suite.',
);
